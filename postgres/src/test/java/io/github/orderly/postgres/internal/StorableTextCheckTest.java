package io.github.orderly.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The projection's quick look for text PostgreSQL cannot keep (a NUL, an unpaired surrogate, raw or escaped)
 * is one pass over the body's JSON, and says exactly what the four passes it replaced said.
 */
class StorableTextCheckTest {
  private static final char[] ALPHABET = {'\\', 'u', '0', 'D', 'd', '"', 'a', '\u00E9', '\u30A2', '\u0000',
    '\uD83D', '\uDE00', '\uDC00', '1', 'F'};

  /** The check as it was: a scan for raw characters, then a search for each escape. */
  private static boolean fourPasses(String json) {
    return StorableText.firstUnstorable(json) >= 0 || json.contains("\\u0000") || json.contains("\\uD")
        || json.contains("\\ud");
  }

  @Test
  @DisplayName("Unstorable text (NUL, unpaired surrogates, their escapes) is suspected in one pass exactly "
      + "when the four separate passes suspected it")
  void onePassAgreesWithTheFourPasses() {
    SplittableRandom random = new SplittableRandom(45);
    int suspected = 0;
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(12); n > 0; n--) {
        text.append(ALPHABET[random.nextInt(ALPHABET.length)]);
      }
      String json = text.toString();
      boolean expected = fourPasses(json);
      assertThat(StorableText.mayHoldUnstorableJson(json)).as("%s", StorableText.printable(json)).isEqualTo(expected);
      suspected += expected ? 1 : 0;
    }
    assertThat(suspected).as("texts suspected").isBetween(20_000, 180_000);
    for (String json : new String[] {"", "\\", "\\u", "\\u000", "\\u0000", "\\uD", "\\ud", "\\uE000", "\\\\u0000",
      "{\"a\":\"Zo\u00EB \uD83D\uDE00\"}", "\uD83D", "\uDE00", "\uDE00\uD83D", "x\u0000"}) {
      assertThat(StorableText.mayHoldUnstorableJson(json)).as(StorableText.printable(json)).isEqualTo(fourPasses(json));
    }
  }
}
