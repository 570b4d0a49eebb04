package io.github.orderly.policy;

import io.github.orderly.Limits;
import io.github.orderly.Rule;
import io.github.orderly.order.FulfilmentChannel;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The deadlines of one marketplace as a value (R46): every number of the deadline rules (R8 to R12, R20,
 * R30) is a field here, never a literal in the rules. Immutable and thread-safe.
 *
 * <p>Take a preset from {@link DeadlinePolicies}, change one with
 * {@code DeadlinePolicy.builder().from(preset)...build()}, or build a host's own. Only {@link #name()}
 * and {@link #zone()} are required; every other field defaults to the number the rules state (the seed's
 * Seller Central US rules, {@code docs/rules.md}):
 * <pre>{@code
 * DeadlinePolicy mine = DeadlinePolicy.builder()
 *     .name("My shop")
 *     .zone(ZoneId.of("Europe/Berlin"))
 *     .confirmWithinDays(3)
 *     .confirmDayCount(DayCount.BUSINESS_DAYS)
 *     .confirmCountsFrom(DeadlineAnchor.SHIP_BY_DATE)
 *     .confirmWarningDays(1)
 *     .build();
 * }</pre>
 *
 * <h2>Checks made when a policy is built</h2>
 * An invalid policy is refused with an {@link InvalidPolicyException} naming the field and the value:
 * no window is negative or longer than {@value Limits#MAX_WINDOW_DAYS} days (so that a deadline added
 * to any instant of an order stays computable, see {@link Limits}); the shipment warning lead is not
 * longer than the shipment window; the disbursement cycle is at least one day; the name (at most
 * {@value Limits#MAX_POLICY_NAME_LENGTH} characters) is single-line text, not blank; the shipment rule is R8 or R9. Immutable and thread-safe when its holiday calendar is.
 */
@Value.Immutable
public abstract class DeadlinePolicy {
  private static final Limits.Refusal REFUSE = InvalidPolicyException::new;

  DeadlinePolicy() {}

  /** Returns a short name for people, such as {@code Seller Central Japan}. */
  public abstract String name();

  /** Returns the marketplace's time zone: every date of every deadline is a date in this zone. */
  public abstract ZoneId zone();

  /** Returns the holidays that business days skip besides weekends; none by default. */
  @Value.Default
  public HolidayCalendar holidays() {
    return HolidayCalendar.weekendsOnly();
  }

  /**
   * Returns the rule the shipment-confirmation deadline enforces, carried by its actions: {@link Rule#R8}
   * (Seller Central US) by default, {@link Rule#R9} for Seller Central Japan.
   */
  @Value.Default
  public Rule confirmRule() {
    return Rule.R8;
  }

  /**
   * Returns the auto-cancel window: how many days the seller has to confirm shipment (R8, R9); 30 by
   * default, as the seed states it for Seller Central US.
   */
  @Value.Default
  public int confirmWithinDays() {
    return 30;
  }

  /** Returns what the auto-cancel window counts from; the order date by default (R8). */
  @Value.Default
  public DeadlineAnchor confirmCountsFrom() {
    return DeadlineAnchor.ORDER_DATE;
  }

  /** Returns how the auto-cancel window and its warning lead are counted; calendar days by default. */
  @Value.Default
  public DayCount confirmDayCount() {
    return DayCount.CALENDAR_DAYS;
  }

  /**
   * Returns how many days before the shipment-confirmation cutoff the seller is warned (R9), counted
   * like the window; 0 (no warning) by default. Never longer than {@link #confirmWithinDays()}.
   */
  @Value.Default
  public int confirmWarningDays() {
    return 0;
  }

  /**
   * Returns the fulfilment channels whose unconfirmed orders are cancelled automatically; seller-
   * fulfilled only by default (the marketplace confirms its own shipments). Empty: no order is
   * cancelled for want of a shipment confirmation.
   */
  @Value.Default
  public Set<FulfilmentChannel> autoCancelChannels() {
    return EnumSet.of(FulfilmentChannel.SELLER);
  }

  /** Returns how many days the seller has to answer a buyer's cancellation request (R10); 2 by default. */
  @Value.Default
  public int requestResponseDays() {
    return 2;
  }

  /**
   * Returns whether the buyer may escalate a request left unanswered past its window (R10); true by
   * default. When false the window still exists but only closes.
   */
  @Value.Default
  public boolean escalateUnansweredRequests() {
    return true;
  }

  /** Returns how many days a pending order is normally resolved within (R12); 7 by default. */
  @Value.Default
  public int pendingDays() {
    return 7;
  }

  /**
   * Returns whether a pending order still unresolved after {@link #pendingDays()} is cancelled
   * automatically (R12); true by default. When false the window only closes.
   */
  @Value.Default
  public boolean cancelPendingAfterWindow() {
    return true;
  }

  /** Returns how long after checkout the buyer may edit a seller-fulfilled order (R11); 5 minutes by default. */
  @Value.Default
  public Duration buyerEditWindow() {
    return Duration.ofMinutes(5);
  }

  /**
   * Returns the return window in days after the last confirmed shipment (R20); 30 by default. The
   * model knows ship instants, not deliveries, so the window counts from the last shipment.
   */
  @Value.Default
  public int returnDays() {
    return 30;
  }

  /** Returns the disbursement cycle in days from the seller's approval date (R30); 14 by default. */
  @Value.Default
  public int disbursementCycleDays() {
    return 14;
  }

  /** Returns how many business days a disbursement takes to reach the bank (R30); 5 by default. */
  @Value.Default
  public int bankDelayBusinessDays() {
    return 5;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (name().isBlank()) {
      throw new InvalidPolicyException("name", name(), "must not be blank");
    }
    Limits.checkText("name", name(), Limits.MAX_POLICY_NAME_LENGTH, Limits.TextKind.SINGLE_LINE, REFUSE);
    if (confirmRule() != Rule.R8 && confirmRule() != Rule.R9) {
      throw new InvalidPolicyException("confirmRule", confirmRule(), "must be " + Rule.R8 + " or " + Rule.R9
          + ", the rules of a shipment-confirmation deadline");
    }
    window("confirmWithinDays", confirmWithinDays());
    window("confirmWarningDays", confirmWarningDays());
    if (confirmWarningDays() > confirmWithinDays()) {
      throw new InvalidPolicyException("confirmWarningDays", confirmWarningDays(),
          "must not be longer than confirmWithinDays '" + confirmWithinDays() + "'");
    }
    window("requestResponseDays", requestResponseDays());
    window("pendingDays", pendingDays());
    if (buyerEditWindow().isNegative()) {
      throw new InvalidPolicyException("buyerEditWindow", buyerEditWindow(), "must not be negative");
    }
    if (buyerEditWindow().compareTo(Duration.ofDays(Limits.MAX_WINDOW_DAYS)) > 0) {
      throw new InvalidPolicyException("buyerEditWindow", buyerEditWindow(), "must be at most "
          + Limits.MAX_WINDOW_DAYS + " days");
    }
    window("returnDays", returnDays());
    if (disbursementCycleDays() < 1) {
      throw new InvalidPolicyException("disbursementCycleDays", disbursementCycleDays(), "must be at least 1");
    }
    window("disbursementCycleDays", disbursementCycleDays());
    window("bankDelayBusinessDays", bankDelayBusinessDays());
  }

  /** A number of days: not negative, at most {@link Limits#MAX_WINDOW_DAYS}. */
  private static void window(String field, int value) {
    if (value < 0) {
      throw new InvalidPolicyException(field, value, "must not be negative");
    }
    if (value > Limits.MAX_WINDOW_DAYS) {
      throw new InvalidPolicyException(field, value, "must be at most " + Limits.MAX_WINDOW_DAYS + " days");
    }
  }

  /**
   * Builds a {@link DeadlinePolicy}; {@code name} and {@code zone} are required.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableDeadlinePolicy.Builder {
    Builder() {}
  }
}
