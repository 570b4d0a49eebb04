package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.postgres.internal.SearchText;
import io.github.orderly.testkit.Property;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The store's case folding agrees with the in-memory search, which is {@link String#regionMatches(boolean,
 * int, String, int, int)} with {@code ignoreCase} true, on the characters where case is hard.
 */
@DisplayName("R26: folded text contains the folded search exactly when the text contains the search ignoring case")
class SearchFoldR26Test {
  /** Letters whose cases do not map one to one, or lie beyond the BMP, and their partners. */
  private static final String[] ALPHABET = {
    "a", "A", "k", "K", "\u212A", "s", "S", "ſ", "ß", "ẞ", "i", "I", "İ", "ı", "σ", "ς", "Σ", "µ", "μ", "Μ", "Å",
    "å", "\u212B", "ǅ", "Ǆ", "ǆ", "ﬀ", "ÿ", "Ÿ", "𐐀", "𐐨", "𐒰", "𐓘", "𞤀", "𞤢", "😀", "1", "-", "%", "_", "\\",
    "ＡＢ", "ａｂ", "\uFFFD", "ɐ", "Ɐ",
  };

  private static String text(RandomGenerator random, int most) {
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(most + 1); n > 0; n--) {
      sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  private static boolean containsIgnoringCase(String haystack, String needle) {
    for (int i = 0; i + needle.length() <= haystack.length(); i++) {
      if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  @Test
  @DisplayName("R26: fold(text).contains(fold(search)) iff text contains search ignoring case, over hard letters")
  void foldingAgreesWithRegionMatches() {
    Property.named("fold(text) contains fold(search) iff some region of text matches search ignoring case")
        .withTries(Property.configuredTries(1000) * 5)
        .check(random -> new String[] {text(random, 6), text(random, 3)}, pair -> {
          String haystack = pair[0];
          String needle = pair[1];
          assertThat(SearchText.fold(haystack)).hasSameSizeAs(haystack);
          assertThat(SearchText.fold(haystack).contains(SearchText.fold(needle)))
              .as("'%s' in '%s'", needle, haystack)
              .isEqualTo(containsIgnoringCase(haystack, needle));
        });
  }

  @Test
  @DisplayName("R26: every code point folds to one of the same UTF-16 length, and case partners fold alike")
  void everyCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
        continue;
      }
      int folded = SearchText.fold(cp);
      assertThat(Character.charCount(folded)).isEqualTo(Character.charCount(cp));
      String s = new String(Character.toChars(cp));
      for (int partner : new int[] {Character.toUpperCase(cp), Character.toLowerCase(cp), Character.toTitleCase(cp)}) {
        String t = new String(Character.toChars(partner));
        boolean same = s.length() == t.length() && s.regionMatches(true, 0, t, 0, s.length());
        if (same != (folded == SearchText.fold(partner))) {
          throw new AssertionError(String.format("U+%04X and U+%04X: regionMatches %s, folds %s", cp, partner, same,
              !same));
        }
      }
    }
  }

  @Test
  @DisplayName("R26: the LIKE pattern escapes %, _ and the backslash, and nothing else")
  void likePatternEscapes() {
    assertThat(SearchText.likePattern("a%b_c\\d'e;--")).isEqualTo("%a\\%b\\_c\\\\d'e;--%");
    assertThat(SearchText.likePattern("ＡＢ-K")).isEqualTo("%ａｂ-k%");
  }
}
