package io.github.orderly.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A policy whose zone is a fixed offset ({@link ZoneOffset}, such as the default policy's UTC) counts its
 * windows (R20's return window, R8's confirmation days) exactly as a region with that one offset does: the
 * offset is applied directly instead of asking the zone for its rules.
 */
class FixedOffsetZoneR20Test {
  private static final Instant[] ANCHORS = {
    Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-01T23:59:59Z"),
    Instant.parse("2026-03-08T09:30:00Z"), Instant.parse("2026-10-31T18:45:12.5Z"),
    Instant.parse("2026-12-31T23:00:00Z"), Instant.parse("1970-01-02T00:00:00Z")};

  private static DeadlinePolicy in(ZoneId zone) {
    return DeadlinePolicy.builder().name("Fixed " + zone).zone(zone).build();
  }

  @Test
  @DisplayName("R20 R8: calendar and business days in a fixed-offset zone end where a region with that offset ends them")
  void fixedOffsetCountsLikeItsRegion() {
    ZoneId[][] pairs = {
      {ZoneOffset.UTC, ZoneId.of("UTC")},
      {ZoneOffset.ofHours(-5), ZoneId.of("Etc/GMT+5")},
      {ZoneOffset.ofHoursMinutes(5, 30), ZoneId.of("Asia/Kolkata")},
      {ZoneOffset.ofHours(9), ZoneId.of("Asia/Tokyo")}};
    for (ZoneId[] pair : pairs) {
      DeadlinePolicy fixed = in(pair[0]);
      DeadlinePolicy region = in(pair[1]);
      for (Instant anchor : ANCHORS) {
        for (int days : new int[] {0, 1, 7, 30, 365}) {
          for (DayCount count : DayCount.values()) {
            assertThat(Deadlines.plus(anchor, days, count, fixed))
                .as("%s + %d %s in %s", anchor, days, count, pair[0])
                .isEqualTo(Deadlines.plus(anchor, days, count, region));
          }
        }
      }
    }
  }

  @Test
  @DisplayName("R20: the default policy (UTC) closes the return window its days later at the same instant of the day")
  void defaultPolicyIsUtc() {
    DeadlinePolicy defaults = DeadlinePolicies.defaults();
    assertThat(defaults.zone()).isEqualTo(ZoneOffset.UTC);
    Instant shipped = Instant.parse("2026-03-02T10:00:00Z");
    assertThat(Deadlines.plus(shipped, 30, DayCount.CALENDAR_DAYS, defaults))
        .isEqualTo(Instant.parse("2026-04-01T10:00:00Z"));
  }
}
