package io.github.orderly.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.OrderlyJson;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
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
}
