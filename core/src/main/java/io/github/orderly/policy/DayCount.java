package io.github.orderly.policy;

/**
 * How a window of days is counted in the policy's time zone.
 *
 * <p>Immutable and thread-safe.
 */
public enum DayCount {
  /**
   * Every day counts: "7 days after" an instant is the same wall-clock time 7 dates later, across a
   * daylight-saving change.
   */
  CALENDAR_DAYS,
  /**
   * Only business days count: weekends and the policy's holidays are skipped, and the deadline falls
   * at the same wall-clock time on the resulting business day (see {@link BusinessDays}).
   */
  BUSINESS_DAYS
}
