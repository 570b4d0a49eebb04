package io.github.orderly.csv;

import java.time.Instant;
import java.time.LocalDate;
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
 * instant's text is kept and not formatted again; the date part ({@code 2026-03-01T}) is kept too and
 * written again only when the local day changes. The local date is computed from the epoch day with
 * integer arithmetic (days to civil date), so that formatting an instant makes no object. Not
 * thread-safe.
 */
final class InstantFormat {
  /** The epoch days of 0000-01-01 and 9999-12-31: the range written without a formatter. */
  private static final long FIRST_DAY = LocalDate.of(0, 1, 1).toEpochDay();
  private static final long LAST_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
  /** Marks that the text holds no date part to reuse. */
  private static final long NO_DAY = Long.MIN_VALUE;
  private static final int SECONDS_PER_DAY = 86_400;

  private final ZoneRules rules;
  private final Chars text = new Chars();
  private Instant last;
  /** The local epoch day whose date part {@code text} holds in its first 11 chars, or {@link #NO_DAY}. */
  private long day = NO_DAY;

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
    long local = instant.getEpochSecond() + offset.getTotalSeconds();
    long localDay = Math.floorDiv(local, SECONDS_PER_DAY);
    if (localDay < FIRST_DAY || localDay > LAST_DAY) {
      day = NO_DAY;
      LocalDateTime t = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), instant.getNano(), offset);
      String text = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.of(t, offset));
      text.getChars(0, text.length(), c, 0);
      return text.length();
    }
    if (localDay != day) {
      date(localDay, c);
      day = localDay;
    }
    int secondOfDay = Math.floorMod(local, SECONDS_PER_DAY);
    Chars.twoDigits(c, 11, secondOfDay / 3600);
    c[13] = ':';
    Chars.twoDigits(c, 14, secondOfDay / 60 % 60);
    c[16] = ':';
    Chars.twoDigits(c, 17, secondOfDay % 60);
    int n = 19;
    int nano = instant.getNano();
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
    Chars.twoDigits(c, n, abs / 3600);
    c[n + 2] = ':';
    Chars.twoDigits(c, n + 3, abs / 60 % 60);
    n += 5;
    int seconds = abs % 60;
    if (seconds != 0) {
      c[n] = ':';
      Chars.twoDigits(c, n + 1, seconds);
      n += 3;
    }
    return n;
  }

  /**
   * Writes {@code yyyy-MM-ddT} of an epoch day of the years 0 to 9999 into {@code c[0, 11)}: the
   * proleptic Gregorian calendar's days-to-civil conversion in 400-year eras of 146,097 days, years
   * starting on 1 March so that the leap day is the last of a year.
   */
  private static void date(long epochDay, char[] c) {
    long z = epochDay + 719_468;
    long era = Math.floorDiv(z, 146_097);
    int dayOfEra = (int) (z - era * 146_097);
    int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shiftedMonth = (5 * dayOfYear + 2) / 153;
    int dayOfMonth = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1;
    int month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    int year = (int) (era * 400) + yearOfEra + (month <= 2 ? 1 : 0);
    Chars.twoDigits(c, 0, year / 100);
    Chars.twoDigits(c, 2, year % 100);
    c[4] = '-';
    Chars.twoDigits(c, 5, month);
    c[7] = '-';
    Chars.twoDigits(c, 8, dayOfMonth);
    c[10] = 'T';
  }

  private static void digits(char[] c, int at, int value, int width) {
    int v = value;
    for (int i = at + width - 1; i >= at; i--) {
      c[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }
}
