package io.github.orderly.csv;

import java.math.BigDecimal;

/**
 * A reusable text of a few dozen chars, into which numbers and instants are formatted without making
 * a {@code String} per field, and which the writer copies like any other value. Not thread-safe.
 */
final class Chars implements CharSequence {
  final char[] chars = new char[64];
  int length;

  @Override
  public int length() {
    return length;
  }

  @Override
  public char charAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException(index);
    }
    return chars[index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** The longest text {@link #write(long, char[], int)} and {@link #write(BigDecimal, char[], int)} write. */
  static final int MAX_WRITTEN = 21;
  /** The tens digit of 0 to 99. */
  private static final char[] TENS = new char[100];
  /** The ones digit of 0 to 99. */
  private static final char[] ONES = new char[100];

  static {
    for (int i = 0; i < 100; i++) {
      TENS[i] = (char) ('0' + i / 10);
      ONES[i] = (char) ('0' + i % 10);
    }
  }

  /** Sets the text to a whole number in ASCII digits. */
  Chars ofLong(long number) {
    if (number == Long.MIN_VALUE) {
      return ofText(Long.toString(number));
    }
    length = write(number, 0, digits(Math.abs(number)), chars, 0);
    return this;
  }

  /**
   * Returns a decimal in plain notation, exactly as {@link BigDecimal#toPlainString()} writes it
   * ({@code -12.50}, {@code 0.005}, {@code 1000}): this text when the number has at most 18 digits and
   * a scale of 0 to 18, which is every amount, else the {@code String} itself.
   */
  CharSequence ofDecimal(BigDecimal number) {
    int end = write(number, chars, 0);
    if (end < 0) {
      return number.toPlainString();
    }
    length = end;
    return this;
  }

  /**
   * Writes a whole number other than {@link Long#MIN_VALUE} in ASCII digits into {@code c} at {@code at},
   * which has room for {@link #MAX_WRITTEN} chars, and returns the index after it.
   */
  static int write(long number, char[] c, int at) {
    return write(number, 0, digits(Math.abs(number)), c, at);
  }

  /**
   * Writes a decimal in plain notation, exactly as {@link BigDecimal#toPlainString()} writes it, into
   * {@code c} at {@code at}, which has room for {@link #MAX_WRITTEN} chars, and returns the index after
   * it; or returns -1, having written nothing, unless the number has at most 18 digits and a scale of 0
   * to 18 (which is every amount).
   *
   * <p>The unscaled value is taken as {@code movePointRight(scale).longValue()}, not through
   * {@link BigDecimal#unscaledValue()}: the latter makes a {@code BigInteger} per amount, while the
   * former's intermediate decimal does not outlive the call and the JIT removes it (no allocation per
   * amount). The precision, cached in the decimal, is the number of digits.
   */
  static int write(BigDecimal number, char[] c, int at) {
    int scale = number.scale();
    if (scale >= 0 && scale <= 18) {
      int precision = number.precision();
      if (precision <= 18) {
        long unscaled = scale == 0 ? number.longValue() : number.movePointRight(scale).longValue();
        return write(unscaled, scale, precision, c, at);
      }
    }
    return -1;
  }

  private Chars ofText(String text) {
    text.getChars(0, text.length(), chars, 0);
    length = text.length();
    return this;
  }

  /** Returns the number of decimal digits of a number that is not negative. */
  private static int digits(long n) {
    int digits = 1;
    for (long t = n; t >= 10; t /= 10) {
      digits++;
    }
    return digits;
  }

  /**
   * Writes {@code unscaled} × 10^-{@code scale} in plain notation into {@code c} at {@code at}, in one
   * pass from the last digit, two digits at a time where it can, and returns the index after it:
   * {@code digits} is the number of digits of {@code |unscaled|} (1 for zero), at most 18, and the scale
   * is 0 to 18, so that the text is at most {@link #MAX_WRITTEN} chars.
   */
  private static int write(long unscaled, int scale, int digits, char[] c, int at) {
    int p = at;
    long n = unscaled;
    if (n < 0) {
      c[p++] = '-';
      n = -n;
    }
    int end = p + Math.max(digits, scale + 1) + (scale > 0 ? 1 : 0);
    int i = end - 1;
    int d = scale;
    for (; d >= 2; d -= 2) {
      long q = n / 100;
      int r = (int) (n - q * 100);
      c[i--] = ONES[r];
      c[i--] = TENS[r];
      n = q;
    }
    if (d == 1) {
      long q = n / 10;
      c[i--] = (char) ('0' + (int) (n - q * 10));
      n = q;
    }
    if (scale > 0) {
      c[i--] = '.';
    }
    while (n >= 100) {
      long q = n / 100;
      int r = (int) (n - q * 100);
      c[i--] = ONES[r];
      c[i--] = TENS[r];
      n = q;
    }
    int r = (int) n;
    c[i--] = ONES[r];
    if (r >= 10) {
      c[i] = TENS[r];
    }
    return end;
  }

  /** Writes {@code value}, 0 to 99, as two digits at {@code c[at]} and {@code c[at + 1]}. */
  static void twoDigits(char[] c, int at, int value) {
    c[at] = TENS[value];
    c[at + 1] = ONES[value];
  }
}
