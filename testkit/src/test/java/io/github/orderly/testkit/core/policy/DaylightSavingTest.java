package io.github.orderly.testkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.policy.BusinessDays;
import io.github.orderly.policy.DayCount;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.HolidayCalendar;
import io.github.orderly.testkit.Property;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R8 R9: deadlines keep the wall-clock time across daylight-saving changes")
class DaylightSavingTest {
  private static final List<ZoneId> ZONES = List.of(
      ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Tokyo"));

  record Case(ZoneId zone, Instant shipBy, int days, DayCount count) {}

  /** An anchor within a few days before (or inside) a 2026 transition of the zone, or anywhere for Tokyo. */
  private static Case randomCase(RandomGenerator random) {
    ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
    List<ZoneOffsetTransition> transitions = zone.getRules().getTransitions().stream()
        .filter(t -> t.getInstant().atZone(zone).getYear() == 2026).toList();
    Instant around = transitions.isEmpty()
        ? Instant.parse("2026-01-01T00:00:00Z").plusSeconds(random.nextLong(365L * 86_400))
        : transitions.get(random.nextInt(transitions.size())).getInstant();
    Instant shipBy = around.minusSeconds(random.nextLong(-2 * 3600, 40L * 86_400));
    // Sometimes land exactly in or next to the hour of the change.
    if (random.nextInt(4) == 0) {
      shipBy = around.minus(Duration.ofDays(random.nextInt(1, 12))).plusSeconds(random.nextLong(-7200, 7200));
    }
    return new Case(zone, shipBy, random.nextInt(1, 31), random.nextBoolean() ? DayCount.CALENDAR_DAYS : DayCount.BUSINESS_DAYS);
  }

  private static Instant cutoff(ZoneId zone, Instant shipBy, int days, DayCount count) {
    DeadlinePolicy policy = DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralJapan())
        .zone(zone).confirmWithinDays(days).confirmDayCount(count).confirmWarningDays(0).build();
    Order order = TestOrders.unshipped("999-0000000-0000001", shipBy.minus(Duration.ofDays(1))).shipBy(shipBy).build();
    return Deadlines.of(order, policy).get(0).dueAt();
  }

  @Test
  @DisplayName("R8 R9: N days after an instant is the same wall-clock time N dates later in New York, Berlin and Tokyo")
  void sameWallClockAcrossTransitions() {
    Property.named("a deadline keeps the anchor's wall-clock time, N calendar or business days later")
        .check(DaylightSavingTest::randomCase, c -> {
          ZonedDateTime anchor = c.shipBy().atZone(c.zone());
          LocalDate date = c.count() == DayCount.CALENDAR_DAYS
              ? anchor.toLocalDate().plusDays(c.days())
              : BusinessDays.plus(anchor.toLocalDate(), c.days(), HolidayCalendar.weekendsOnly());
          LocalDateTime wanted = LocalDateTime.of(date, anchor.toLocalTime());
          ZonedDateTime due = cutoff(c.zone(), c.shipBy(), c.days(), c.count()).atZone(c.zone());
          ZoneOffsetTransition gap = c.zone().getRules().getTransition(wanted);
          if (gap != null && gap.isGap()) {
            // The wall-clock time does not exist that day: it moves forward by the gap.
            assertThat(due.toLocalDateTime()).isEqualTo(wanted.plus(gap.getDuration()));
          } else {
            assertThat(due.toLocalDateTime()).isEqualTo(wanted);
            if (gap != null && c.zone().getRules().isValidOffset(wanted, anchor.getOffset())) {
              // In a repeated hour the anchor's own offset is kept.
              assertThat(due.getOffset()).isEqualTo(anchor.getOffset());
            }
          }
          if (c.zone().equals(ZoneId.of("Asia/Tokyo")) && c.count() == DayCount.CALENDAR_DAYS) {
            assertThat(Duration.between(c.shipBy(), due.toInstant())).isEqualTo(Duration.ofDays(c.days()));
          }
        });
  }

  @Test
  @DisplayName("R9: 7 days across the spring change in New York is 7 days less an hour; across Berlin's autumn change, plus an hour")
  void examples() {
    ZoneId newYork = ZoneId.of("America/New_York");
    Instant before = LocalDateTime.parse("2026-03-05T10:00").atZone(newYork).toInstant();
    Instant due = cutoff(newYork, before, 7, DayCount.CALENDAR_DAYS);
    assertThat(due).isEqualTo(LocalDateTime.parse("2026-03-12T10:00").atZone(newYork).toInstant());
    assertThat(Duration.between(before, due)).isEqualTo(Duration.ofDays(7).minusHours(1));

    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant autumn = LocalDateTime.parse("2026-10-20T12:00").atZone(berlin).toInstant();
    Instant berlinDue = cutoff(berlin, autumn, 7, DayCount.CALENDAR_DAYS);
    assertThat(Duration.between(autumn, berlinDue)).isEqualTo(Duration.ofDays(7).plusHours(1));

    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    Instant anyDay = LocalDateTime.parse("2026-03-05T10:00").atZone(tokyo).toInstant();
    assertThat(Duration.between(anyDay, cutoff(tokyo, anyDay, 7, DayCount.CALENDAR_DAYS))).isEqualTo(Duration.ofDays(7));
  }

  @Test
  @DisplayName("R8: a wall-clock time skipped by New York's spring change falls an hour later")
  void gapMovesForward() {
    ZoneId newYork = ZoneId.of("America/New_York");
    Instant anchor = LocalDateTime.parse("2026-03-01T02:30").atZone(newYork).toInstant();
    assertThat(cutoff(newYork, anchor, 7, DayCount.CALENDAR_DAYS).atZone(newYork).toLocalDateTime())
        .isEqualTo(LocalDateTime.parse("2026-03-08T03:30"));
  }

  @Test
  @DisplayName("R8 R9: N calendar days equal java.time's ZonedDateTime.plusDays in every zone, Lord Howe's half-hour change included")
  void calendarDaysAgreeWithZonedDateTime() {
    List<ZoneId> zones = List.of(ZoneId.of("America/New_York"), ZoneId.of("Europe/Berlin"), ZoneId.of("Asia/Tokyo"),
        ZoneId.of("Australia/Lord_Howe"), ZoneId.of("America/Santiago"), ZoneId.of("Pacific/Apia"));
    Property.named("calendar-day deadlines equal ZonedDateTime.plusDays").check(random -> new Case(
        zones.get(random.nextInt(zones.size())),
        Instant.parse("2010-01-01T00:00:00Z").plusSeconds(random.nextLong(20L * 365 * 86_400)),
        random.nextInt(1, 400), DayCount.CALENDAR_DAYS), c ->
        assertThat(cutoff(c.zone(), c.shipBy(), c.days(), c.count()))
            .isEqualTo(c.shipBy().atZone(c.zone()).plusDays(c.days()).toInstant()));
  }
}
