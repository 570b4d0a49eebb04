package io.github.orderly.postgres.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * How the store keeps an {@link Instant}: a {@code timestamptz}, which holds microseconds, and beside it
 * the nanoseconds past the microsecond (0 to 999) in a {@code smallint}, so that the pair compares exactly
 * as the instant does. Instants are bound as ISO-8601 text, which PostgreSQL reads for the years 1 to
 * 9999: the store keeps instants of those years only.
 */
public final class StoredInstants {
  /** The earliest instant the store keeps. */
  public static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
  /** The latest instant the store keeps. */
  public static final Instant MAX = Instant.parse("9999-12-31T23:59:59.999999999Z");

  private StoredInstants() {}

  /** Returns whether the store can keep the instant. */
  public static boolean storable(Instant instant) {
    return !instant.isBefore(MIN) && !instant.isAfter(MAX);
  }

  /** Returns the instant rounded down to the microsecond, as ISO-8601 text for a timestamptz. */
  public static String micros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).toString();
  }

  /** Returns the nanoseconds past the microsecond, 0 to 999. */
  public static short nanos(Instant instant) {
    return (short) (instant.getNano() % 1000);
  }

  /** Returns the instant within the storable years: MIN below them, MAX above. */
  public static Instant clamp(Instant instant) {
    return instant.isBefore(MIN) ? MIN : instant.isAfter(MAX) ? MAX : instant;
  }
}
