package io.github.orderly.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges mutation testing found untested in {@link Money}: every operation that takes two amounts
 * refuses a second currency, comparisons at equality, and the exact bounds of the amount limits. Money
 * has no rule id of its own: exact amounts in one currency are what every money rule (R6, R7, R13, R14,
 * R16) is computed with.
 */
class MoneyEdgesTest {
  private static final Money ONE_USD = Money.of("1.00", "USD");
  private static final Money ONE_EUR = Money.of("1.00", "EUR");

  @Test
  @DisplayName("every operation on two amounts refuses a second currency, naming both, whatever the amounts")
  void everyTwoAmountOperationRefusesASecondCurrency() {
    List<BinaryOperator<Object>> operations = List.of(
        (a, b) -> ((Money) a).plus((Money) b),
        (a, b) -> ((Money) a).minus((Money) b),
        (a, b) -> ((Money) a).compareTo((Money) b),
        (a, b) -> ((Money) a).isGreaterThan((Money) b),
        (a, b) -> ((Money) a).isLessThan((Money) b),
        (a, b) -> ((Money) a).min((Money) b),
        (a, b) -> Money.total((Money) a, (Money) b),
        (a, b) -> Money.total(((Money) a).currency(), List.of((Money) a, (Money) b)));
    for (int i = 0; i < operations.size(); i++) {
      BinaryOperator<Object> operation = operations.get(i);
      assertThatThrownBy(() -> operation.apply(ONE_USD, ONE_EUR)).as("operation %d", i)
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: USD and EUR; amounts of different currencies are never mixed");
      assertThatThrownBy(() -> operation.apply(ONE_EUR, Money.zero(ONE_USD.currency()))).as("operation %d", i)
          .isInstanceOf(CurrencyMismatchException.class)
          .hasMessage("Currencies differ: EUR and USD; amounts of different currencies are never mixed");
    }
  }

  @Test
  @DisplayName("minus subtracts exactly and may go below zero, in the same currency only")
  void minusIsExact() {
    Money difference = Money.of("0.10", "USD").minus(Money.of("0.35", "USD"));
    assertThat(difference).isEqualTo(Money.of("-0.25", "USD"));
    assertThat(difference.isNegative()).isTrue();
    assertThat(difference.isZero()).isFalse();
    assertThat(difference.isPositive()).isFalse();
  }

  @Test
  @DisplayName("equal means same currency and same amount at the currency's scale; hash codes follow")
  void equalityNeedsTheSameCurrencyAndAmount() {
    assertThat(ONE_USD).isEqualTo(Money.of("1", "USD")).hasSameHashCodeAs(Money.of("1", "USD"));
    assertThat(ONE_USD).isNotEqualTo(ONE_EUR);
    assertThat(ONE_USD).isNotEqualTo(Money.of("1.01", "USD"));
    assertThat(ONE_USD).isNotEqualTo(Money.of("-1", "USD"));
    assertThat(ONE_USD).isNotEqualTo("USD 1.00");
    assertThat(ONE_USD.equals(null)).isFalse();
    Set<Integer> hashes = new HashSet<>();
    for (int cents = 0; cents < 100; cents++) {
      hashes.add(Money.ofMinor(cents, ONE_USD.currency()).hashCode());
    }
    assertThat(hashes).as("distinct amounts spread over hash codes").hasSizeGreaterThan(90);
  }

  @Test
  @DisplayName("comparisons at equality: not less, not greater, and min returns this one")
  void comparisonsAtEquality() {
    Money same = Money.of("1", "USD");
    Money two = Money.of("2", "USD");
    assertThat(ONE_USD.isLessThan(same)).isFalse();
    assertThat(ONE_USD.isGreaterThan(same)).isFalse();
    assertThat(two.isLessThan(ONE_USD)).isFalse();
    assertThat(ONE_USD.isGreaterThan(two)).isFalse();
    assertThat(ONE_USD.min(same)).isSameAs(ONE_USD);
    assertThat(same.min(ONE_USD)).isSameAs(same);
    assertThat(two.min(ONE_USD)).isSameAs(ONE_USD);
    assertThat(ONE_USD.compareTo(same)).isZero();
    assertThat(ONE_USD.isZero()).isFalse();
    assertThat(Money.zero(ONE_USD.currency()).isZero()).isTrue();
  }

  @Test
  @DisplayName("zeros beyond the currency's scale are accepted down to exactly its scale")
  void trailingZerosDownToTheScale() {
    assertThat(Money.of("1.230", "USD")).isEqualTo(Money.of("1.23", "USD"));
    assertThat(Money.of(new BigDecimal("1.2300"), ONE_USD.currency()).amount().toPlainString()).isEqualTo("1.23");
    assertThatThrownBy(() -> Money.of("1.231", "USD"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessage("amount = '1.231': has 3 decimals but USD allows at most 2");
  }

  @Test
  @DisplayName("limits at their bounds: 18 decimals written are accepted, 19 refused")
  void scaleLimitAtItsBound() {
    assertThat(Money.of("1." + "0".repeat(18), "USD")).isEqualTo(ONE_USD);
    assertThatThrownBy(() -> Money.of("1." + "0".repeat(19), "USD"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessage("amount = '1.0000000000000000000': has 19 decimals written; at most 18 are allowed");
  }

  @Test
  @DisplayName("amount text at its bounds: 40 characters are read, 41 refused; 'USD 1' is the shortest money text")
  void textLimitsAtTheirBounds() {
    String forty = "0".repeat(36) + "1.50";
    assertThat(forty).hasSize(40);
    assertThat(Money.of(forty, "USD")).isEqualTo(Money.of("1.50", "USD"));
    assertThat(Money.parse("USD " + forty)).isEqualTo(Money.of("1.50", "USD"));
    assertThatThrownBy(() -> Money.of("0" + forty, "USD"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessageEndingWith(": must be at most 40 characters");
    assertThatThrownBy(() -> Money.parse("USD 0" + forty))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessageEndingWith(": is not of the form 'CCY amount', for example 'USD 12.50'");
    assertThat(Money.parse("USD 1")).isEqualTo(ONE_USD);
    assertThatThrownBy(() -> Money.parse("USD "))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessage("money = 'USD ': is not of the form 'CCY amount', for example 'USD 12.50'");
  }
}
