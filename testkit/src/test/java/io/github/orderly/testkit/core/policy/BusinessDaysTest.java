package io.github.orderly.testkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.policy.BusinessDays;
import io.github.orderly.policy.HolidayCalendar;
import io.github.orderly.testkit.Property;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R8 R30: business days skip weekends and the calendar's holidays")
class BusinessDaysTest {
  /** One case: a start date, a count and a set of holidays near the start. */
  record Case(LocalDate start, int days, Set<LocalDate> holidays, LocalDate other) {}

  private static Case randomCase(java.util.random.RandomGenerator random) {
    LocalDate start = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(3 * 366));
    Set<LocalDate> holidays = new HashSet<>();
    for (int n = random.nextInt(12); n > 0; n--) {
      holidays.add(start.plusDays(random.nextInt(-30, 90)));
    }
    return new Case(start, random.nextInt(40), holidays, start.plusDays(random.nextInt(-60, 60)));
  }

  /** The reference: is the date a business day, decided from the weekday and the set alone. */
  private static boolean open(LocalDate d, Set<LocalDate> holidays) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
  }

  @Test
  @DisplayName("R8 R30: plus, minus and between agree with a day-by-day count across weekends and holidays")
  void agreesWithDayByDayReference() {
    Property.named("business-day arithmetic agrees with a day-by-day reference").check(BusinessDaysTest::randomCase, c -> {
      HolidayCalendar calendar = HolidayCalendar.of(c.holidays());
      LocalDate expected = c.start();
      for (int left = c.days(); left > 0; ) {
        expected = expected.plusDays(1);
        if (open(expected, c.holidays())) {
          left--;
        }
      }
      assertThat(BusinessDays.plus(c.start(), c.days(), calendar)).isEqualTo(expected);

      LocalDate back = c.start();
      for (int left = c.days(); left > 0; ) {
        back = back.minusDays(1);
        if (open(back, c.holidays())) {
          left--;
        }
      }
      assertThat(BusinessDays.minus(c.start(), c.days(), calendar)).isEqualTo(back);

      long count = 0;
      LocalDate lo = c.start().isBefore(c.other()) ? c.start() : c.other();
      LocalDate hi = c.start().isBefore(c.other()) ? c.other() : c.start();
      for (LocalDate d = lo.plusDays(1); !d.isAfter(hi); d = d.plusDays(1)) {
        if (open(d, c.holidays())) {
          count++;
        }
      }
      long signed = c.start().isAfter(c.other()) ? -count : count;
      assertThat(BusinessDays.between(c.start(), c.other(), calendar)).isEqualTo(signed);
      assertThat(BusinessDays.between(c.start(), expected, calendar)).isEqualTo(c.days());
    });
  }

  @Test
  @DisplayName("R8: Friday plus one business day is Monday; Saturday plus one is Monday too; zero days is the date itself")
  void weekendExamples() {
    HolidayCalendar none = HolidayCalendar.weekendsOnly();
    LocalDate friday = LocalDate.of(2026, 1, 9);
    assertThat(BusinessDays.plus(friday, 1, none)).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(BusinessDays.plus(friday.plusDays(1), 1, none)).isEqualTo(LocalDate.of(2026, 1, 12));
    assertThat(BusinessDays.plus(friday.plusDays(1), 0, none)).isEqualTo(friday.plusDays(1));
    assertThat(BusinessDays.minus(LocalDate.of(2026, 1, 12), 1, none)).isEqualTo(friday);
    assertThat(none.isBusinessDay(friday)).isTrue();
    assertThat(HolidayCalendar.of(List.of(friday)).isBusinessDay(friday)).isFalse();
  }

  @Test
  @DisplayName("R30: a negative count and a calendar without business days are refused with clear messages")
  void refusals() {
    assertThatThrownBy(() -> BusinessDays.plus(LocalDate.of(2026, 1, 1), -1, HolidayCalendar.weekendsOnly()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("days = '-1': must not be negative");
    HolidayCalendar closed = date -> true;
    assertThatThrownBy(() -> BusinessDays.plus(LocalDate.of(2026, 1, 1), 1, closed))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no business day in the 3660 days after 2026-01-01");
  }

  @Test
  @DisplayName("R30: holiday calendars are equal by their dates")
  void calendarEquality() {
    LocalDate d = LocalDate.of(2026, 12, 25);
    assertThat(HolidayCalendar.of(List.of(d))).isEqualTo(HolidayCalendar.of(Set.of(d)));
    assertThat(HolidayCalendar.of(List.of())).isEqualTo(HolidayCalendar.weekendsOnly());
    assertThat(HolidayCalendar.of(List.of(d)).toString()).isEqualTo("HolidayCalendar[2026-12-25]");
  }
}
