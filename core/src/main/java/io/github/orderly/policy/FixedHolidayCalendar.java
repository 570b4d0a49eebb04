package io.github.orderly.policy;

import io.github.orderly.Limits;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** A holiday calendar over a fixed set of dates. */
final class FixedHolidayCalendar implements HolidayCalendar {
  static final FixedHolidayCalendar NONE = new FixedHolidayCalendar(Set.of());

  private final Set<LocalDate> holidays;

  private FixedHolidayCalendar(Set<LocalDate> holidays) {
    this.holidays = holidays;
  }

  static FixedHolidayCalendar of(Collection<LocalDate> holidays) {
    if (holidays.size() > Limits.MAX_HOLIDAYS) {
      throw new InvalidPolicyException("holidays", holidays, "must hold at most " + Limits.MAX_HOLIDAYS
          + " dates, not " + holidays.size());
    }
    Set<LocalDate> copy = Set.copyOf(holidays);
    for (LocalDate date : copy) {
      if (date.getYear() < 1970 || date.getYear() > 9999) {
        throw new InvalidPolicyException("holidays", date, "must lie in the years 1970 to 9999");
      }
    }
    return copy.isEmpty() ? NONE : new FixedHolidayCalendar(copy);
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return !holidays.isEmpty() && holidays.contains(date);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FixedHolidayCalendar && holidays.equals(((FixedHolidayCalendar) o).holidays);
  }

  @Override
  public int hashCode() {
    return holidays.hashCode();
  }

  @Override
  public String toString() {
    return holidays.isEmpty() ? "HolidayCalendar[weekends only]" : "HolidayCalendar" + new TreeSet<>(holidays);
  }
}
