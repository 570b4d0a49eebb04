package io.github.orderly.policy;

import io.github.orderly.Limits;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Business-day arithmetic over a {@link HolidayCalendar}: weekends and the calendar's holidays are
 * skipped (R8, R30).
 *
 * <p>The start date itself is never counted: {@code plus(friday, 1, calendar)} is the next Monday when
 * it is not a holiday, and {@code plus(saturday, 1, calendar)} is also that Monday.
 *
 * <p>Stateless and thread-safe: it has static methods only.
 */
public final class BusinessDays {
  /** A calendar without a business day in this many consecutive days is refused. */
  private static final int MAX_CLOSED_RUN = 3660;

  private BusinessDays() {}

  /**
   * Returns the date that is {@code days} business days after {@code date}.
   *
   * @param date the start date, not counted
   * @param days how many business days to add, not negative; 0 returns {@code date}
   * @param calendar the holidays
   * @return the business day reached
   * @throws io.github.orderly.InvalidArgumentException if {@code days} is negative or above
   *     {@link Limits#MAX_WINDOW_DAYS}, or the calendar has no business day in ten years
   */
  public static LocalDate plus(LocalDate date, int days, HolidayCalendar calendar) {
    return step(date, days, calendar, 1);
  }

  /**
   * Returns the date that is {@code days} business days before {@code date}.
   *
   * @param date the start date, not counted
   * @param days how many business days to go back, not negative; 0 returns {@code date}
   * @param calendar the holidays
   * @return the business day reached
   * @throws io.github.orderly.InvalidArgumentException if {@code days} is negative or above
   *     {@link Limits#MAX_WINDOW_DAYS}, or the calendar has no business day in ten years
   */
  public static LocalDate minus(LocalDate date, int days, HolidayCalendar calendar) {
    return step(date, days, calendar, -1);
  }

  /**
   * Returns how many business days lie after {@code start} up to and including {@code end}; negative
   * when {@code end} is before {@code start}: {@code between(a, b) == -between(b, a)}.
   *
   * @param start the first date, not counted
   * @param end the last date, counted
   * @param calendar the holidays
   * @return the number of business days in {@code (start, end]}
   */
  public static long between(LocalDate start, LocalDate end, HolidayCalendar calendar) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(calendar, "calendar");
    if (end.isBefore(start)) {
      return -between(end, start, calendar);
    }
    long count = 0;
    for (LocalDate d = start.plusDays(1); !d.isAfter(end); d = d.plusDays(1)) {
      if (calendar.isBusinessDay(d)) {
        count++;
      }
    }
    return count;
  }

  private static LocalDate step(LocalDate date, int days, HolidayCalendar calendar, int direction) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(calendar, "calendar");
    if (days < 0) {
      throw new io.github.orderly.InvalidArgumentException("days", days, "must not be negative");
    }
    if (days > Limits.MAX_WINDOW_DAYS) {
      throw new io.github.orderly.InvalidArgumentException("days", days,
          "must be at most " + Limits.MAX_WINDOW_DAYS + ", the longest window of a policy");
    }
    LocalDate d = date;
    int left = days;
    int closed = 0;
    while (left > 0) {
      d = d.plusDays(direction);
      if (calendar.isBusinessDay(d)) {
        left--;
        closed = 0;
      } else if (++closed > MAX_CLOSED_RUN) {
        throw new io.github.orderly.InvalidArgumentException("calendar", calendar, "has no business day in the "
            + MAX_CLOSED_RUN + " days " + (direction > 0 ? "after " : "before ") + d.minusDays(direction * (long) closed));
      }
    }
    return d;
  }
}
