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

  /** Sets the text to a whole number in ASCII digits. */
  Chars ofLong(long number) {
    if (number == Long.MIN_VALUE) {
      return ofText(Long.toString(number));
    }
    return ofDecimal(number, 0, digits(Math.abs(number)));
  }

  /**
   * Returns a decimal in plain notation, exactly as {@link BigDecimal#toPlainString()} writes it
   * ({@code -12.50}, {@code 0.005}, {@code 1000}): this text when the number has at most 18 digits and
   * a scale of 0 to 18, which is every amount, else the {@code String} itself.
   *
   * <p>The unscaled value is taken as {@code movePointRight(scale).longValue()}, not through
   * {@link BigDecimal#unscaledValue()}: the latter makes a {@code BigInteger} per amount, while the
   * former's intermediate decimal does not outlive the call and the JIT removes it (no allocation per
   * amount). The precision, cached in the decimal, is the number of digits.
   */
  CharSequence ofDecimal(BigDecimal number) {
    int scale = number.scale();
    if (scale >= 0 && scale <= 18) {
      int precision = number.precision();
      if (precision <= 18) {
        long unscaled = scale == 0 ? number.longValue() : number.movePointRight(scale).longValue();
        return ofDecimal(unscaled, scale, precision);
      }
    }
    return number.toPlainString();
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
   * Sets the text to {@code unscaled} × 10^-{@code scale} in plain notation, in one pass from the last
   * digit: {@code digits} is the number of digits of {@code |unscaled|} (1 for zero), at most 18, and
   * the scale is 0 to 18.
   */
  private Chars ofDecimal(long unscaled, int scale, int digits) {
    char[] c = chars;
    int p = 0;
    long n = unscaled;
    if (n < 0) {
      c[p++] = '-';
      n = -n;
    }
    int end = p + Math.max(digits, scale + 1) + (scale > 0 ? 1 : 0);
    int i = end - 1;
    for (int d = 0; d < scale; d++) {
      c[i--] = (char) ('0' + (int) (n % 10));
      n /= 10;
    }
    if (scale > 0) {
      c[i--] = '.';
    }
    do {
      c[i--] = (char) ('0' + (int) (n % 10));
      n /= 10;
    } while (n > 0);
    length = end;
    return this;
  }
}
