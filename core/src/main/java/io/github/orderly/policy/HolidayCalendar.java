package io.github.orderly.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;

/**
 * Which dates of a marketplace are holidays, for counting business days (R8, R30).
 *
 * <p>Saturdays and Sundays are never business days; a calendar adds the holidays on top. Orderly ships
 * no holiday data: {@link #weekendsOnly()} has none, and {@link #of(Collection)} holds the dates a host
 * supplies. A host may also implement this interface over its own data; an implementation must be
 * immutable and give the same answer for the same date every time.
 *
 * <p>Thread-safe, as every implementation Orderly provides is immutable.
 */
public interface HolidayCalendar {
  /**
   * Returns whether the date is a holiday of this calendar (weekends aside).
   *
   * @param date the date in the marketplace's zone
   * @return true if the date is a holiday
   */
  boolean isHoliday(LocalDate date);

  /**
   * Returns whether the date is a business day: neither a Saturday, a Sunday nor a holiday.
   *
   * @param date the date in the marketplace's zone
   * @return true if the date is a business day
   */
  default boolean isBusinessDay(LocalDate date) {
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
  }

  /** Returns the calendar without holidays: only weekends are not business days. */
  static HolidayCalendar weekendsOnly() {
    return FixedHolidayCalendar.NONE;
  }

  /**
   * Returns a calendar whose holidays are exactly the given dates.
   *
   * @param holidays the holidays, at most {@value io.github.orderly.Limits#MAX_HOLIDAYS} dates (so that
   *     no run of closed days reaches the ten years business-day arithmetic gives up after), each in the
   *     years 1970 to 9999; copied
   * @return the calendar; two calendars of equal dates are equal
   * @throws InvalidPolicyException if there are more dates, or a date is out of range
   */
  static HolidayCalendar of(Collection<LocalDate> holidays) {
    return FixedHolidayCalendar.of(holidays);
  }
}
