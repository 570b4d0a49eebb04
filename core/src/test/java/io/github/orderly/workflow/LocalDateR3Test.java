package io.github.orderly.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The dates the refusals name (R3's "confirmed as shipped on", R20's "the return window closed on", R50's
 * report date) are the dates of the instant in the policy's zone, for fixed offsets and regions alike.
 */
class LocalDateR3Test {

  @Test
  @DisplayName("R3 R20 R50: a refusal's date is LocalDate.ofInstant's, around midnight and in every kind of zone")
  void datesAreTheInstantsDatesInTheZone() {
    ZoneId[] zones = {ZoneOffset.UTC, ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 45),
        ZoneOffset.ofHours(14), ZoneOffset.ofHours(-12), ZoneId.of("America/Los_Angeles"), ZoneId.of("Asia/Tokyo")};
    Instant[] instants = {Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-01T04:59:59Z"),
        Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-02-28T23:59:59.999Z"),
        Instant.parse("1970-01-01T00:00:00Z"), Instant.parse("9999-12-31T09:59:59Z"),
        Instant.parse("2026-11-01T09:30:00Z")};
    for (ZoneId zone : zones) {
      for (Instant instant : instants) {
        assertThat(Deciders.localDate(instant, zone)).as("%s in %s", instant, zone)
            .isEqualTo(LocalDate.ofInstant(instant, zone));
      }
    }
  }
}
