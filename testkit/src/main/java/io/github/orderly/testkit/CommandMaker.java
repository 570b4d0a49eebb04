package io.github.orderly.testkit;

import io.github.orderly.Limits;
import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.AcceptCancellationRequest;
import io.github.orderly.workflow.AuthorizeReturn;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.CannotFulfil;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.ConfirmInvoice;
import io.github.orderly.workflow.ConfirmPayment;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.DeclineCancellationRequest;
import io.github.orderly.workflow.EditAsBuyer;
import io.github.orderly.workflow.FailReturn;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.LineQuantity;
import io.github.orderly.workflow.PrepareShipment;
import io.github.orderly.workflow.ReceiveReturn;
import io.github.orderly.workflow.RecordCarrierProgress;
import io.github.orderly.workflow.RecordRefundOutcome;
import io.github.orderly.workflow.RecordUpstreamStatus;
import io.github.orderly.workflow.RequestCancellation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Makes one random command for an order as it stands: mostly commands that fit it (the lines it has, the
 * quantities left to ship, its returns and refunds), sometimes ones that do not (a line it lacks, one unit
 * too many, a role without the permission, an RMA or refund it never had), so that both the accepting and
 * the refusing paths of every row of the command table are taken. One maker per scenario: it numbers the
 * command ids.
 */
final class CommandMaker {
  private final RandomGenerator random;
  private int serial;
  /** When the marketplace last reported: mostly later each step, sometimes earlier (an out-of-order report). */
  private Instant reported;

  CommandMaker(RandomGenerator random, Instant start) {
    this.random = random;
    this.reported = inRange(start);
  }

  /** Moves the marketplace's report clock: mostly forward, sometimes back. */
  void tick() {
    reported = inRange(reported.plusSeconds(random.nextInt(86_400) - 20_000));
  }

  /**
   * Returns the instant moved into the range of {@link Limits} (an order bought at its edge would otherwise
   * be followed by instants past it).
   */
  static Instant inRange(Instant instant) {
    if (instant.isAfter(Limits.LATEST_INSTANT)) {
      return Limits.LATEST_INSTANT;
    }
    return instant.isBefore(Limits.EARLIEST_INSTANT) ? Limits.EARLIEST_INSTANT : instant;
  }

  CommandId id() {
    return CommandId.of("c" + (++serial));
  }

  /** A step of any kind, from a random role (mostly a seller's). */
  Step step(Order order, Instant now) {
    Role role = random.nextInt(30) == 0 ? Role.VIEWER
        : new Role[] {Role.STAFF, Role.OWNER, Role.ADMIN}[random.nextInt(3)];
    if (random.nextInt(25) == 0) {
      role = Role.MARKETPLACE;
    }
    Command c;
    // An open buyer request is answered more often than chance would, so per-line answers are reached (R10).
    int kind = !order.cancellationRequests().isEmpty() && random.nextInt(4) == 0 ? 6 : random.nextInt(16);
    switch (kind) {
      case 0 -> {
        c = new ConfirmPayment(id());
        role = marketplaceMostly(role);
      }
      case 1 -> c = new PrepareShipment(id(), random.nextBoolean() ? List.of() : List.of(line(order)));
      case 2, 3 -> c = ship(order, now);
      case 4 -> {
        if (random.nextInt(3) > 0) {
          c = ship(order, now);
        } else {
          c = cancel();
          if (c instanceof AutoCancel) {
            role = marketplaceMostly(role);
          }
        }
      }
      case 5 -> {
        // A pre-order still awaiting its release is where the marketplace's "cannot fulfil" is rarest (R52):
        // it is asked for more often there, so that the transition is reached in a run of the default size.
        boolean awaitingRelease = order.lines().stream().anyMatch(l -> l.itemStatus() == ItemStatus.AWAITING_RELEASE);
        c = (awaitingRelease ? random.nextInt(4) > 0 : random.nextBoolean()) ? new CannotFulfil(id())
            : new RequestCancellation(id(), random.nextBoolean() ? Optional.of("Changed my mind") : Optional.empty(),
                random.nextBoolean() ? List.of() : List.of(line(order)));
        role = marketplaceMostly(role);
      }
      case 6 -> {
        // R10 per line: every open request, or one line's (mostly a requested one; else a refusal to check too).
        List<LineId> answered = random.nextBoolean() ? List.of() : List.of(requestedLine(order));
        c = random.nextBoolean() ? new AcceptCancellationRequest(id(), answered)
            : new DeclineCancellationRequest(id(), answered);
      }
      // The seller's invoice confirmation (R53): accepted on an Invoice unconfirmed order, refused on the others.
      case 7, 8 -> c = random.nextInt(4) == 0 ? new ConfirmInvoice(id())
          : new RecordCarrierProgress(id(), random.nextBoolean() ? List.of() : List.of(line(order)),
              Command.CARRIER_STATUSES.get(random.nextInt(Command.CARRIER_STATUSES.size())));
      case 9 -> c = authorizeReturn(order);
      case 10 -> {
        RmaId rma = rma(order);
        c = random.nextInt(3) == 0 ? new FailReturn(id(), rma) : new ReceiveReturn(id(), rma);
      }
      case 11, 12 -> c = refund(order);
      case 13 -> c = new RecordRefundOutcome(id(), refundId(order),
          random.nextInt(3) == 0 ? RefundState.FAILED : RefundState.SUCCEEDED);
      case 14 -> {
        c = upstream();
        role = marketplaceMostly(role);
      }
      default -> {
        c = edit(order);
        role = marketplaceMostly(role);
      }
    }
    return new Step(c, role, now);
  }

  /** A marketplace report (R50): a status along the path or a cancellation, at the report clock. */
  Command upstream() {
    OrderStatus[] path = OrderStatus.values();
    return new RecordUpstreamStatus(id(), path[random.nextInt(path.length)], reported);
  }

  /** A seller's step that ships or prepares the order, the commands a marketplace cancellation blocks (R50). */
  Step shipping(Order order, Instant now) {
    Command c = random.nextBoolean() ? ship(order, now)
        : new PrepareShipment(id(), random.nextBoolean() ? List.of() : List.of(line(order)));
    return new Step(c, Role.STAFF, now);
  }

  private Role marketplaceMostly(Role role) {
    return random.nextInt(6) == 0 ? role : Role.MARKETPLACE;
  }

  /** A line of an open buyer request, most of the time; else any line (R10). */
  private LineId requestedLine(Order order) {
    if (order.cancellationRequests().isEmpty() || random.nextInt(4) == 0) {
      return line(order);
    }
    List<LineId> lines = order.cancellationRequests().get(random.nextInt(order.cancellationRequests().size()))
        .lines();
    return lines.get(random.nextInt(lines.size()));
  }

  private LineId line(Order order) {
    if (random.nextInt(25) == 0) {
      return LineId.of("no-such-line");
    }
    return order.lines().get(random.nextInt(order.lines().size())).id();
  }

  private Command ship(Order order, Instant now) {
    List<ShipmentLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      boolean refunded = line.paymentStatus() == PaymentStatus.REFUNDED
          || line.paymentStatus() == PaymentStatus.REFUND_PROCESSING;
      if (line.quantityUnshipped() > 0 && (!refunded || random.nextInt(5) == 0) && random.nextBoolean()) {
        int q = random.nextInt(8) == 0 ? line.quantityUnshipped() + 1 : 1 + random.nextInt(line.quantityUnshipped());
        lines.add(ShipmentLine.of(line.id(), q));
      }
    }
    if (lines.isEmpty()) {
      lines.add(ShipmentLine.of(line(order), 1));
    }
    Optional<Money> cost = random.nextBoolean() ? Optional.empty()
        : Optional.of(Money.ofMinor(random.nextInt(2000), order.currency()));
    return new ConfirmShipment(id(), lines, Carrier.of("UPS"),
        TrackingId.of("1Z" + (random.nextInt(10) == 0 ? 1 : serial)), now, cost);
  }

  private Command cancel() {
    List<CancellationReason> reasons = CancellationReason.known();
    CancellationReason reason = reasons.get(random.nextInt(reasons.size()));
    return random.nextInt(10) < 6 ? Cancel.bySeller(id(), reason) : new AutoCancel(id(), reason);
  }

  private Command authorizeReturn(Order order) {
    List<ReturnLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      if (line.quantityShipped() > 0 && random.nextBoolean()) {
        lines.add(ReturnLine.of(line.id(), 1 + random.nextInt(line.quantityShipped())));
      }
    }
    if (lines.isEmpty()) {
      lines.add(ReturnLine.of(line(order), 1));
    }
    ReturnReason reason = ReturnReason.values()[random.nextInt(ReturnReason.values().length)];
    RmaId rma = random.nextInt(8) == 0 && !order.returns().isEmpty() ? order.returns().get(0).rmaId()
        : RmaId.of("RMA-" + serial);
    return new AuthorizeReturn(id(), rma, reason, lines);
  }

  private RmaId rma(Order order) {
    List<ReturnAuthorization> returns = order.returns();
    if (returns.isEmpty() || random.nextInt(10) == 0) {
      return RmaId.of("RMA-none");
    }
    return returns.get(random.nextInt(returns.size())).rmaId();
  }

  private RefundId refundId(Order order) {
    List<Refund> refunds = order.refunds();
    if (refunds.isEmpty() || random.nextInt(10) == 0) {
      return RefundId.of("R-none");
    }
    return refunds.get(random.nextInt(refunds.size())).id();
  }

  private Command refund(Order order) {
    RefundId id = random.nextInt(10) == 0 && !order.refunds().isEmpty() ? order.refunds().get(0).id()
        : RefundId.of("R-" + serial);
    RefundReason reason = RefundReason.known().get(random.nextInt(RefundReason.known().size()));
    switch (random.nextInt(3)) {
      case 0:
        return IssueRefund.wholeOrder(id(), id, reason);
      case 1:
        return IssueRefund.ofLines(id(), id, reason, List.of(line(order)));
      default:
        OrderLine line = order.lines().get(random.nextInt(order.lines().size()));
        Money left = line.charge().minus(order.refunded(line.id()));
        BigDecimal fraction = BigDecimal.valueOf(1 + random.nextInt(12)).divide(BigDecimal.TEN);
        BigDecimal amount = left.amount().multiply(fraction).setScale(left.amount().scale(), RoundingMode.DOWN);
        Money m = Money.of(amount, left.currency());
        if (!m.isPositive()) {
          m = Money.ofMinor(1, left.currency());
        }
        return IssueRefund.ofAmounts(id(), id, reason, List.of(RefundLine.of(line.id(), m)));
    }
  }

  private Command edit(Order order) {
    Optional<Address> address = random.nextBoolean() ? Optional.empty()
        : Optional.of(Address.builder().recipient("New Recipient").addStreetLine("2 Side St").city("Osaka")
            .countryCode("JP").build());
    List<LineQuantity> quantities = address.isEmpty() || random.nextBoolean()
        ? List.of(new LineQuantity(line(order), 1 + random.nextInt(4))) : List.of();
    return new EditAsBuyer(id(), address, quantities);
  }
}
