package io.github.orderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits.TextKind;
import io.github.orderly.order.InvalidOrderException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The reusable checks of {@link Limits} and the shortened quotes of {@link InvalidValueException}. */
class LimitsTest {
  private static final Limits.Refusal REFUSE = InvalidOrderException::new;

  private static String single(String value, int max) {
    return Limits.checkText("f", value, max, TextKind.SINGLE_LINE, REFUSE);
  }

  private static String multi(String value, int max) {
    return Limits.checkText("f", value, max, TextKind.MULTI_LINE, REFUSE);
  }

  @Test
  @DisplayName("single-line text refuses control characters, line breaks, tabs and line separators, naming the code point")
  void singleLineTextRefusesEveryControlCharacter() {
    String emoji = "Zoë O'Brien, Jr. 👨\u200D👩\u200D👧 \u202Eabc";
    assertThat(single(emoji, 100)).as("format characters such as ZWJ are text").isEqualTo(emoji);
    assertThatThrownBy(() -> single("a\u0000b@x\r\nBcc: y", 100))
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("f = 'a\u0000b@x\r\nBcc: y': must not contain the control character U+0000 (at index 1)");
    assertThatThrownBy(() -> single("ab@x\r\nBcc: y", 100))
        .hasMessage("f = 'ab@x\r\nBcc: y': must not contain the line break or tab U+000D (at index 4); it is a single line");
    assertThatThrownBy(() -> single("a\tb", 100))
        .hasMessage("f = 'a\tb': must not contain the line break or tab U+0009 (at index 1); it is a single line");
    assertThatThrownBy(() -> single("a\u2028b", 100))
        .hasMessage("f = 'a\u2028b': must not contain the line break U+2028 (at index 1); it is a single line");
    assertThatThrownBy(() -> single("a\u0085b", 100))
        .hasMessage("f = 'a\u0085b': must not contain the control character U+0085 (at index 1)");
    assertThatThrownBy(() -> single("a\u007Fb", 100))
        .hasMessage("f = 'a\u007Fb': must not contain the control character U+007F (at index 1)");
  }

  @Test
  @DisplayName("multi-line text allows line breaks and tabs but no other control character")
  void multiLineTextAllowsLineBreaksOnly() {
    assertThat(multi("Engrave:\r\nFür Oma\t♥\u2028x", 100)).isEqualTo("Engrave:\r\nFür Oma\t♥\u2028x");
    assertThatThrownBy(() -> multi("Engrave:\u0007bell", 100))
        .hasMessage("f = 'Engrave:\u0007bell': must not contain the control character U+0007 (at index 8)");
  }

  @Test
  @DisplayName("a lone surrogate is refused in every kind of text; a surrogate pair is one character")
  void loneSurrogatesAreRefused() {
    assertThat(single("rocket 🚀", 100)).isEqualTo("rocket 🚀");
    assertThatThrownBy(() -> single("ab\uD800c", 100))
        .hasMessage("f = 'ab\uD800c': must not contain the lone surrogate U+D800 (at index 2)");
    assertThatThrownBy(() -> multi("ab\uDC00", 100))
        .hasMessage("f = 'ab\uDC00': must not contain the lone surrogate U+DC00 (at index 2)");
    assertThatThrownBy(() -> multi("x\uD83D", 100))
        .hasMessage("f = 'x\uD83D': must not contain the lone surrogate U+D83D (at index 1)");
  }

  @Test
  @DisplayName("length is checked first, then blank and surrounding white space")
  void lengthBlankAndWhiteSpace() {
    assertThatThrownBy(() -> single(" ".repeat(101), 100))
        .hasMessageEndingWith("(101 characters): must be at most 100 characters");
    assertThatThrownBy(() -> single("  ", 100)).hasMessage("f = '  ': must not be blank");
    assertThatThrownBy(() -> single(" a", 100)).hasMessage("f = ' a': must not start or end with white space");
    assertThatThrownBy(() -> multi("a\n", 100)).hasMessage("f = 'a\n': must not start or end with white space");
  }

  @Test
  @DisplayName("a long value is quoted by its first 40 characters and its length")
  void longValuesAreShortened() {
    String title = "Lorem ipsum dolor sit amet, consectetur adipiscing elit ".repeat(2_000).strip();
    assertThatThrownBy(() -> single(title, 500))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("f = 'Lorem ipsum dolor sit amet, consectetur …' (" + title.length()
              + " characters): must be at most 500 characters");
          assertThat(e.value()).isEqualTo("Lorem ipsum dolor sit amet, consectetur …");
          assertThat(e.field()).isEqualTo("f");
          assertThat(e.problem()).isEqualTo("must be at most 500 characters");
        });
    String forty = "x".repeat(InvalidValueException.QUOTED_LENGTH);
    assertThat(new InvalidOrderException("f", forty, "p")).hasMessage("f = '" + forty + "': p");
    String pairAtTheCut = "x".repeat(39) + "😀" + "tail";
    assertThat(new InvalidOrderException("f", pairAtTheCut, "p"))
        .as("a surrogate pair is never cut in half").hasMessage("f = '" + "x".repeat(39) + "…' (45 characters): p");
  }

  @Test
  @DisplayName("a large collection is quoted by its first elements and its size, without rendering the rest")
  void largeCollectionsAreShortened() {
    List<String> streets = new ArrayList<>(Collections.nCopies(100_000, "1 Main St"));
    assertThat(new InvalidOrderException("address.streetLines", streets, "must hold one to 3 lines"))
        .hasMessage("address.streetLines = '[1 Main St, 1 Main St, 1 Main St, 1 Main …]' (100000 elements):"
            + " must hold one to 3 lines");
    assertThat(new InvalidOrderException("l", List.of("a", "b"), "p")).hasMessage("l = '[a, b]': p");
    assertThat(new InvalidOrderException("l", List.of(), "p")).hasMessage("l = '[]': p");
    assertThat(new InvalidOrderException("l", null, "p")).hasMessage("l = null: p");
  }

  @Test
  @DisplayName("instants lie in the years 1970 to 9999; not-before checks name both instants")
  void instantsInRangeAndInOrder() {
    assertThat(Limits.isInRange(Limits.EARLIEST_INSTANT)).isTrue();
    assertThat(Limits.isInRange(Limits.LATEST_INSTANT)).isTrue();
    assertThat(Limits.isInRange(Limits.EARLIEST_INSTANT.minusNanos(1))).isFalse();
    assertThat(Limits.isInRange(Limits.LATEST_INSTANT.plusNanos(1))).isFalse();
    assertThatThrownBy(() -> Limits.checkInstant("shippedAt", Instant.MAX, REFUSE))
        .hasMessage("shippedAt = '+1000000000-12-31T23:59:59.999999999Z': must lie in the years 1970 to 9999"
            + " (between 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z)");
    Instant purchased = Instant.parse("2026-03-01T09:30:00Z");
    assertThatThrownBy(() -> Limits.checkNotBefore("shippedAt", purchased.minusSeconds(1), "purchasedAt", purchased,
        REFUSE)).hasMessage("shippedAt = '2026-03-01T09:29:59Z': must not be before purchasedAt '2026-03-01T09:30:00Z'");
    assertThat(Limits.checkNotBefore("shippedAt", purchased, "purchasedAt", purchased, REFUSE)).isEqualTo(purchased);
  }

  @Test
  @DisplayName("counts over a limit name the limit and the count")
  void countsOverTheLimit() {
    Limits.checkCount("lines", List.of(), Limits.MAX_LINES, Limits.MAX_LINES, REFUSE);
    assertThatThrownBy(() -> Limits.checkCount("lines", List.of("a"), 1_001, Limits.MAX_LINES, REFUSE))
        .hasMessage("lines = '[a]': must hold at most 1000 entries, not 1001");
  }

  @Test
  @DisplayName("the limits keep every sum of units in an int and every deadline far inside java.time's range")
  void limitsAreConsistent() {
    assertThat((long) Limits.MAX_QUANTITY * Math.max(Limits.MAX_SHIPMENTS, Limits.MAX_RETURNS))
        .isLessThan(Integer.MAX_VALUE);
    assertThat(Limits.LATEST_INSTANT.plus(java.time.Duration.ofDays(2L * Limits.MAX_WINDOW_DAYS))
        .atZone(java.time.ZoneId.of("Pacific/Kiritimati")).toLocalDate().getYear()).isLessThan(10_030);
  }
}
