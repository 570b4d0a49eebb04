package io.github.orderly.policy;

import io.github.orderly.Rule;
import io.github.orderly.order.FulfilmentChannel;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * The presets of the marketplaces whose help pages the rules come from (R46). Each is an ordinary {@link DeadlinePolicy}: read its
 * fields, or change one with {@code DeadlinePolicy.builder().from(preset)...build()}.
 *
 * <p>The numbers and their sources are tabled in {@code docs/deadlines.md}.
 *
 * <p>Stateless and thread-safe: it has static methods only.
 */
public final class DeadlinePolicies {
  private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

  private static final DeadlinePolicy SELLER_CENTRAL_US_SEED = DeadlinePolicy.builder()
      .name("Seller Central US (seed: 30 days after the order date)")
      .zone(PACIFIC)
      .confirmRule(Rule.R8)
      .confirmWithinDays(30)
      .confirmCountsFrom(DeadlineAnchor.ORDER_DATE)
      .confirmDayCount(DayCount.CALENDAR_DAYS)
      .confirmWarningDays(0)
      .build();

  private static final DeadlinePolicy SELLER_CENTRAL_US = DeadlinePolicy.builder()
      .from(SELLER_CENTRAL_US_SEED)
      .name("Seller Central US (7 business days after the ship-by date)")
      .confirmWithinDays(7)
      .confirmCountsFrom(DeadlineAnchor.SHIP_BY_DATE)
      .confirmDayCount(DayCount.BUSINESS_DAYS)
      .build();

  private static final DeadlinePolicy SELLER_CENTRAL_JAPAN = DeadlinePolicy.builder()
      .from(SELLER_CENTRAL_US_SEED)
      .name("Seller Central Japan (7 days after the ship date)")
      .zone(ZoneId.of("Asia/Tokyo"))
      .confirmRule(Rule.R9)
      .confirmWithinDays(7)
      .confirmCountsFrom(DeadlineAnchor.SHIP_BY_DATE)
      .confirmDayCount(DayCount.CALENDAR_DAYS)
      .confirmWarningDays(7)
      .build();

  private static final DeadlinePolicy BUY_WITH_PRIME = DeadlinePolicy.builder()
      .from(SELLER_CENTRAL_US_SEED)
      .name("Buy with Prime (fulfilled by the marketplace; requests go to the merchant)")
      .autoCancelChannels(Set.<FulfilmentChannel>of())
      .escalateUnansweredRequests(false)
      .build();

  private static final DeadlinePolicy DEFAULTS = DeadlinePolicy.builder()
      .name("Orderly defaults (UTC)")
      .zone(ZoneOffset.UTC)
      .build();

  private DeadlinePolicies() {}

  /**
   * Returns a policy with every field at its default (the seed's Seller Central US numbers) in UTC: the
   * policy of {@code WorkflowContext.of(instant, role)}.
   */
  public static DeadlinePolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns Seller Central US as the seed states it (R8): shipment not confirmed within 30 calendar
   * days of the order date cancels a seller-fulfilled order, without warning; Pacific time.
   */
  public static DeadlinePolicy sellerCentralUsSeed() {
    return SELLER_CENTRAL_US_SEED;
  }

  /**
   * Returns Seller Central US as the marketplace applies it since 30 September 2020 (R8, Decision):
   * an unshipped seller-fulfilled order is cancelled 7 business days after its ship-by date; Pacific
   * time, no holidays (supply them with {@code builder().from(..).holidays(..)}).
   */
  public static DeadlinePolicy sellerCentralUs() {
    return SELLER_CENTRAL_US;
  }

  /**
   * Returns Seller Central Japan (R9): shipment must be confirmed within 7 days of the ship date (the
   * order's promised ship-by date); the warning "Confirm as shipped by [date] to avoid cancellation"
   * opens 7 days before that cutoff, that is on the ship date; Asia/Tokyo.
   */
  public static DeadlinePolicy sellerCentralJapan() {
    return SELLER_CENTRAL_JAPAN;
  }

  /**
   * Returns Buy with Prime: the marketplace fulfils these orders, so no order is cancelled for want
   * of a seller's shipment confirmation; buyers ask the merchant directly to cancel, so an unanswered
   * request only closes its 2-day window and is not escalated to the marketplace. The pending window
   * (7 days, cancelled after), edit window, return window and disbursement numbers are those of
   * Seller Central US; Pacific time.
   */
  public static DeadlinePolicy buyWithPrime() {
    return BUY_WITH_PRIME;
  }

  /** Returns every preset, in the order of this class. */
  public static List<DeadlinePolicy> all() {
    return List.of(SELLER_CENTRAL_US_SEED, SELLER_CENTRAL_US, SELLER_CENTRAL_JAPAN, BUY_WITH_PRIME);
  }
}
