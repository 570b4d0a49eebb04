package io.github.orderly.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.testing.Property;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R26: partial, case-insensitive search means String.regionMatches(ignoreCase) at some offset. */
class TextSearchTest {
  /** Characters with case quirks: Kelvin sign, long s, dotless and dotted i, sharp s, Greek sigmas. */
  private static final String ALPHABET = "aAbBkKsSiI19-_@.\u212a\u017f\u0131\u0130\u00df\u00e9\u00c9\u03c3\u03c2\u03a3\ud83d\ude00";

  private static String text(RandomGenerator random, int max) {
    StringBuilder sb = new StringBuilder();
    for (int n = random.nextInt(max + 1); n > 0; n--) {
      sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return sb.toString();
  }

  @Test
  @DisplayName("R26: the fast search agrees with regionMatches(ignoreCase) on texts with case quirks")
  void agreesWithRegionMatches() {
    Property.named("TextSearch.in agrees with a regionMatches(ignoreCase) loop")
        .check(random -> new String[] {text(random, 12), "x" + text(random, 3)}, pair -> {
          String haystack = pair[0];
          String needle = pair[1].substring(1).isEmpty() ? pair[1] : pair[1].substring(1);
          assertThat(new TextSearch(needle).in(haystack))
              .as("'%s' in '%s'", needle, haystack)
              .isEqualTo(OrderQueryReferenceModelTest.containsIgnoringCase(haystack, needle));
        });
  }

  @Test
  @DisplayName("R26: id fragments match partially and in any case")
  void examples() {
    assertThat(new TextSearch("112-33").in("112-3345678-0000001")).isTrue();
    assertThat(new TextSearch("rma-0").in("RMA-012345678")).isTrue();
    assertThat(new TextSearch("1z9").in("1Z999")).isTrue();
    assertThat(new TextSearch("1z9").in("1Y999")).isFalse();
    assertThat(new TextSearch("long").in("lon")).isFalse();
  }
}
