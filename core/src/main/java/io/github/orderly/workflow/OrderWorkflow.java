package io.github.orderly.workflow;

import io.github.orderly.money.Money;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.Command.AnswerCancellationRequest;
import io.github.orderly.workflow.Command.AuthorizeReturn;
import io.github.orderly.workflow.Command.Cancel;
import io.github.orderly.workflow.Command.CannotFulfil;
import io.github.orderly.workflow.Command.ConfirmPayment;
import io.github.orderly.workflow.Command.ConfirmShipment;
import io.github.orderly.workflow.Command.EditAsBuyer;
import io.github.orderly.workflow.Command.FailReturn;
import io.github.orderly.workflow.Command.IssueRefund;
import io.github.orderly.workflow.Command.PrepareShipment;
import io.github.orderly.workflow.Command.ReceiveReturn;
import io.github.orderly.workflow.Command.RecordCarrierProgress;
import io.github.orderly.workflow.Command.RecordRefundOutcome;
import io.github.orderly.workflow.Command.RequestCancellation;
import io.github.orderly.workflow.Event.CancellationRequestAnswered;
import io.github.orderly.workflow.Event.CancellationRequested;
import io.github.orderly.workflow.Event.CarrierProgressRecorded;
import io.github.orderly.workflow.Event.InventoryZeroingRequested;
import io.github.orderly.workflow.Event.OrderCancelled;
import io.github.orderly.workflow.Event.OrderEditedByBuyer;
import io.github.orderly.workflow.Event.OrderPlaced;
import io.github.orderly.workflow.Event.PaymentConfirmed;
import io.github.orderly.workflow.Event.RefundFailed;
import io.github.orderly.workflow.Event.RefundIssued;
import io.github.orderly.workflow.Event.RefundSucceeded;
import io.github.orderly.workflow.Event.ReturnAuthorized;
import io.github.orderly.workflow.Event.ReturnFailed;
import io.github.orderly.workflow.Event.ReturnReceived;
import io.github.orderly.workflow.Event.ShipmentConfirmed;
import io.github.orderly.workflow.Event.ShipmentPrepared;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The order workflow as two pure functions (the decider pattern):
 * <ul>
 *   <li>{@link #decide(Order, Command, WorkflowContext)}: given an order, a command and the context, returns
 *       the events the command causes and the new order, or a {@link Rejection} that names the rule;
 *   <li>{@link #evolve(Order, Event)}: given an order and one event, returns the next order. Every status
 *       change it makes must be a row of {@link StatusTables} (R42).
 * </ul>
 * Applying a decision's events to the old order gives the decision's order, and {@link #replay} folds a
 * whole history from its {@link Event.OrderPlaced} (R43). Neither function reads a clock or keeps state.
 *
 * <p>{@code decide} checks, in this order: a command id the order already accepted is a repeat and yields no
 * events (R43); the acting role must hold the command's permission ({@link CommandAccess}, R44); a cancelled
 * order accepts nothing (R5); then the command's own rules.
 */
public final class OrderWorkflow {
  private OrderWorkflow() {}

  /**
   * Decides a command.
   *
   * @param order the order as it is
   * @param command what is asked
   * @param context the instant, the acting role and the policy values
   * @return the events and the new order, or a rejection and the order unchanged
   */
  public static Decision decide(Order order, Command command, WorkflowContext context) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(context, "context");
    if (order.processedCommands().contains(command.id())) {
      return Decision.accepted(order, List.of());
    }
    Optional<Rejection> denied = CommandAccess.check(order, command, context.role());
    if (denied.isPresent()) {
      return Decision.rejected(order, denied.get());
    }
    if (order.status() == OrderStatus.CANCELLED) {
      return Decision.rejected(order, Rejection.ofStatus("R5", order.id(), OrderStatus.CANCELLED, "Order "
          + order.id() + " is cancelled and accepts no further action (R5); it stays on record as it is."));
    }
    if (context.instant().isBefore(order.purchasedAt())) {
      return Decision.rejected(order, Rejection.of("R24", order.id(), "Order " + order.id() + ": the command's"
          + " instant " + context.instant() + " is before the order date " + order.purchasedAt() + " (R24)."));
    }
    Deciding d = new Deciding(order, command.id(), context);
    Rejection rejection;
    try {
      rejection = d.decide(command);
    } catch (IllegalTransitionException e) {
      rejection = e.rejection();
    }
    if (rejection != null) {
      return Decision.rejected(order, rejection);
    }
    return Decision.accepted(d.current, d.events);
  }

  /**
   * Applies one event to an order.
   *
   * @param order the order before the event
   * @param event what happened; not an {@link Event.OrderPlaced}, which starts a history (see {@link #replay})
   * @return the order after the event
   * @throws IllegalTransitionException if the event does not fit the order: a status change that is not a row
   *     of {@link StatusTables} (R42), a line, refund or return the order does not have
   */
  public static Order evolve(Order order, Event event) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(event, "event");
    Order.Builder b = Order.builder().from(order);
    int[] shippedDelta = null;
    List<LineQuantity> quantities = List.of();
    CommandId commandId;
    if (event instanceof OrderPlaced) {
      throw new IllegalTransitionException(Rejection.of("R43", order.id(), "Order " + order.id()
          + " was already placed: OrderPlaced starts a history and cannot follow another event (R43)."));
    } else if (event instanceof PaymentConfirmed) {
      commandId = ((PaymentConfirmed) event).commandId();
    } else if (event instanceof Event.ShipmentPrepared) {
      commandId = ((ShipmentPrepared) event).commandId();
    } else if (event instanceof ShipmentConfirmed) {
      ShipmentConfirmed e = (ShipmentConfirmed) event;
      commandId = e.commandId();
      b.addShipment(e.shipment());
      shippedDelta = new int[order.lines().size()];
      for (ShipmentLine sl : e.shipment().lines()) {
        shippedDelta[indexOf(order, sl.lineId(), event)] += sl.quantity();
      }
    } else if (event instanceof OrderCancelled) {
      OrderCancelled e = (OrderCancelled) event;
      commandId = e.commandId();
      b.cancellation(e.cancellation()).cancellationRequest(Optional.empty());
    } else if (event instanceof CancellationRequested) {
      CancellationRequested e = (CancellationRequested) event;
      commandId = e.commandId();
      b.cancellationRequest(e.request());
    } else if (event instanceof CancellationRequestAnswered) {
      commandId = ((CancellationRequestAnswered) event).commandId();
      b.cancellationRequest(Optional.empty());
    } else if (event instanceof CarrierProgressRecorded) {
      commandId = ((CarrierProgressRecorded) event).commandId();
    } else if (event instanceof ReturnAuthorized) {
      ReturnAuthorized e = (ReturnAuthorized) event;
      commandId = e.commandId();
      b.addReturn(e.authorization());
    } else if (event instanceof ReturnReceived) {
      ReturnReceived e = (ReturnReceived) event;
      commandId = e.commandId();
      b.returns(withReturnState(order, e.rmaId(), ReturnState.RECEIVED));
    } else if (event instanceof ReturnFailed) {
      ReturnFailed e = (ReturnFailed) event;
      commandId = e.commandId();
      b.returns(withReturnState(order, e.rmaId(), ReturnState.FAILED));
    } else if (event instanceof RefundIssued) {
      RefundIssued e = (RefundIssued) event;
      commandId = e.commandId();
      b.addRefund(e.refund());
    } else if (event instanceof RefundSucceeded) {
      RefundSucceeded e = (RefundSucceeded) event;
      commandId = e.commandId();
      b.refunds(withRefundState(order, e.refundId(), RefundState.SUCCEEDED));
    } else if (event instanceof RefundFailed) {
      RefundFailed e = (RefundFailed) event;
      commandId = e.commandId();
      b.refunds(withRefundState(order, e.refundId(), RefundState.FAILED));
    } else if (event instanceof OrderEditedByBuyer) {
      OrderEditedByBuyer e = (OrderEditedByBuyer) event;
      commandId = e.commandId();
      e.deliveryAddress().ifPresent(b::deliveryAddress);
      quantities = e.quantities();
      for (LineQuantity q : quantities) {
        indexOf(order, q.lineId(), event);
      }
    } else if (event instanceof InventoryZeroingRequested) {
      commandId = ((InventoryZeroingRequested) event).commandId();
    } else {
      throw new AssertionError("unknown event " + event.getClass());
    }
    b.lines(lines(order, event, shippedDelta, quantities));
    b.addProcessedCommand(commandId);
    return b.build();
  }

  /**
   * Folds a history: the order its events lead to, from its {@link Event.OrderPlaced} (R43).
   *
   * @param events the history, starting with {@link Event.OrderPlaced} and with no other
   * @return the order
   * @throws IllegalArgumentException if the history is empty or does not start with {@link Event.OrderPlaced}
   * @throws IllegalTransitionException if an event does not fit the order it is applied to
   */
  public static Order replay(List<? extends Event> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty() || !(events.get(0) instanceof OrderPlaced)) {
      throw new IllegalArgumentException("a history starts with OrderPlaced, this one with "
          + (events.isEmpty() ? "nothing" : events.get(0).getClass().getSimpleName()));
    }
    Order order = ((OrderPlaced) events.get(0)).order();
    for (int i = 1; i < events.size(); i++) {
      order = evolve(order, events.get(i));
    }
    return order;
  }

  private static int indexOf(Order order, LineId lineId, Event event) {
    List<OrderLine> lines = order.lines();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).id().equals(lineId)) {
        return i;
      }
    }
    throw new IllegalTransitionException(Rejection.ofLine("R40", order.id(), lineId, "Order " + order.id()
        + " has no line " + lineId + " (" + event.getClass().getSimpleName() + ", R40)."));
  }

  private static List<OrderLine> lines(Order order, Event event, int[] shippedDelta, List<LineQuantity> quantities) {
    List<LineStatus> statuses = event.statuses();
    if (statuses.isEmpty() && shippedDelta == null && quantities.isEmpty()) {
      return order.lines();
    }
    Class<? extends Event> type = event.getClass();
    for (LineStatus s : statuses) {
      indexOf(order, s.lineId(), event);
    }
    List<OrderLine> lines = order.lines();
    List<OrderLine> result = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      OrderLine line = lines.get(i);
      LineStatus change = null;
      for (LineStatus s : statuses) {
        if (s.lineId().equals(line.id())) {
          change = s;
          break;
        }
      }
      int delta = shippedDelta == null ? 0 : shippedDelta[i];
      Integer quantity = null;
      for (LineQuantity q : quantities) {
        if (q.lineId().equals(line.id()) && q.quantity() != line.quantityOrdered()) {
          quantity = q.quantity();
        }
      }
      if ((change == null || change.itemStatus() == line.itemStatus()
          && change.paymentStatus() == line.paymentStatus()) && delta == 0 && quantity == null) {
        result.add(line);
        continue;
      }
      OrderLine.Builder lb = OrderLine.builder().from(line);
      if (change != null) {
        if (change.itemStatus() != line.itemStatus()) {
          if (!StatusTables.item().allows(line.itemStatus(), change.itemStatus(), type)) {
            throw notARow(order, line, "item", line.itemStatus(), change.itemStatus(), type);
          }
          lb.itemStatus(change.itemStatus());
        }
        if (change.paymentStatus() != line.paymentStatus()) {
          if (!StatusTables.payment().allows(line.paymentStatus(), change.paymentStatus(), type)) {
            throw notARow(order, line, "payment", line.paymentStatus(), change.paymentStatus(), type);
          }
          lb.paymentStatus(change.paymentStatus());
        }
      }
      if (delta != 0) {
        lb.quantityShipped(line.quantityShipped() + delta);
      }
      if (quantity != null) {
        lb.quantityOrdered(quantity);
      }
      result.add(lb.build());
    }
    return result;
  }

  private static IllegalTransitionException notARow(Order order, OrderLine line, String kind, Enum<?> from,
      Enum<?> to, Class<? extends Event> event) {
    String fromLabel = from instanceof ItemStatus ? ((ItemStatus) from).label() : ((PaymentStatus) from).label();
    String toLabel = to instanceof ItemStatus ? ((ItemStatus) to).label() : ((PaymentStatus) to).label();
    return new IllegalTransitionException(new Rejection("R42", order.id(), Optional.of(line.id()),
        Optional.of(from.name()), Optional.of(to.name()), "Order " + order.id() + ", line " + line.id() + ": the "
        + kind + " status cannot change from " + fromLabel + " to " + toLabel + " on "
        + event.getSimpleName() + " (R42)."));
  }

  private static List<ReturnAuthorization> withReturnState(Order order, io.github.orderly.order.RmaId rmaId,
      ReturnState state) {
    List<ReturnAuthorization> result = new ArrayList<>(order.returns());
    for (int i = 0; i < result.size(); i++) {
      if (result.get(i).rmaId().equals(rmaId)) {
        result.set(i, ReturnAuthorization.builder().from(result.get(i)).state(state).build());
        return result;
      }
    }
    throw new IllegalTransitionException(Rejection.of("R20", order.id(), "Order " + order.id()
        + " has no return " + rmaId + " (R20)."));
  }

  private static List<Refund> withRefundState(Order order, RefundId refundId, RefundState state) {
    List<Refund> result = new ArrayList<>(order.refunds());
    for (int i = 0; i < result.size(); i++) {
      if (result.get(i).id().equals(refundId)) {
        result.set(i, Refund.builder().from(result.get(i)).state(state).build());
        return result;
      }
    }
    throw new IllegalTransitionException(Rejection.of("R19", order.id(), "Order " + order.id()
        + " has no refund " + refundId + " (R19)."));
  }

  /** One decision in progress: the order as the events so far left it, and the events. */
  private static final class Deciding {
    final Order original;
    final CommandId commandId;
    final WorkflowContext context;
    final List<Event> events = new ArrayList<>(2);
    Order current;

    Deciding(Order order, CommandId commandId, WorkflowContext context) {
      this.original = order;
      this.current = order;
      this.commandId = commandId;
      this.context = context;
    }

    /** Applies an event to the current order and keeps it. */
    void emit(Event event) {
      current = evolve(current, event);
      events.add(event);
    }

    Rejection decide(Command command) {
      if (command instanceof ConfirmPayment) {
        return confirmPayment();
      } else if (command instanceof PrepareShipment) {
        return prepareShipment((PrepareShipment) command);
      } else if (command instanceof ConfirmShipment) {
        return confirmShipment((ConfirmShipment) command);
      } else if (command instanceof Cancel) {
        return cancel((Cancel) command);
      } else if (command instanceof CannotFulfil) {
        return cannotFulfil();
      } else if (command instanceof RequestCancellation) {
        return requestCancellation((RequestCancellation) command);
      } else if (command instanceof AnswerCancellationRequest) {
        return answerCancellationRequest((AnswerCancellationRequest) command);
      } else if (command instanceof RecordCarrierProgress) {
        return recordCarrierProgress((RecordCarrierProgress) command);
      } else if (command instanceof AuthorizeReturn) {
        return authorizeReturn((AuthorizeReturn) command);
      } else if (command instanceof ReceiveReturn) {
        return receiveReturn((ReceiveReturn) command);
      } else if (command instanceof FailReturn) {
        return failReturn((FailReturn) command);
      } else if (command instanceof IssueRefund) {
        return issueRefund((IssueRefund) command);
      } else if (command instanceof RecordRefundOutcome) {
        return recordRefundOutcome((RecordRefundOutcome) command);
      } else if (command instanceof EditAsBuyer) {
        return editAsBuyer((EditAsBuyer) command);
      }
      throw new AssertionError("unknown command " + command.getClass());
    }

    // ---- rejections ------------------------------------------------------------------------------------

    String id() {
      return "Order " + original.id();
    }

    Rejection reject(String rule, String message) {
      return Rejection.of(rule, original.id(), message);
    }

    Rejection rejectLine(String rule, LineId line, String message) {
      return Rejection.ofLine(rule, original.id(), line, message);
    }

    Rejection pending(String what) {
      return Rejection.ofStatus("R1", original.id(), OrderStatus.PENDING, id() + " is pending: the buyer's"
          + " payment is not complete, so the seller cannot " + what + " it yet (R1). Wait until the payment"
          + " is confirmed.");
    }

    /** R3: the first confirmed shipment, for the message, or null when nothing shipped. */
    Rejection shippedAlready(String action, String instead) {
      for (Shipment s : original.shipments()) {
        LineId line = s.lines().get(0).lineId();
        LocalDate date = s.shippedAt().atZone(context.zone()).toLocalDate();
        return new Rejection("R3", original.id(), Optional.of(line), Optional.of(original.status().name()),
            Optional.of(OrderStatus.CANCELLED.name()), id() + " cannot be " + action + ": line " + line
            + " was confirmed as shipped on " + date + " (R3). " + instead);
      }
      return null;
    }

    OrderLine line(LineId id) {
      return current.line(id).orElse(null);
    }

    Rejection noSuchLine(LineId id) {
      return rejectLine("R40", id, id() + " has no line " + id + " (R40).");
    }

    static LineStatus status(OrderLine line, ItemStatus item, PaymentStatus payment) {
      return new LineStatus(line.id(), item, payment);
    }

    // ---- commands --------------------------------------------------------------------------------------

    Rejection confirmPayment() {
      if (current.status() != OrderStatus.PENDING) {
        return Rejection.ofStatus("R1", original.id(), current.status(), id() + " is not pending (it is "
            + current.status().label() + "): its payment was already confirmed (R1).");
      }
      List<LineStatus> changes = new ArrayList<>();
      for (OrderLine line : current.lines()) {
        if (line.paymentStatus() == PaymentStatus.PAYMENT_PROCESSING) {
          changes.add(status(line, line.itemStatus(), PaymentStatus.AUTHORIZED));
        }
      }
      emit(new PaymentConfirmed(commandId, changes));
      return null;
    }

    Rejection prepareShipment(PrepareShipment c) {
      if (current.status() == OrderStatus.PENDING) {
        return pending("prepare or ship");
      }
      List<LineStatus> changes = new ArrayList<>();
      if (c.lines().isEmpty()) {
        for (OrderLine line : current.lines()) {
          if (line.itemStatus() == ItemStatus.ORDER_PLACED) {
            changes.add(status(line, ItemStatus.PREPARING_TO_SHIP, line.paymentStatus()));
          }
        }
        if (changes.isEmpty()) {
          return reject("R42", id() + " has no line in Order placed to prepare (R42).");
        }
      } else {
        for (LineId id : c.lines()) {
          OrderLine line = line(id);
          if (line == null) {
            return noSuchLine(id);
          }
          if (line.itemStatus() == ItemStatus.PREPARING_TO_SHIP) {
            return rejectLine("R42", id, id() + ", line " + id + " is already Preparing to ship (R42).");
          }
          changes.add(status(line, ItemStatus.PREPARING_TO_SHIP, line.paymentStatus()));
        }
      }
      emit(new ShipmentPrepared(commandId, changes));
      return null;
    }

    Rejection confirmShipment(ConfirmShipment c) {
      if (current.status() == OrderStatus.PENDING) {
        return pending("confirm shipment of");
      }
      for (Shipment s : current.shipments()) {
        if (s.trackingId().equals(c.trackingId())) {
          return reject("R2", id() + ": tracking id " + c.trackingId() + " is already confirmed on this order"
              + " (R2). Use the new parcel's tracking id.");
        }
      }
      if (c.actualShippingCost().isPresent()
          && !c.actualShippingCost().get().currency().equals(current.currency())) {
        return reject("R14", id() + ": the actual shipping cost " + c.actualShippingCost().get()
            + " is not in the order's currency " + current.currency() + " (R14).");
      }
      for (ShipmentLine sl : c.lines()) {
        OrderLine line = line(sl.lineId());
        if (line == null) {
          return noSuchLine(sl.lineId());
        }
        if (line.itemStatus().isCancelled()) {
          return rejectLine("R5", line.id(), id() + ", line " + line.id() + " was cancelled ("
              + line.itemStatus().label() + ") and cannot ship (R5).");
        }
        Money refunded = current.refunded(line.id());
        if (line.paymentStatus() == PaymentStatus.REFUNDED
            || refunded.isPositive() && !line.charge().isGreaterThan(refunded)) {
          return rejectLine("R16", line.id(), id() + ", line " + line.id() + " was refunded instead of shipped"
              + " (R16); it cannot ship now.");
        }
        if (sl.quantity() > line.quantityUnshipped()) {
          return rejectLine("R16", line.id(), id() + ", line " + line.id() + ": only " + line.quantityUnshipped()
              + " of " + line.quantityOrdered() + " units are left to ship, not " + sl.quantity()
              + " (R16). Ship what is available and refund the rest.");
        }
      }
      List<LineStatus> changes = new ArrayList<>();
      for (OrderLine line : current.lines()) {
        boolean shipsNow = c.lines().stream().anyMatch(sl -> sl.lineId().equals(line.id()));
        ItemStatus item = shipsNow && !line.itemStatus().isShipped() ? ItemStatus.SHIPPED : line.itemStatus();
        PaymentStatus payment = line.paymentStatus() == PaymentStatus.AUTHORIZED ? PaymentStatus.PAID
            : line.paymentStatus();
        if (item != line.itemStatus() || payment != line.paymentStatus()) {
          changes.add(status(line, item, payment));
        }
      }
      Shipment shipment = Shipment.builder()
          .trackingId(c.trackingId())
          .carrier(c.carrier())
          .shippedAt(c.shippedAt())
          .lines(c.lines())
          .actualShippingCost(c.actualShippingCost())
          .build();
      emit(new ShipmentConfirmed(commandId, shipment, changes));
      return null;
    }

    Rejection cancel(Cancel c) {
      if (c.actor() == Party.SELLER && current.status() == OrderStatus.PENDING) {
        return pending("cancel");
      }
      Rejection shipped = shippedAlready("cancelled",
          current.lines().size() > 1 ? "Refund the lines not shipped instead (R16)." : "Refund the line instead.");
      if (shipped != null) {
        return shipped;
      }
      cancelOrder(c.reason(), c.actor(), ItemStatus.UNFULFILLED);
      if (c.reason().equals(CancellationReason.NO_STOCK) && context.zeroInventoryOnNoStock()) {
        Set<Sku> skus = new LinkedHashSet<>();
        for (OrderLine line : original.lines()) {
          skus.add(line.sku());
        }
        emit(new InventoryZeroingRequested(commandId, List.copyOf(skus)));
      }
      return null;
    }

    void cancelOrder(CancellationReason reason, Party by, ItemStatus itemStatus) {
      boolean marketplaceFulfilled = current.fulfilmentChannel() == FulfilmentChannel.MARKETPLACE;
      List<LineStatus> changes = new ArrayList<>();
      for (OrderLine line : current.lines()) {
        if (line.itemStatus().isCancelled()) {
          continue;
        }
        PaymentStatus payment = line.paymentStatus();
        if (payment == PaymentStatus.PAYMENT_PROCESSING) {
          payment = PaymentStatus.NOT_CHARGED;
        } else if (payment == PaymentStatus.AUTHORIZED) {
          // R18: a marketplace-fulfilled order shows its lines Refunded; a seller-fulfilled one was never
          // charged (R6, R8).
          payment = marketplaceFulfilled ? PaymentStatus.REFUNDED : PaymentStatus.NOT_CHARGED;
        }
        changes.add(status(line, itemStatus, payment));
      }
      emit(new OrderCancelled(commandId, Cancellation.of(reason, by, context.instant()), changes));
    }

    Rejection cannotFulfil() {
      if (current.fulfilmentChannel() != FulfilmentChannel.MARKETPLACE) {
        return reject("R18", id() + " is seller-fulfilled: only a marketplace-fulfilled order can be cancelled"
            + " because the marketplace cannot fulfil it (R18). The seller cancels it instead.");
      }
      Rejection shipped = shippedAlready("cancelled", "The marketplace refunds what did not ship instead (R16).");
      if (shipped != null) {
        return shipped;
      }
      cancelOrder(CancellationReason.CANNOT_FULFIL, Party.MARKETPLACE, ItemStatus.UNABLE_TO_FULFILL);
      return null;
    }

    Rejection requestCancellation(RequestCancellation c) {
      if (current.cancellationRequest().isPresent()) {
        return reject("R10", id() + " already has an open cancellation request from "
            + current.cancellationRequest().get().requestedAt() + " (R10); the seller must answer it first.");
      }
      Rejection shipped = shippedAlready("cancelled", "The buyer can return the items instead (R6).");
      if (shipped != null) {
        return shipped;
      }
      BuyerCancellationRequest request;
      try {
        request = BuyerCancellationRequest.builder().requestedAt(context.instant()).reason(c.reason()).build();
      } catch (InvalidOrderException e) {
        return reject("R10", id() + ": the buyer's reason cannot be recorded: " + e.getMessage() + " (R10).");
      }
      emit(new CancellationRequested(commandId, request));
      return null;
    }

    Rejection answerCancellationRequest(AnswerCancellationRequest c) {
      if (current.cancellationRequest().isEmpty()) {
        return reject("R10", id() + " has no open cancellation request to answer (R10).");
      }
      if (c.accept()) {
        if (current.status() == OrderStatus.PENDING) {
          return pending("cancel");
        }
        Rejection shipped = shippedAlready("cancelled", "Decline the request; the buyer can return the items"
            + " instead (R6).");
        if (shipped != null) {
          return shipped;
        }
      }
      emit(new CancellationRequestAnswered(commandId, c.accept(), context.instant()));
      if (c.accept()) {
        cancelOrder(CancellationReason.BUYER_REQUESTED, Party.SELLER, ItemStatus.UNFULFILLED);
      }
      return null;
    }

    Rejection recordCarrierProgress(RecordCarrierProgress c) {
      List<LineStatus> changes = new ArrayList<>();
      if (c.lines().isEmpty()) {
        for (OrderLine line : current.lines()) {
          if (StatusTables.item().allows(line.itemStatus(), c.status(), CarrierProgressRecorded.class)) {
            changes.add(status(line, c.status(), line.paymentStatus()));
          }
        }
        if (changes.isEmpty()) {
          return Rejection.ofStatus("R42", original.id(), current.status(), id() + " has no line that can"
              + " become " + c.status().label() + " (R42).");
        }
      } else {
        for (LineId id : c.lines()) {
          OrderLine line = line(id);
          if (line == null) {
            return noSuchLine(id);
          }
          if (line.itemStatus() == c.status()) {
            return new Rejection("R42", original.id(), Optional.of(id), Optional.of(line.itemStatus().name()),
                Optional.of(c.status().name()), id() + ", line " + id + " is already " + c.status().label()
                + " (R42).");
          }
          changes.add(status(line, c.status(), line.paymentStatus()));
        }
      }
      emit(new CarrierProgressRecorded(commandId, changes));
      return null;
    }

    Rejection authorizeReturn(AuthorizeReturn c) {
      for (ReturnAuthorization ra : current.returns()) {
        if (ra.rmaId().equals(c.rmaId())) {
          return reject("R20", id() + ": RMA id " + c.rmaId() + " is already used on this order (R20).");
        }
      }
      List<LineStatus> changes = new ArrayList<>();
      for (ReturnLine rl : c.lines()) {
        OrderLine line = line(rl.lineId());
        if (line == null) {
          return noSuchLine(rl.lineId());
        }
        if (line.quantityShipped() == 0) {
          return rejectLine("R20", line.id(), id() + ", line " + line.id() + " was never shipped, so it cannot be"
              + " returned (R20). " + (line.paymentStatus().wasCharged() ? "Refund it instead (R16)."
              : "Cancel the order instead (R6)."));
        }
        int returning = 0;
        for (ReturnAuthorization ra : current.returns()) {
          if (ra.state() != ReturnState.FAILED) {
            for (ReturnLine other : ra.lines()) {
              if (other.lineId().equals(line.id())) {
                returning += other.quantity();
              }
            }
          }
        }
        if (returning + rl.quantity() > line.quantityShipped()) {
          return rejectLine("R20", line.id(), id() + ", line " + line.id() + ": " + line.quantityShipped()
              + " units shipped and " + returning + " already returned or on their way back; " + rl.quantity()
              + " more cannot be returned (R20).");
        }
        Instant shipped = lastShipped(line.id());
        Instant closes = shipped.plus(context.returnWindow());
        if (context.instant().isAfter(closes)) {
          return rejectLine("R20", line.id(), id() + ", line " + line.id() + ": the return window of "
              + context.returnWindow().toDays() + " days closed on "
              + closes.atZone(context.zone()).toLocalDate() + " (R20).");
        }
        if (line.itemStatus() != ItemStatus.RETURN_STARTED && line.itemStatus() != ItemStatus.RETURNING) {
          changes.add(status(line, ItemStatus.RETURN_STARTED, line.paymentStatus()));
        }
      }
      ReturnAuthorization ra = ReturnAuthorization.builder()
          .rmaId(c.rmaId())
          .reason(c.reason())
          .authorizedAt(context.instant())
          .lines(c.lines())
          .build();
      emit(new ReturnAuthorized(commandId, ra, changes));
      return null;
    }

    Instant lastShipped(LineId line) {
      Instant last = null;
      for (Shipment s : current.shipments()) {
        for (ShipmentLine sl : s.lines()) {
          if (sl.lineId().equals(line) && (last == null || s.shippedAt().isAfter(last))) {
            last = s.shippedAt();
          }
        }
      }
      return last;
    }

    ReturnAuthorization openReturn(io.github.orderly.order.RmaId rmaId) {
      for (ReturnAuthorization ra : current.returns()) {
        if (ra.rmaId().equals(rmaId)) {
          return ra;
        }
      }
      return null;
    }

    Rejection returnNotOpen(io.github.orderly.order.RmaId rmaId, ReturnAuthorization ra) {
      if (ra == null) {
        return reject("R20", id() + " has no return " + rmaId + " (R20). Authorise the return first.");
      }
      return reject("R20", id() + ": return " + rmaId + " is already " + ra.state().name().toLowerCase(
          java.util.Locale.ROOT) + " (R20).");
    }

    Rejection receiveReturn(ReceiveReturn c) {
      ReturnAuthorization ra = openReturn(c.rmaId());
      if (ra == null || ra.state() != ReturnState.AUTHORIZED) {
        return returnNotOpen(c.rmaId(), ra);
      }
      List<LineStatus> changes = new ArrayList<>();
      for (ReturnLine rl : ra.lines()) {
        OrderLine line = line(rl.lineId());
        if (line.itemStatus() != ItemStatus.RETURNED) {
          changes.add(status(line, ItemStatus.RETURNED, line.paymentStatus()));
        }
      }
      emit(new ReturnReceived(commandId, c.rmaId(), changes));
      // The automatic refund that follows receipt (R6, R19): each line's share of its charge for the units
      // returned, less the actual shipping cost for an undeliverable, refused or misaddressed parcel (R14).
      Money deduction = Money.zero(current.currency());
      if (ra.reason().deductsShipping()) {
        for (Shipment s : current.shipments()) {
          boolean carries = s.lines().stream().anyMatch(
              sl -> ra.lines().stream().anyMatch(rl -> rl.lineId().equals(sl.lineId())));
          if (carries && s.actualShippingCost().isPresent()) {
            deduction = deduction.plus(s.actualShippingCost().get());
          }
        }
      }
      List<RefundLine> amounts = new ArrayList<>();
      List<LineStatus> paid = new ArrayList<>();
      for (ReturnLine rl : ra.lines()) {
        OrderLine line = line(rl.lineId());
        Money amount = share(line, rl.quantity()).min(line.charge().minus(current.refunded(line.id())));
        Money deducted = deduction.min(amount);
        amount = amount.minus(deducted);
        deduction = deduction.minus(deducted);
        if (amount.isPositive()) {
          amounts.add(RefundLine.of(line.id(), amount));
          if (line.paymentStatus() != PaymentStatus.REFUND_PROCESSING) {
            paid.add(status(line, line.itemStatus(), PaymentStatus.REFUND_PROCESSING));
          }
        }
      }
      if (!amounts.isEmpty()) {
        Refund refund = Refund.builder()
            .id(newRefundId())
            .reason(ra.reason().deductsShipping() ? RefundReason.UNDELIVERABLE : RefundReason.CUSTOMER_RETURN)
            .issuedAt(context.instant())
            .lines(amounts)
            .build();
        emit(new RefundIssued(commandId, refund, paid));
      }
      return null;
    }

    /** A line's charge for some of its units, rounded down to the currency's scale; all of it for all units. */
    static Money share(OrderLine line, int units) {
      if (units >= line.quantityOrdered()) {
        return line.charge();
      }
      BigDecimal amount = line.charge().amount().multiply(BigDecimal.valueOf(units))
          .divide(BigDecimal.valueOf(line.quantityOrdered()), line.charge().amount().scale(), RoundingMode.DOWN);
      return Money.of(amount, line.charge().currency());
    }

    RefundId newRefundId() {
      for (int n = current.refunds().size() + 1; ; n++) {
        RefundId id = RefundId.of("return-refund-" + n);
        if (current.refunds().stream().noneMatch(r -> r.id().equals(id))) {
          return id;
        }
      }
    }

    Rejection failReturn(FailReturn c) {
      ReturnAuthorization ra = openReturn(c.rmaId());
      if (ra == null || ra.state() != ReturnState.AUTHORIZED) {
        return returnNotOpen(c.rmaId(), ra);
      }
      List<LineStatus> changes = new ArrayList<>();
      for (ReturnLine rl : ra.lines()) {
        OrderLine line = line(rl.lineId());
        if (line.itemStatus() != ItemStatus.RETURN_FAILED) {
          changes.add(status(line, ItemStatus.RETURN_FAILED, line.paymentStatus()));
        }
      }
      emit(new ReturnFailed(commandId, c.rmaId(), changes));
      return null;
    }

    Rejection issueRefund(IssueRefund c) {
      for (Refund r : current.refunds()) {
        if (r.id().equals(c.refundId())) {
          return reject("R13", id() + ": refund id " + c.refundId() + " is already used on this order (R13).");
        }
      }
      List<RefundLine> amounts = new ArrayList<>();
      if (c.lines().isEmpty() && c.amounts().isEmpty()) {
        boolean anyCharged = false;
        for (OrderLine line : current.lines()) {
          anyCharged |= line.paymentStatus().wasCharged();
          Money left = line.charge().minus(current.refunded(line.id()));
          if (line.paymentStatus().wasCharged() && left.isPositive()) {
            amounts.add(RefundLine.of(line.id(), left));
          }
        }
        if (!anyCharged) {
          return notCharged(null);
        }
        if (amounts.isEmpty()) {
          return reject("R13", id() + " has nothing left to refund: every charged line was refunded in full (R13).");
        }
      }
      for (LineId id : c.lines()) {
        OrderLine line = line(id);
        if (line == null) {
          return noSuchLine(id);
        }
        if (!line.paymentStatus().wasCharged()) {
          return notCharged(line);
        }
        Money left = line.charge().minus(current.refunded(id));
        if (!left.isPositive()) {
          return rejectLine("R13", id, id() + ", line " + id + " was already refunded in full ("
              + line.charge() + ") (R13).");
        }
        amounts.add(RefundLine.of(id, left));
      }
      for (RefundLine rl : c.amounts()) {
        OrderLine line = line(rl.lineId());
        if (line == null) {
          return noSuchLine(rl.lineId());
        }
        if (!rl.amount().currency().equals(current.currency())) {
          return rejectLine("R13", line.id(), id() + ", line " + line.id() + ": a refund of " + rl.amount()
              + " is not in the order's currency " + current.currency() + " (R13).");
        }
        if (!line.paymentStatus().wasCharged()) {
          return notCharged(line);
        }
        Money left = line.charge().minus(current.refunded(line.id()));
        if (rl.amount().isGreaterThan(left)) {
          return rejectLine("R13", line.id(), id() + ", line " + line.id() + ": a refund of " + rl.amount()
              + " exceeds the " + left + " left to refund of the " + line.charge() + " charged (R13).");
        }
        amounts.add(rl);
      }
      List<LineStatus> changes = new ArrayList<>();
      for (RefundLine rl : amounts) {
        OrderLine line = line(rl.lineId());
        if (line.paymentStatus() != PaymentStatus.REFUND_PROCESSING) {
          changes.add(status(line, line.itemStatus(), PaymentStatus.REFUND_PROCESSING));
        }
      }
      Refund refund = Refund.builder()
          .id(c.refundId())
          .reason(c.reason())
          .issuedAt(context.instant())
          .lines(amounts)
          .build();
      emit(new RefundIssued(commandId, refund, changes));
      return null;
    }

    Rejection notCharged(OrderLine line) {
      String what = line == null ? id() : id() + ", line " + line.id();
      String message = what + " was not charged yet (" + (line == null ? current.status().label()
          : line.paymentStatus().label()) + "), so there is nothing to refund (R13). "
          + (line != null && line.itemStatus().isCancelled() ? "The line was cancelled and the buyer never paid (R6)."
          : "Cancel the order instead: the buyer is never charged (R6).");
      return line == null ? reject("R13", message) : rejectLine("R13", line.id(), message);
    }

    Rejection recordRefundOutcome(RecordRefundOutcome c) {
      Refund refund = null;
      for (Refund r : current.refunds()) {
        if (r.id().equals(c.refundId())) {
          refund = r;
        }
      }
      if (refund == null) {
        return reject("R19", id() + " has no refund " + c.refundId() + " (R19).");
      }
      if (refund.state() != RefundState.PROCESSING) {
        return reject("R19", id() + ": refund " + c.refundId() + " already " + (refund.state()
            == RefundState.SUCCEEDED ? "succeeded" : "failed") + " (R19)."
            + (refund.state() == RefundState.FAILED ? " Issue a new refund by hand." : ""));
      }
      List<LineStatus> changes = new ArrayList<>();
      for (RefundLine rl : refund.lines()) {
        OrderLine line = line(rl.lineId());
        PaymentStatus next;
        if (c.outcome() == RefundState.FAILED) {
          next = PaymentStatus.REFUND_FAILED;
        } else if (otherProcessing(refund.id(), line.id())) {
          next = line.paymentStatus();
        } else if (current.refunded(line.id()).equals(line.charge())) {
          next = PaymentStatus.REFUNDED;
        } else if (line.paymentStatus() == PaymentStatus.REFUND_PROCESSING) {
          next = PaymentStatus.PAID;
        } else {
          next = line.paymentStatus();
        }
        if (next != line.paymentStatus() && changes.stream().noneMatch(s -> s.lineId().equals(line.id()))) {
          changes.add(status(line, line.itemStatus(), next));
        }
      }
      if (c.outcome() == RefundState.FAILED) {
        emit(new RefundFailed(commandId, refund.id(), changes));
      } else {
        emit(new RefundSucceeded(commandId, refund.id(), changes));
      }
      return null;
    }

    boolean otherProcessing(RefundId refund, LineId line) {
      for (Refund r : current.refunds()) {
        if (!r.id().equals(refund) && r.state() == RefundState.PROCESSING
            && r.lines().stream().anyMatch(rl -> rl.lineId().equals(line))) {
          return true;
        }
      }
      return false;
    }

    Rejection editAsBuyer(EditAsBuyer c) {
      if (current.fulfilmentChannel() != FulfilmentChannel.SELLER) {
        return reject("R11", id() + " is marketplace-fulfilled: buyers may edit only seller-fulfilled orders"
            + " (R11). Cancel and reorder instead.");
      }
      Instant closes = current.purchasedAt().plus(context.buyerEditWindow());
      if (context.instant().isAfter(closes)) {
        return reject("R11", id() + ": the buyer's edit window closed at " + closes + ", "
            + context.buyerEditWindow().toMinutes() + " minutes after checkout (R11). Cancel and reorder"
            + " instead.");
      }
      if (current.status() != OrderStatus.PENDING && current.status() != OrderStatus.UNSHIPPED) {
        return Rejection.ofStatus("R11", original.id(), current.status(), id() + " is "
            + current.status().label() + ": it can no longer be edited (R11).");
      }
      for (LineQuantity q : c.quantities()) {
        if (line(q.lineId()) == null) {
          return noSuchLine(q.lineId());
        }
      }
      try {
        emit(new OrderEditedByBuyer(commandId, c.deliveryAddress(), c.quantities()));
      } catch (InvalidOrderException e) {
        return reject("R11", id() + ": the buyer's edit would make an impossible order: " + e.getMessage()
            + " (R11).");
      }
      return null;
    }
  }
}
