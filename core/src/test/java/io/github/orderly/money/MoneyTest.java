package io.github.orderly.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MoneyTest {
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  @Test
  void factory_of_widensToTheCurrencyScale() {
    assertThat(Money.of("5", "USD")).isEqualTo(Money.of("5.00", "USD"));
    assertThat(Money.of("5", "USD").amount().scale()).isEqualTo(2);
    assertThat(Money.of("7", "BHD").amount().toPlainString()).isEqualTo("7.000");
    assertThat(Money.of("1500.00", "JPY")).as("zeros beyond the scale carry no value and are accepted")
        .isEqualTo(Money.of("1500", "JPY"));
  }

  @Test
  void factory_of_invalidScaleJPY() {
    assertThatThrownBy(() -> Money.of("1.5", "JPY"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessage("amount = '1.5': has 1 decimals but JPY allows at most 0");
  }

  @Test
  void factory_of_invalidScaleBHD() {
    assertThatThrownBy(() -> Money.of("0.0001", "BHD"))
        .hasMessage("amount = '0.0001': has 4 decimals but BHD allows at most 3");
  }

  @Test
  void factory_of_badTextIsNamed() {
    assertThatThrownBy(() -> Money.of("12,50", "USD")).hasMessage("amount = '12,50': is not a plain decimal"
        + " number such as 12.50 or -3 (ASCII digits, an optional leading '-', one '.' between digits)");
    assertThatThrownBy(() -> Money.of("1", "XYZ")).hasMessage("currency = 'XYZ': is not an ISO 4217 code such as USD");
    assertThatThrownBy(() -> Money.of(BigDecimal.ONE, Currency.getInstance("XAU")))
        .hasMessage("currency = 'XAU': has no decimal scale and cannot hold money");
  }

  @Test
  void ofMinor_usesTheCurrencyScale() {
    assertThat(Money.ofMinor(1250, USD)).isEqualTo(Money.of("12.50", "USD"));
    assertThat(Money.ofMinor(1250, JPY)).isEqualTo(Money.of("1250", "JPY"));
  }

  @Test
  void arithmetic_isExact() {
    Money a = Money.of("0.10", "USD");
    Money sum = Money.zero(USD);
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(a);
    }
    assertThat(sum).isEqualTo(Money.of("1.00", "USD"));
    assertThat(a.multipliedBy(3).minus(Money.of("0.30", "USD")).isZero()).isTrue();
    assertThat(a.negated().isNegative()).isTrue();
    assertThat(Money.total(a, a, a)).isEqualTo(Money.of("0.30", "USD"));
    assertThat(Money.total(USD, List.of())).isEqualTo(Money.zero(USD));
  }

  @Test
  void currenciesNeverMix_theExceptionNamesBoth() {
    Money dollars = Money.of("1", "USD");
    Money yen = Money.of("1", "JPY");
    assertThatThrownBy(() -> dollars.plus(yen))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("Currencies differ: USD and JPY; amounts of different currencies are never mixed")
        .satisfies(e -> {
          CurrencyMismatchException m = (CurrencyMismatchException) e;
          assertThat(m.first()).isEqualTo(USD);
          assertThat(m.second()).isEqualTo(JPY);
        });
    assertThatThrownBy(() -> dollars.compareTo(yen)).isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> Money.total(USD, List.of(yen))).isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void comparison() {
    Money one = Money.of("1", "USD");
    Money two = Money.of("2", "USD");
    assertThat(two.isGreaterThan(one)).isTrue();
    assertThat(one.isLessThan(two)).isTrue();
    assertThat(one.min(two)).isSameAs(one);
  }

  @Test
  void parse_readsWhatToStringWrites() {
    Money m = Money.of("-12.30", "EUR");
    assertThat(m.toString()).isEqualTo("EUR -12.30");
    assertThat(Money.parse(m.toString())).isEqualTo(m);
    assertThatThrownBy(() -> Money.parse("12.30"))
        .hasMessage("money = '12.30': is not of the form 'CCY amount', for example 'USD 12.50'");
  }

  @Test
  void json_amountIsAnExactString() {
    Money m = Money.of("0.10", "USD");
    String json = OrderlyJson.write(m);
    assertThat(json).isEqualTo("{\"amount\":\"0.10\",\"currency\":\"USD\"}");
    assertThat(OrderlyJson.read(json, Money.class)).isEqualTo(m);
    assertThat(OrderlyJson.read("{\"amount\":0.10,\"currency\":\"USD\"}", Money.class)).isEqualTo(m);
  }

  @Test
  @DisplayName("an amount's magnitude and scale are checked on its precision and scale, before any arithmetic")
  void limitsAreCheckedBeforeArithmetic() {
    assertThat(Money.of("999999999999999.99", "USD").amount()).isEqualByComparingTo("999999999999999.99");
    assertThatThrownBy(() -> Money.of("1000000000000000", "USD"))
        .isInstanceOf(InvalidMoneyException.class)
        .hasMessage("amount = '1000000000000000': must be below 10^15 in magnitude (at most 15 digits before the"
            + " decimal point)");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e10000000"), USD))
        .hasMessage("amount = '1E+10000000': must be below 10^15 in magnitude (at most 15 digits before the decimal"
            + " point)");
    assertThatThrownBy(() -> Money.of(new BigDecimal("-1e16"), USD))
        .hasMessage("amount = '-1E+16': must be below 10^15 in magnitude (at most 15 digits before the decimal point)");
    assertThatThrownBy(() -> Money.of(new BigDecimal("1e-999999999"), USD))
        .hasMessage("amount = '1E-999999999': has 999999999 decimals written; at most 18 are allowed");
    assertThat(Money.of(new BigDecimal("0E+100"), USD)).as("zero is zero at any exponent").isEqualTo(Money.zero(USD));
    assertThat(Money.of("12.500000000000000000", "USD")).as("18 decimals, zeros beyond the scale")
        .isEqualTo(Money.of("12.50", "USD"));
    assertThatThrownBy(() -> Money.ofMinor(Long.MAX_VALUE, JPY))
        .hasMessage("amount = '9223372036854775807': must be below 10^15 in magnitude (at most 15 digits before the"
            + " decimal point)");
  }

  @Test
  @DisplayName("amount text is plain ASCII decimal: no exponent, no other digits, no NaN, at most 40 characters")
  void amountTextIsPlainAsciiDecimal() {
    String plain = " is not a plain decimal number such as 12.50 or -3 (ASCII digits, an optional leading '-',"
        + " one '.' between digits)";
    for (String bad : List.of("1e10000000", "１２.５０", "١٢٫٥٠", "12.50\u0000", "NaN", "Infinity", "+1", ".5", "5.",
        "1.2.3", "", "-", "0x10", " 1")) {
      assertThatThrownBy(() -> Money.of(bad, "USD")).as(bad)
          .isInstanceOf(InvalidMoneyException.class)
          .hasMessage("amount = '" + bad + "':" + plain);
    }
    assertThatThrownBy(() -> Money.of("1".repeat(10_000), "USD"))
        .hasMessage("amount = '" + "1".repeat(40) + "…' (10000 characters): must be at most 40 characters");
    assertThat(Money.of("-0012.5", "USD")).isEqualTo(Money.of("-12.50", "USD"));
    assertThatThrownBy(() -> Money.parse("USD " + "9".repeat(100)))
        .hasMessage("money = 'USD " + "9".repeat(36) + "…' (104 characters): is not of the form 'CCY amount', for"
            + " example 'USD 12.50'");
  }

  @Test
  @DisplayName("JSON amounts are exact text or exact JSON numbers, within the same limits")
  void jsonAmountsAreExact() {
    assertThat(OrderlyJson.read("{\"amount\":1.25e1,\"currency\":\"USD\"}", Money.class)).isEqualTo(Money.of("12.50", "USD"));
    assertThat(OrderlyJson.read("{\"amount\":12,\"currency\":\"JPY\"}", Money.class)).isEqualTo(Money.of("12", "JPY"));
    assertThat(OrderlyJson.read("{\"amount\":123456789012345,\"currency\":\"JPY\"}", Money.class).amount())
        .isEqualByComparingTo("123456789012345");
    assertThatThrownBy(() -> OrderlyJson.read("{\"amount\":1e10000000,\"currency\":\"USD\"}", Money.class))
        .hasMessage("Invalid JSON at $: amount = '1E+10000000': must be below 10^15 in magnitude (at most 15 digits"
            + " before the decimal point)");
    assertThatThrownBy(() -> OrderlyJson.read("{\"amount\":true,\"currency\":\"USD\"}", Money.class))
        .hasMessage("Invalid JSON at $: amount = 'true': must be decimal text such as \"12.50\" or a JSON number");
    assertThatThrownBy(() -> OrderlyJson.read("{\"amount\":\"1.00\",\"currency\":null}", Money.class))
        .hasMessage("Invalid JSON at $: currency = null: must not be null");
  }
}
