package io.github.orderly.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.orderly.Limits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.Iterator;
import java.util.Objects;

/**
 * An exact amount of money in one currency, held at the currency's own scale.
 *
 * <p>JPY amounts have no decimals, USD and EUR two, BHD three. An amount with more decimals than
 * its currency allows is rejected, never rounded: {@code Money.of("1.005", "USD")} throws. An amount
 * with fewer decimals is widened, so {@code Money.of("5", "USD")} equals {@code Money.of("5.00", "USD")}.
 * Arithmetic and comparison require the same currency and throw {@link CurrencyMismatchException}
 * otherwise. Instances are immutable and thread-safe.
 *
 * <p>Every amount given or read is below 10^{@value Limits#MAX_AMOUNT_INTEGER_DIGITS} in magnitude and
 * written with at most {@value Limits#MAX_AMOUNT_SCALE} decimals; both are checked on the decimal's
 * precision and scale <em>before</em> any arithmetic, so that {@code Money.of("1e10000000", "USD")} is
 * refused at once instead of costing seconds and memory. Amount text is plain decimal in ASCII digits
 * ({@code "12.50"}, {@code "-3"}): no exponent, no sign but a leading {@code -}, no other digits than
 * {@code 0} to {@code 9}, at most {@value Limits#MAX_AMOUNT_TEXT_LENGTH} characters. A refused value
 * throws {@link InvalidMoneyException}, which names the field ({@code amount} or {@code currency}).
 * Arithmetic itself is exact and unbounded.
 *
 * <p>In JSON a money value is {@code {"amount":"12.50","currency":"USD"}}; the amount is written as a
 * string so that no reader turns it into a binary floating-point number. Reading accepts the string or
 * a JSON number (read exactly, never as a binary floating-point number).
 */
public final class Money implements Comparable<Money> {
  private final BigDecimal amount;
  private final Currency currency;

  private Money(BigDecimal amount, Currency currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Obtains an amount of money.
   *
   * @param amount the amount, with at most as many decimals as the currency has
   * @param currency the currency
   * @return the money, at the currency's scale
   * @throws InvalidMoneyException if the amount has more decimals than the currency allows, exceeds the
   *     limits of {@link Limits}, or the currency has no decimal scale (such as XAU)
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int scale = scaleOf(currency);
    checkLimits(amount);
    if (amount.scale() > scale) {
      BigDecimal stripped = amount.stripTrailingZeros();
      if (stripped.scale() > scale) {
        throw new InvalidMoneyException("amount", amount.toPlainString(), "has " + stripped.scale()
            + " decimals but " + currency.getCurrencyCode() + " allows at most " + scale);
      }
    }
    return new Money(amount.setScale(scale), currency);
  }

  /**
   * Refuses an amount beyond the magnitude or scale of {@link Limits}, from its precision and scale
   * alone: nothing is computed from its digits. The message quotes {@link BigDecimal#toString()}, which
   * is short (scientific) for such amounts where {@code toPlainString()} would not be.
   */
  private static void checkLimits(BigDecimal amount) {
    int scale = amount.scale();
    if (scale > Limits.MAX_AMOUNT_SCALE) {
      throw new InvalidMoneyException("amount", amount, "has " + scale + " decimals written; at most "
          + Limits.MAX_AMOUNT_SCALE + " are allowed");
    }
    if (amount.signum() != 0 && (scale < -Limits.MAX_AMOUNT_INTEGER_DIGITS
        || amount.precision() - scale > Limits.MAX_AMOUNT_INTEGER_DIGITS)) {
      throw new InvalidMoneyException("amount", amount, "must be below 10^" + Limits.MAX_AMOUNT_INTEGER_DIGITS
          + " in magnitude (at most " + Limits.MAX_AMOUNT_INTEGER_DIGITS + " digits before the decimal point)");
    }
  }

  /**
   * Obtains an amount of money from its decimal text and currency code.
   *
   * @param amount a plain decimal such as {@code "12.50"} or {@code "-3"}: ASCII digits, an optional
   *     leading {@code -} and one {@code .} between digits, at most {@value Limits#MAX_AMOUNT_TEXT_LENGTH}
   *     characters
   * @param currencyCode an ISO 4217 code such as {@code "USD"}
   * @return the money
   * @throws InvalidMoneyException if either text is not valid, naming it
   */
  public static Money of(String amount, String currencyCode) {
    Objects.requireNonNull(currencyCode, "currencyCode");
    return of(parseAmount(amount), currency(currencyCode));
  }

  /**
   * Reads money from JSON: the amount as decimal text or as a JSON number, which Orderly's mapper reads as
   * an exact {@link BigDecimal} or integer, never as a binary floating-point number.
   */
  @JsonCreator
  private static Money fromJson(
      @JsonProperty(value = "amount", required = true) Object amount,
      @JsonProperty(value = "currency", required = true) String currencyCode) {
    if (currencyCode == null) {
      throw new InvalidMoneyException("currency", null, "must not be null");
    }
    if (amount instanceof String text) {
      return of(text, currencyCode);
    }
    BigDecimal number;
    if (amount instanceof BigDecimal decimal) {
      number = decimal;
    } else if (amount instanceof Integer || amount instanceof Long) {
      number = BigDecimal.valueOf(((Number) amount).longValue());
    } else if (amount instanceof BigInteger integer) {
      number = new BigDecimal(integer);
    } else {
      throw new InvalidMoneyException("amount", amount, "must be decimal text such as \"12.50\" or a JSON number");
    }
    return of(number, currency(currencyCode));
  }

  /**
   * Obtains an amount from a whole number of the currency's minor units: {@code ofMinor(1250, USD)}
   * is 12.50 USD, {@code ofMinor(1250, JPY)} is 1250 JPY.
   *
   * @param minorUnits the amount in minor units (cents, yen, fils)
   * @param currency the currency
   * @return the money
   * @throws InvalidMoneyException if the amount is not below 10^{@value Limits#MAX_AMOUNT_INTEGER_DIGITS}
   *     in magnitude
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    BigDecimal amount = BigDecimal.valueOf(minorUnits, scaleOf(Objects.requireNonNull(currency, "currency")));
    if (minorUnits != 0) {
      checkLimits(amount);
    }
    return new Money(amount, currency);
  }

  /**
   * Returns zero in the given currency.
   *
   * @param currency the currency
   * @return zero at the currency's scale
   */
  public static Money zero(Currency currency) {
    return ofMinor(0, currency);
  }

  /**
   * Parses text of the form {@code "USD 12.50"}, as {@link #toString()} writes it.
   *
   * @param text the text
   * @return the money
   * @throws InvalidMoneyException if the text is not a currency code, one space and an amount
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    if (text.length() < 5 || text.length() > 4 + Limits.MAX_AMOUNT_TEXT_LENGTH || text.charAt(3) != ' ') {
      throw new InvalidMoneyException("money", text, "is not of the form 'CCY amount', for example 'USD 12.50'");
    }
    return of(text.substring(4), text.substring(0, 3));
  }

  /**
   * Adds up amounts of one currency.
   *
   * @param first the first amount, which also names the currency
   * @param others the other amounts
   * @return the total
   * @throws CurrencyMismatchException if any amount has another currency
   */
  public static Money total(Money first, Money... others) {
    Money sum = Objects.requireNonNull(first, "first");
    for (Money m : others) {
      sum = sum.plus(m);
    }
    return sum;
  }

  /**
   * Adds up amounts of one currency; an empty input totals zero in that currency.
   *
   * @param currency the currency of every amount
   * @param amounts the amounts
   * @return the total
   * @throws CurrencyMismatchException if any amount has another currency
   */
  public static Money total(Currency currency, Iterable<Money> amounts) {
    Money sum = zero(currency);
    for (Iterator<Money> it = amounts.iterator(); it.hasNext(); ) {
      sum = sum.plus(it.next());
    }
    return sum;
  }

  /** Returns the amount, at the currency's scale. */
  public BigDecimal amount() {
    return amount;
  }

  /** Returns the currency. */
  public Currency currency() {
    return currency;
  }

  /** Returns the amount as a JSON string, at the currency's scale. */
  @com.fasterxml.jackson.annotation.JsonGetter("amount")
  String amountText() {
    return amount.toPlainString();
  }

  /** Returns the ISO 4217 code, for JSON. */
  @com.fasterxml.jackson.annotation.JsonGetter("currency")
  String currencyCode() {
    return currency.getCurrencyCode();
  }

  /**
   * Returns this plus another amount of the same currency.
   *
   * @param other the amount to add
   * @return the sum
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * Returns this minus another amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the difference, which may be negative
   * @throws CurrencyMismatchException if the currencies differ
   */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Returns this amount multiplied by a whole number, such as a quantity.
   *
   * @param factor the multiplier
   * @return the product, exact
   */
  public Money multipliedBy(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /** Returns the negated amount. */
  public Money negated() {
    return new Money(amount.negate(), currency);
  }

  /** Returns whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Returns whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Returns whether the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Returns whether this is more than another amount of the same currency.
   *
   * @param other the amount to compare with
   * @return true if this is greater
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /**
   * Returns whether this is less than another amount of the same currency.
   *
   * @param other the amount to compare with
   * @return true if this is less
   * @throws CurrencyMismatchException if the currencies differ
   */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Returns the smaller of this and another amount of the same currency.
   *
   * @param other the other amount
   * @return the smaller amount (this one if equal)
   */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws CurrencyMismatchException if the currencies differ
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void checkSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money
        && currency.equals(((Money) o).currency)
        && amount.equals(((Money) o).amount);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + amount.hashCode();
  }

  /** Returns the money as {@code "USD 12.50"}; {@link #parse(String)} reads it back. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + ' ' + amount.toPlainString();
  }

  private static int scaleOf(Currency currency) {
    int scale = currency.getDefaultFractionDigits();
    if (scale < 0) {
      throw new InvalidMoneyException("currency", currency.getCurrencyCode(),
          "has no decimal scale and cannot hold money");
    }
    return scale;
  }

  /** Parses plain decimal text, checking its length and every character before any number is made. */
  private static BigDecimal parseAmount(String amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.length() > Limits.MAX_AMOUNT_TEXT_LENGTH) {
      throw new InvalidMoneyException("amount", amount, "must be at most " + Limits.MAX_AMOUNT_TEXT_LENGTH
          + " characters");
    }
    if (!isPlainDecimal(amount)) {
      throw new InvalidMoneyException("amount", amount, "is not a plain decimal number such as 12.50 or -3"
          + " (ASCII digits, an optional leading '-', one '.' between digits)");
    }
    return new BigDecimal(amount);
  }

  /** {@code -?[0-9]+(\.[0-9]+)?} in ASCII. */
  private static boolean isPlainDecimal(String text) {
    int n = text.length();
    int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
    int digits = 0;
    while (i < n && isAsciiDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && text.charAt(i) == '.') {
      i++;
      int decimals = 0;
      while (i < n && isAsciiDigit(text.charAt(i))) {
        i++;
        decimals++;
      }
      if (decimals == 0) {
        return false;
      }
    }
    return i == n;
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currency");
    if (code.length() != 3) {
      throw new InvalidMoneyException("currency", code, "is not an ISO 4217 code such as USD");
    }
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new InvalidMoneyException("currency", code, "is not an ISO 4217 code such as USD");
    }
  }
}
