package io.github.orderly.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The instants of Orderly's JSON (R24: the order date and the other instants are kept exactly) read as
 * {@link DateTimeFormatter#ISO_INSTANT} reads them: the text in {@link Instant#toString}'s form is read
 * without the formatter, every other text by it, and both give the same instant or the same refusal.
 */
class InstantTextR24Test {
  private static final Instant EARLIEST = Limits.EARLIEST_INSTANT;
  private static final Instant LATEST = Limits.LATEST_INSTANT;

  @Test
  @DisplayName("R24: instants written with 0 to 9 fraction digits over the years 1970 to 9999 read back exactly, "
      + "as ISO_INSTANT reads them")
  void canonicalTextReadsAsTheFormatterReadsIt() {
    SplittableRandom random = new SplittableRandom(24);
    for (int i = 0; i < 20_000; i++) {
      Instant instant = Instant.ofEpochSecond(random.nextLong(EARLIEST.getEpochSecond(), LATEST.getEpochSecond()),
          random.nextInt(1_000_000_000));
      int digits = random.nextInt(10);
      String text = withFraction(instant, digits);
      assertSameAsFormatter(text);
      assertSameAsFormatter(instant.toString());
      assertThat(read(instant.toString())).isEqualTo(instant);
    }
  }

  @Test
  @DisplayName("R24: texts near the canonical form (impossible dates and times, leap seconds, other case, "
      + "offsets, too many digits, other digits) read or are refused exactly as ISO_INSTANT decides")
  void otherTextsAreLeftToTheFormatter() {
    List<String> texts = new ArrayList<>(List.of(
        "2024-02-29T23:59:59Z", "2023-02-29T00:00:00Z", "2026-02-28T00:00:00Z", "2026-04-31T00:00:00Z",
        "2026-12-31T23:59:59.999999999Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-03-00T00:00:00Z",
        "2026-03-01T24:00:00Z", "2026-03-01T23:59:60Z", "2026-06-30T23:59:60Z", "2026-03-01T09:60:00Z",
        "2026-03-01T09:30:61Z", "2026-03-01t09:30:00z", "2026-03-01T09:30:00z", "2026-03-01T09:30:00.Z",
        "2026-03-01T09:30:00.1234567890Z", "+2026-03-01T09:30:00Z", "2026-03-01T09:30:00+01:00",
        "2026-03-01T09:30:00.5+00:00", "2026-03-01T09:30Z", "2026-03-01 09:30:00Z", "2026-03-01T09:30:00,5Z",
        "\uFF12\uFF10\uFF12\uFF16-03-01T09:30:00Z", "2026-03-01T09:30:0\u0661Z", "2026-3-01T09:30:00Z",
        "1969-12-31T23:59:59.999999999Z", "1970-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
        "0000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "2026-03-01T09:30:00.-1Z", "2026-03-01T09:30:00.+1Z",
        "2026-03-01T09:30:00.000000000Z", "2026-03-01T09:30:00.100Z", "2026-03-01T-9:30:00Z", ""));
    for (String text : texts) {
      assertSameAsFormatter(text);
    }
  }

  /** The text as {@link Instant#toString} would write it, but with exactly {@code digits} fraction digits. */
  private static String withFraction(Instant instant, int digits) {
    Instant truncated = Instant.ofEpochSecond(instant.getEpochSecond());
    String whole = truncated.toString();
    if (digits == 0) {
      return whole;
    }
    String nanos = String.format(Locale.ROOT, "%09d", instant.getNano()).substring(0, digits);
    return whole.substring(0, whole.length() - 1) + "." + nanos + "Z";
  }

  private static void assertSameAsFormatter(String text) {
    Instant expected;
    try {
      expected = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> read(text)).as(text).isInstanceOf(JsonInputException.class)
          .hasMessageContaining("is not an ISO-8601 instant such as 2026-03-01T09:30:00Z");
      return;
    }
    if (expected.isBefore(EARLIEST) || expected.isAfter(LATEST)) {
      assertThatThrownBy(() -> read(text)).as(text).isInstanceOf(JsonInputException.class)
          .hasMessageContaining("is not in the years 1970 to 9999");
    } else {
      assertThat(read(text)).as(text).isEqualTo(expected);
    }
  }

  private static Instant read(String text) {
    return OrderlyJson.read("\"" + text + "\"", Instant.class);
  }
}
