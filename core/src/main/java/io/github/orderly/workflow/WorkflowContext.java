package io.github.orderly.workflow;

import io.github.orderly.access.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What {@link OrderWorkflow#decide} needs besides the order and the command: the instant of the decision,
 * the acting role (R44), the marketplace's time zone for dates in messages, and the policy values the rules
 * read. Nothing in the workflow reads a clock; the host passes the instant.
 *
 * <pre>{@code
 * WorkflowContext context = WorkflowContext.of(now, Role.STAFF)
 *     .withZeroInventoryOnNoStock(true)
 *     .withReturnWindow(Duration.ofDays(30));
 * }</pre>
 *
 * @param instant when the command is decided
 * @param role who sends it (R44)
 * @param zone the marketplace's time zone, for the dates in rejection messages
 * @param buyerEditWindow how long after purchase a buyer may edit a seller-fulfilled order (R11)
 * @param zeroInventoryOnNoStock whether a "no stock" cancellation also asks the host to zero the SKUs'
 *     inventory (R4)
 * @param returnWindow how long after shipment a return may be authorised (R20)
 */
public record WorkflowContext(
    Instant instant,
    Role role,
    ZoneId zone,
    Duration buyerEditWindow,
    boolean zeroInventoryOnNoStock,
    Duration returnWindow) {

  /** The default buyer edit window: 5 minutes after checkout (R11). */
  public static final Duration DEFAULT_BUYER_EDIT_WINDOW = Duration.ofMinutes(5);
  /** The default return window: 30 days after shipment (R20). */
  public static final Duration DEFAULT_RETURN_WINDOW = Duration.ofDays(30);

  /**
   * Creates the value.
   *
   * @param instant when the command is decided
   * @param role who sends it
   * @param zone the marketplace's time zone
   * @param buyerEditWindow the buyer edit window, not negative
   * @param zeroInventoryOnNoStock whether "no stock" zeroes inventory
   * @param returnWindow the return window, not negative
   * @throws InvalidCommandException if a value is missing or a window negative
   */
  public WorkflowContext {
    InvalidCommandException.required("context.instant", instant, "must not be null");
    InvalidCommandException.required("context.role", role, "must not be null");
    InvalidCommandException.required("context.zone", zone, "must not be null");
    InvalidCommandException.required("context.buyerEditWindow", buyerEditWindow, "must not be null");
    InvalidCommandException.required("context.returnWindow", returnWindow, "must not be null");
    if (buyerEditWindow.isNegative()) {
      throw new InvalidCommandException("context.buyerEditWindow", buyerEditWindow, "must not be negative");
    }
    if (returnWindow.isNegative()) {
      throw new InvalidCommandException("context.returnWindow", returnWindow, "must not be negative");
    }
  }

  /**
   * Obtains a context with the default policy: UTC, a 5-minute buyer edit window, no inventory zeroing, a
   * 30-day return window.
   *
   * @param instant when the command is decided
   * @param role who sends it
   * @return the context
   */
  public static WorkflowContext of(Instant instant, Role role) {
    return new WorkflowContext(instant, role, ZoneOffset.UTC, DEFAULT_BUYER_EDIT_WINDOW, false,
        DEFAULT_RETURN_WINDOW);
  }

  /**
   * Returns a copy at another instant.
   *
   * @param instant the instant
   * @return the context
   */
  public WorkflowContext withInstant(Instant instant) {
    return new WorkflowContext(instant, role, zone, buyerEditWindow, zeroInventoryOnNoStock, returnWindow);
  }

  /**
   * Returns a copy with another acting role.
   *
   * @param role the role
   * @return the context
   */
  public WorkflowContext withRole(Role role) {
    return new WorkflowContext(instant, role, zone, buyerEditWindow, zeroInventoryOnNoStock, returnWindow);
  }

  /**
   * Returns a copy with another time zone.
   *
   * @param zone the zone
   * @return the context
   */
  public WorkflowContext withZone(ZoneId zone) {
    return new WorkflowContext(instant, role, zone, buyerEditWindow, zeroInventoryOnNoStock, returnWindow);
  }

  /**
   * Returns a copy with another buyer edit window (R11).
   *
   * @param buyerEditWindow the window
   * @return the context
   */
  public WorkflowContext withBuyerEditWindow(Duration buyerEditWindow) {
    return new WorkflowContext(instant, role, zone, buyerEditWindow, zeroInventoryOnNoStock, returnWindow);
  }

  /**
   * Returns a copy that does or does not ask to zero inventory on a "no stock" cancellation (R4).
   *
   * @param zeroInventoryOnNoStock the switch
   * @return the context
   */
  public WorkflowContext withZeroInventoryOnNoStock(boolean zeroInventoryOnNoStock) {
    return new WorkflowContext(instant, role, zone, buyerEditWindow, zeroInventoryOnNoStock, returnWindow);
  }

  /**
   * Returns a copy with another return window (R20).
   *
   * @param returnWindow the window
   * @return the context
   */
  public WorkflowContext withReturnWindow(Duration returnWindow) {
    return new WorkflowContext(instant, role, zone, buyerEditWindow, zeroInventoryOnNoStock, returnWindow);
  }
}
