package io.github.orderly.csv;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;

/**
 * Formats instants as ISO-8601 with the offset of a zone, exactly as
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} does ({@code 2026-03-01T09:30:00+09:00},
 * {@code 2026-03-01T00:30:00Z}, fractions of a second only when not zero), into a reused text and
 * without a formatter for years 0 to 9999. The lines of one order share its instants, so the last
 * instant's text is kept and not formatted again. Not thread-safe.
 */
final class InstantFormat {
  private final ZoneRules rules;
  private final Chars text = new Chars();
  private Instant last;

  InstantFormat(ZoneId zone) {
    this.rules = zone.getRules();
  }

  /** Returns the instant's text, valid until the next call. */
  Chars format(Instant instant) {
    if (!instant.equals(last)) {
      text.length = write(instant, text.chars);
      last = instant;
    }
    return text;
  }

  private int write(Instant instant, char[] c) {
    ZoneOffset offset = rules.getOffset(instant);
    LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
    int year = t.getYear();
    if (year < 0 || year > 9999) {
      String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.of(t, offset));
      text.getChars(0, text.length(), c, 0);
      return text.length();
    }
    digits(c, 0, year, 4);
    c[4] = '-';
    digits(c, 5, t.getMonthValue(), 2);
    c[7] = '-';
    digits(c, 8, t.getDayOfMonth(), 2);
    c[10] = 'T';
    digits(c, 11, t.getHour(), 2);
    c[13] = ':';
    digits(c, 14, t.getMinute(), 2);
    c[16] = ':';
    digits(c, 17, t.getSecond(), 2);
    int n = 19;
    int nano = t.getNano();
    if (nano != 0) {
      c[n++] = '.';
      int digits = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        digits--;
      }
      digits(c, n, nano, digits);
      n += digits;
    }
    int total = offset.getTotalSeconds();
    if (total == 0) {
      c[n++] = 'Z';
      return n;
    }
    c[n++] = total < 0 ? '-' : '+';
    int abs = Math.abs(total);
    digits(c, n, abs / 3600, 2);
    c[n + 2] = ':';
    digits(c, n + 3, abs / 60 % 60, 2);
    n += 5;
    int seconds = abs % 60;
    if (seconds != 0) {
      c[n] = ':';
      digits(c, n + 1, seconds, 2);
      n += 3;
    }
    return n;
  }

  private static void digits(char[] c, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }
}
