package io.github.orderly.workflow;

import io.github.orderly.access.Permission;
import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import java.util.List;
import java.util.Optional;

/**
 * Who may send which command (R44), as data: each command type needs one {@link Permission} of the acting
 * {@link Role}, and comes from one party. Commands that come from the marketplace, or from the buyer through
 * the marketplace, must be sent with {@link Role#MARKETPLACE}: a seller cannot confirm a buyer's payment,
 * request a cancellation in the buyer's name (R10) or edit the order (R11). A {@link Command.Cancel} comes
 * from its {@link Command.Cancel#actor()}.
 */
public final class CommandAccess {
  /**
   * One row of the table.
   *
   * @param command the command type
   * @param permission the permission the acting role needs
   * @param origin who sends it: {@link Party#SELLER} (any role with the permission),
   *     {@link Party#MARKETPLACE} or {@link Party#BUYER} (both only with {@link Role#MARKETPLACE})
   * @param rule the rule a sender from the wrong party breaks
   */
  public record Row(Class<? extends Command> command, Permission permission, Party origin, String rule) {}

  private static final List<Row> ROWS = List.of(
      new Row(Command.ConfirmPayment.class, Permission.FULFIL_ORDERS, Party.MARKETPLACE, "R44"),
      new Row(Command.PrepareShipment.class, Permission.FULFIL_ORDERS, Party.SELLER, "R44"),
      new Row(Command.ConfirmShipment.class, Permission.FULFIL_ORDERS, Party.SELLER, "R44"),
      new Row(Command.RecordCarrierProgress.class, Permission.FULFIL_ORDERS, Party.SELLER, "R44"),
      new Row(Command.Cancel.class, Permission.CANCEL_ORDERS, Party.SELLER, "R44"),
      new Row(Command.CannotFulfil.class, Permission.CANCEL_ORDERS, Party.MARKETPLACE, "R18"),
      new Row(Command.RequestCancellation.class, Permission.VIEW_ORDERS, Party.BUYER, "R10"),
      new Row(Command.AnswerCancellationRequest.class, Permission.CANCEL_ORDERS, Party.SELLER, "R44"),
      new Row(Command.AuthorizeReturn.class, Permission.MANAGE_RETURNS, Party.SELLER, "R44"),
      new Row(Command.ReceiveReturn.class, Permission.MANAGE_RETURNS, Party.SELLER, "R44"),
      new Row(Command.FailReturn.class, Permission.MANAGE_RETURNS, Party.SELLER, "R44"),
      new Row(Command.IssueRefund.class, Permission.REFUND_ORDERS, Party.SELLER, "R44"),
      new Row(Command.RecordRefundOutcome.class, Permission.REFUND_ORDERS, Party.SELLER, "R44"),
      new Row(Command.EditAsBuyer.class, Permission.VIEW_ORDERS, Party.BUYER, "R11"));

  private CommandAccess() {}

  /** Returns every row, one per command type. */
  public static List<Row> rows() {
    return ROWS;
  }

  /**
   * Returns the row of a command type.
   *
   * @param command the command type
   * @return the row
   * @throws IllegalArgumentException if the type has no row
   */
  public static Row of(Class<? extends Command> command) {
    for (Row row : ROWS) {
      if (row.command() == command) {
        return row;
      }
    }
    throw new IllegalArgumentException("no access row for " + command.getName());
  }

  /**
   * Returns whether a role may send a command, and if not, why.
   *
   * @param order the order, for the message
   * @param command the command
   * @param role the acting role
   * @return the rejection, or empty when allowed
   */
  public static Optional<Rejection> check(Order order, Command command, Role role) {
    Row row = of(command.getClass());
    if (command instanceof Command.Cancel && ((Command.Cancel) command).actor() == Party.BUYER) {
      return Optional.of(Rejection.of("R10", order.id(), "Order " + order.id() + ": buyers cannot cancel an"
          + " order themselves (R10); send RequestCancellation and let the seller answer it."));
    }
    if (!role.can(row.permission())) {
      String name = command.getClass().getSimpleName();
      return Optional.of(Rejection.of("R44", order.id(), "Order " + order.id() + ": role " + role
          + " may not " + name + ", it lacks the " + row.permission() + " permission (R44). Ask an Owner or"
          + " Admin to grant it, or to do it."));
    }
    Party origin = command instanceof Command.Cancel ? ((Command.Cancel) command).actor() : row.origin();
    if (origin != Party.SELLER && role != Role.MARKETPLACE) {
      String name = command.getClass().getSimpleName();
      String rule = command instanceof Command.Cancel ? "R44" : row.rule();
      String message;
      if (command instanceof Command.EditAsBuyer) {
        message = "Order " + order.id() + ": sellers can never change order information (R11); only the buyer"
            + " may, shortly after checkout. Cancel the order and ask the buyer to reorder instead.";
      } else if (origin == Party.BUYER) {
        message = "Order " + order.id() + ": " + name + " comes from the buyer through the marketplace, not from"
            + " role " + role + " (" + rule + ").";
      } else {
        message = "Order " + order.id() + ": " + name + " is the marketplace's own action and needs role"
            + " MARKETPLACE, not " + role + " (" + rule + ").";
      }
      return Optional.of(Rejection.of(rule, order.id(), message));
    }
    return Optional.empty();
  }
}
