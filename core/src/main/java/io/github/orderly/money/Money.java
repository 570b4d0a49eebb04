package io.github.orderly.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
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
 * <p>In JSON a money value is {@code {"amount":"12.50","currency":"USD"}}; the amount is written as a
 * string so that no reader turns it into a binary floating-point number. Reading accepts a string or
 * a JSON number.
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
   * @throws IllegalArgumentException if the amount has more decimals than the currency allows, or the
   *     currency has no decimal scale (such as XAU)
   */
  public static Money of(BigDecimal amount, Currency currency) {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    int scale = scaleOf(currency);
    BigDecimal stripped = amount.stripTrailingZeros();
    if (stripped.scale() > scale) {
      throw new IllegalArgumentException("amount " + amount.toPlainString() + " has "
          + stripped.scale() + " decimals but " + currency.getCurrencyCode() + " allows at most "
          + scale);
    }
    return new Money(amount.setScale(scale), currency);
  }

  /**
   * Obtains an amount of money from its decimal text and currency code.
   *
   * @param amount a plain decimal such as {@code "12.50"} or {@code "-3"}
   * @param currencyCode an ISO 4217 code such as {@code "USD"}
   * @return the money
   * @throws IllegalArgumentException if either text is not valid, naming it
   */
  @JsonCreator
  public static Money of(
      @JsonProperty(value = "amount", required = true) String amount,
      @JsonProperty(value = "currency", required = true) String currencyCode) {
    return of(parseAmount(amount), currency(currencyCode));
  }

  /**
   * Obtains an amount from a whole number of the currency's minor units: {@code ofMinor(1250, USD)}
   * is 12.50 USD, {@code ofMinor(1250, JPY)} is 1250 JPY.
   *
   * @param minorUnits the amount in minor units (cents, yen, fils)
   * @param currency the currency
   * @return the money
   */
  public static Money ofMinor(long minorUnits, Currency currency) {
    return new Money(BigDecimal.valueOf(minorUnits, scaleOf(Objects.requireNonNull(currency, "currency"))), currency);
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
   * @throws IllegalArgumentException if the text is not a currency code, one space and an amount
   */
  public static Money parse(String text) {
    Objects.requireNonNull(text, "text");
    int space = text.indexOf(' ');
    if (space != 3 || text.length() < 5) {
      throw new IllegalArgumentException("money text '" + text
          + "' is not of the form 'CCY amount', for example 'USD 12.50'");
    }
    return of(text.substring(space + 1), text.substring(0, space));
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
      throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
          + " has no decimal scale and cannot hold money");
    }
    return scale;
  }

  private static BigDecimal parseAmount(String amount) {
    Objects.requireNonNull(amount, "amount");
    try {
      return new BigDecimal(amount);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount '" + amount + "' is not a decimal number", e);
    }
  }

  private static Currency currency(String code) {
    Objects.requireNonNull(code, "currency");
    try {
      return Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency '" + code + "' is not an ISO 4217 code", e);
    }
  }
}
