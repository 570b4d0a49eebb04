package io.github.orderly.workflow;

import static io.github.orderly.workflow.Precondition.ADDRESS_KNOWN;
import static io.github.orderly.workflow.Precondition.INVOICE_OUTSTANDING;
import static io.github.orderly.workflow.Precondition.INVOICE_REQUIRED;
import static io.github.orderly.workflow.Precondition.MARKETPLACE_FULFILLED;
import static io.github.orderly.workflow.Precondition.NOTHING_SHIPPED;
import static io.github.orderly.workflow.Precondition.NOT_BEFORE_PURCHASE;
import static io.github.orderly.workflow.Precondition.NOT_CANCELLED;
import static io.github.orderly.workflow.Precondition.NOT_CANCELLED_UPSTREAM;
import static io.github.orderly.workflow.Precondition.NOT_PENDING;
import static io.github.orderly.workflow.Precondition.NOT_YET_SHIPPING;
import static io.github.orderly.workflow.Precondition.PENDING;
import static io.github.orderly.workflow.Precondition.RELEASED;
import static io.github.orderly.workflow.Precondition.REQUEST_OPEN;
import static io.github.orderly.workflow.Precondition.SELLER_FULFILLED;
import static io.github.orderly.workflow.Precondition.SHIPPED_IN_FULL;

import io.github.orderly.Rule;
import io.github.orderly.access.Permission;
import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Every command the workflow knows, in one table: its family (the small decider that handles it), the
 * {@link Permission} the acting role needs and the party it comes from (R44), the {@link Precondition}s the
 * order must meet, in the order they are asked, and the command's natural key on the order (R43).
 * {@link OrderWorkflow#decide} reads this table and nothing else to route a command; {@code docs/workflow.md}
 * shows it. Not instantiable; immutable and thread-safe.
 */
public final class CommandTable {
  /**
   * The small deciders, one per family of commands.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Family {
    /** Payment confirmation, preparation, shipment, the invoice confirmation, the carrier's progress. */
    FULFILMENT,
    /** The seller's, the marketplace's and the buyer's cancellations. */
    CANCELLATION,
    /** Return authorisations and their outcome. */
    RETURNS,
    /** Refunds and their outcome. */
    REFUNDS,
    /** The buyer's edits after checkout. */
    BUYER_EDITS,
    /** Statuses reported by the marketplace. */
    UPSTREAM
  }

  /**
   * A condition of a row, with the words its refusal uses for this command.
   *
   * <p>Immutable and thread-safe.
   *
   * @param precondition the condition
   * @param words the command's words in the refusal, such as {@code cancelled} in "cannot be cancelled"
   * @param advice what to do instead, for the refusal; empty for the condition's own
   */
  public record Requirement(Precondition precondition, String words, String advice) {
    /** Checks that no component is missing. */
    public Requirement {
      Objects.requireNonNull(precondition, "precondition");
      Objects.requireNonNull(words, "words");
      Objects.requireNonNull(advice, "advice");
    }
  }

  /** How a family decides one command type. */
  @FunctionalInterface
  interface Handler<C extends Command> {
    Verdict decide(Order order, C command, WorkflowContext context, Cause cause);
  }

  /** How a family recognises a command whose natural key is on the order: a repeat, a refusal, or null. */
  @FunctionalInterface
  interface NaturalKey<C extends Command> {
    Verdict repeat(Order order, C command);
  }

  /**
   * One row: one command type. Immutable.
   *
   * <p>Immutable and thread-safe.
   */
  public static final class Row {
    private final Class<? extends Command> command;
    private final Family family;
    private final Permission permission;
    private final Party origin;
    private final Rule originRule;
    private final String originAdvice;
    private final String naturalKey;
    private final List<Requirement> requirements;
    private final Handler<Command> handler;
    private final NaturalKey<Command> repeat;

    private <C extends Command> Row(Class<C> command, Family family, Permission permission, Party origin,
        Rule originRule, String originAdvice, String naturalKey, List<Requirement> requirements,
        Handler<C> handler, NaturalKey<C> repeat) {
      this.command = command;
      this.family = family;
      this.permission = permission;
      this.origin = origin;
      this.originRule = originRule;
      this.originAdvice = originAdvice;
      this.naturalKey = naturalKey;
      this.requirements = List.copyOf(requirements);
      this.handler = (order, c, context, cause) -> handler.decide(order, command.cast(c), context, cause);
      this.repeat = repeat == null ? (order, c) -> null : (order, c) -> repeat.repeat(order, command.cast(c));
    }

    /** Returns the command type. */
    public Class<? extends Command> command() {
      return command;
    }

    /** Returns the family whose decider handles it. */
    public Family family() {
      return family;
    }

    /** Returns the permission the acting role needs (R44). */
    public Permission permission() {
      return permission;
    }

    /**
     * Returns who sends it: {@link Party#SELLER} (a seller's role, never {@link Role#MARKETPLACE}), or
     * {@link Party#MARKETPLACE} and {@link Party#BUYER} (both only with {@link Role#MARKETPLACE}).
     */
    public Party origin() {
      return origin;
    }

    /** Returns the rule that refuses the command from a role of the wrong party. */
    public Rule originRule() {
      return originRule;
    }

    /** Returns what the command's natural key on the order is, such as {@code tracking id}; empty for none. */
    public String naturalKey() {
      return naturalKey;
    }

    /** Returns the conditions the order must meet, in the order they are asked. */
    public List<Requirement> requirements() {
      return requirements;
    }

    Verdict decide(Order order, Command c, WorkflowContext context, Cause cause) {
      return handler.decide(order, c, context, cause);
    }

    Verdict repeat(Order order, Command c) {
      return repeat.repeat(order, c);
    }

    /** The access stage: a view-only order (R28), the role's permission (R44), the sender's party. */
    Rejection deny(Order order, Role role) {
      // Messages are built only for a refusal: this runs for every command.
      if (order.viewOnly()) {
        return Rejection.of(Rule.R28, order.id(), "Order " + order.id() + " is view-only: it was imported while"
            + " the import was disabled, so it accepts no command",
            "Turn the import on and import the order again to act on it.");
      }
      if (!role.can(permission)) {
        return Rejection.of(Rule.R44, order.id(), "Order " + order.id() + ": role " + role + " may not "
            + command.getSimpleName() + ", it lacks the " + permission + " permission",
            "Ask an Owner or Admin to grant it, or to do it.");
      }
      if (origin == Party.SELLER && role == Role.MARKETPLACE) {
        return Rejection.of(originRule, order.id(), "Order " + order.id() + ": " + command.getSimpleName()
            + " is the seller's own action; role MARKETPLACE cannot send it in the seller's name", originAdvice);
      }
      if (origin != Party.SELLER && role != Role.MARKETPLACE) {
        String who = origin == Party.BUYER ? " comes from the buyer through the marketplace"
            : " is the marketplace's own action";
        return Rejection.of(originRule, order.id(), "Order " + order.id() + ": " + command.getSimpleName() + who
            + ", so it needs role MARKETPLACE, not " + role, originAdvice);
      }
      return null;
    }
  }

  private static final List<Row> ROWS = new ArrayList<>();
  private static final Map<Class<? extends Command>, Row> BY_TYPE = new HashMap<>();
  /** The rows by command type, for the hot path: a ClassValue lookup costs less than a hash map's. */
  private static final ClassValue<Row> ROW = new ClassValue<>() {
    @Override
    protected Row computeValue(Class<?> type) {
      return BY_TYPE.get(type);
    }
  };

  static {
    Requirement notUpstreamCancelled = need(NOT_CANCELLED_UPSTREAM, "", "Do not send the parcel.");
    Requirement notCancelled = need(NOT_CANCELLED, "", "");
    Requirement dated = need(NOT_BEFORE_PURCHASE, "", "");
    String refundInstead = "Refund the lines not shipped instead " + Rule.R16.cite() + ".";
    String returnInstead = "The buyer can return the items instead " + Rule.R6.cite() + ".";

    row(ConfirmPayment.class, Family.FULFILMENT, Permission.FULFIL_ORDERS, Party.MARKETPLACE, Rule.R44, "", "",
        List.of(notCancelled, dated, need(RELEASED, "confirm the payment of", ""), need(PENDING, "", "")),
        Fulfilment::confirmPayment, null);
    row(PrepareShipment.class, Family.FULFILMENT, Permission.FULFIL_ORDERS, Party.SELLER, Rule.R44, "", "",
        List.of(notUpstreamCancelled, notCancelled, dated, need(RELEASED, "prepare or ship", ""),
            need(NOT_PENDING, "prepare or ship", "")),
        Fulfilment::prepareShipment, null);
    row(ConfirmShipment.class, Family.FULFILMENT, Permission.FULFIL_ORDERS, Party.SELLER, Rule.R44, "",
        "tracking id", List.of(notUpstreamCancelled, notCancelled, dated,
            need(RELEASED, "confirm shipment of", ""), need(NOT_PENDING, "confirm shipment of", ""),
            need(ADDRESS_KNOWN, "confirm shipment of",
            "The marketplace gives the address once the order can ship; update the order with it first.")),
        Fulfilment::confirmShipment, Fulfilment::repeatedShipment);
    row(ConfirmInvoice.class, Family.FULFILMENT, Permission.FULFIL_ORDERS, Party.SELLER, Rule.R44,
        "The marketplace's Shipped report confirms it with RecordUpstreamStatus.", "the invoice confirmation",
        List.of(notCancelled, dated, need(INVOICE_REQUIRED, "confirm", ""),
            need(INVOICE_OUTSTANDING, "confirm", "Nothing is left to do."),
            need(SHIPPED_IN_FULL, "confirm the invoice", "Ship the rest first, then confirm the invoice.")),
        Fulfilment::confirmInvoice, Fulfilment::repeatedInvoiceConfirmation);
    row(RecordCarrierProgress.class, Family.FULFILMENT, Permission.FULFIL_ORDERS, Party.SELLER, Rule.R44, "", "",
        List.of(notCancelled, dated), Fulfilment::recordCarrierProgress, null);

    row(Cancel.class, Family.CANCELLATION, Permission.CANCEL_ORDERS, Party.SELLER, Rule.R44,
        "The marketplace cancels with AutoCancel or CannotFulfil.", "the order's cancellation",
        List.of(notCancelled, dated, need(RELEASED, "cancel", ""), need(NOT_PENDING, "cancel", ""),
            need(NOTHING_SHIPPED, "cancelled",
            refundInstead)), Cancelling::cancel, Cancelling::repeatedCancel);
    row(AutoCancel.class, Family.CANCELLATION, Permission.CANCEL_ORDERS, Party.MARKETPLACE, Rule.R44,
        "The seller cancels with Cancel.", "the order's cancellation",
        List.of(notCancelled, dated, need(NOTHING_SHIPPED, "cancelled", refundInstead)), Cancelling::autoCancel,
        Cancelling::repeatedAutoCancel);
    row(CannotFulfil.class, Family.CANCELLATION, Permission.CANCEL_ORDERS, Party.MARKETPLACE, Rule.R18,
        "The seller cancels with Cancel.", "the order's cancellation",
        List.of(notCancelled, dated, need(MARKETPLACE_FULFILLED, "the marketplace fulfils", "The seller cancels it"
            + " instead."), need(NOTHING_SHIPPED, "cancelled", "The marketplace refunds what did not ship instead "
            + Rule.R16.cite() + ".")), Cancelling::cannotFulfil, Cancelling::repeatedCannotFulfil);
    row(RequestCancellation.class, Family.CANCELLATION, Permission.VIEW_ORDERS, Party.BUYER, Rule.R10,
        "Buyers ask through the marketplace; the seller answers.", "the open request",
        List.of(notCancelled, dated, need(NOTHING_SHIPPED, "cancelled", returnInstead)),
        Cancelling::requestCancellation, Cancelling::repeatedRequest);
    row(AcceptCancellationRequest.class, Family.CANCELLATION, Permission.CANCEL_ORDERS, Party.SELLER, Rule.R44,
        "", "the order's cancellation", List.of(notCancelled, dated, need(REQUEST_OPEN, "accept", ""),
            need(RELEASED, "cancel", ""), need(NOT_PENDING, "cancel", ""), need(NOTHING_SHIPPED, "cancelled", "Decline the request; the buyer can return the"
            + " items instead " + Rule.R6.cite() + ".")),
        Cancelling::acceptRequest, Cancelling::repeatedAccept);
    row(DeclineCancellationRequest.class, Family.CANCELLATION, Permission.CANCEL_ORDERS, Party.SELLER, Rule.R44,
        "", "", List.of(notCancelled, dated, need(REQUEST_OPEN, "decline", "")), Cancelling::declineRequest, null);

    row(AuthorizeReturn.class, Family.RETURNS, Permission.MANAGE_RETURNS, Party.SELLER, Rule.R44, "", "RMA id",
        List.of(notCancelled, dated), Returning::authorize, Returning::repeatedAuthorization);
    row(ReceiveReturn.class, Family.RETURNS, Permission.MANAGE_RETURNS, Party.SELLER, Rule.R44, "",
        "RMA id and its state", List.of(notCancelled, dated), Returning::receive, Returning::repeatedReceipt);
    row(FailReturn.class, Family.RETURNS, Permission.MANAGE_RETURNS, Party.SELLER, Rule.R44, "",
        "RMA id and its state", List.of(notCancelled, dated), Returning::fail, Returning::repeatedFailure);

    row(IssueRefund.class, Family.REFUNDS, Permission.REFUND_ORDERS, Party.SELLER, Rule.R44, "", "refund id",
        List.of(notCancelled, dated), Refunding::issue, Refunding::repeatedRefund);
    row(RecordRefundOutcome.class, Family.REFUNDS, Permission.REFUND_ORDERS, Party.SELLER, Rule.R44, "",
        "refund id and its state", List.of(notCancelled, dated), Refunding::recordOutcome,
        Refunding::repeatedOutcome);

    row(EditAsBuyer.class, Family.BUYER_EDITS, Permission.VIEW_ORDERS, Party.BUYER, Rule.R11,
        "Sellers can never change order information; cancel the order and ask the buyer to reorder instead.", "",
        List.of(notCancelled, dated, need(SELLER_FULFILLED, "buyers may edit", "Cancel and reorder instead."),
            need(NOT_YET_SHIPPING, "buyers may edit", "Cancel and reorder instead.")),
        BuyerEditing::edit, null);

    row(RecordUpstreamStatus.class, Family.UPSTREAM, Permission.VIEW_ORDERS, Party.MARKETPLACE, Rule.R50, "",
        "the last merged report", List.of(notCancelled, dated), Upstream::record, Upstream::repeatedReport);
  }

  private CommandTable() {}

  private static Requirement need(Precondition precondition, String words, String advice) {
    return new Requirement(precondition, words, advice);
  }

  private static <C extends Command> void row(Class<C> command, Family family, Permission permission,
      Party origin, Rule originRule, String originAdvice, String naturalKey, List<Requirement> requirements,
      Handler<C> handler, NaturalKey<C> repeat) {
    Row row = new Row(command, family, permission, origin, originRule, originAdvice, naturalKey, requirements,
        handler, repeat);
    ROWS.add(row);
    BY_TYPE.put(command, row);
  }

  /** Returns every row, one per command type, in the order of the families. */
  public static List<Row> rows() {
    return List.copyOf(ROWS);
  }

  /**
   * Returns the row of a command type.
   *
   * @param command the command type
   * @return the row
   */
  public static Row of(Class<? extends Command> command) {
    Row row = ROW.get(Objects.requireNonNull(command, "command"));
    if (row == null) {
      throw new IllegalArgumentException("command = '" + command.getName() + "': has no row");
    }
    return row;
  }
}
