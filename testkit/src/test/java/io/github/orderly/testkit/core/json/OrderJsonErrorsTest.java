package io.github.orderly.testkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.Order;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Bad JSON fails fast with the JSON path and what was wrong there. */
class OrderJsonErrorsTest {
  private final String valid = OrderlyJson.write(
      OrderGenerator.standard().withMaxLines(2).next(new SplittableRandom(7), OrderStatus.UNSHIPPED));

  @Test
  void validDocumentReads() {
    assertThat(OrderlyJson.read(valid, Order.class).status()).isEqualTo(OrderStatus.UNSHIPPED);
  }

  @Test
  void malformedJson_namesLineAndColumn() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"id\": ", Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("Invalid JSON at $.id: malformed JSON at line 1, column 8");
  }

  @Test
  void unknownEnumValue_namesPathAndAllowedValues() {
    String json = valid.replaceFirst("\"itemStatus\":\"[A-Z_]+\"", "\"itemStatus\":\"LOST\"");
    assertThatThrownBy(() -> OrderlyJson.read(json, Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("Invalid JSON at $.lines[0].itemStatus: 'LOST' is not one of [ORDER_PLACED, UNFULFILLED")
        .satisfies(e -> assertThat(((JsonInputException) e).path()).isEqualTo("$.lines[0].itemStatus"));
  }

  @Test
  void missingRequiredField_isNamed() {
    String json = valid.replaceFirst("\"marketplace\":\"[^\"]+\",", "");
    assertThatThrownBy(() -> OrderlyJson.read(json, Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessage("Invalid JSON at $: marketplace = null: must be set");
  }

  @Test
  void invalidValue_namesPathAndTheModelsOwnMessage() {
    String json = valid.replaceFirst("\"quantityOrdered\":\\d+", "\"quantityOrdered\":0");
    assertThatThrownBy(() -> OrderlyJson.read(json, Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessage("Invalid JSON at $.lines[0]: line.quantityOrdered = '0': must be positive");
  }

  @Test
  void invalidMoneyScale_namesPath() {
    String json = valid.replaceFirst("\"unitPrice\":\\{\"amount\":\"[0-9.]+\"", "\"unitPrice\":{\"amount\":\"1.001\"");
    assertThatThrownBy(() -> OrderlyJson.read(json, Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("Invalid JSON at $.lines[0].unitPrice: amount = '1.001': has 3 decimals but");
  }

  @Test
  void unknownProperty_isRejectedByPolicy() {
    String json = valid.replaceFirst("\\{", "{\"colour\":\"red\",");
    assertThatThrownBy(() -> OrderlyJson.read(json, Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("Invalid JSON at $.colour: unknown property 'colour'; known properties are");
  }

  @Test
  void blankId_namesPath() {
    String json = valid.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":\"\"");
    assertThatThrownBy(() -> OrderlyJson.read(json, Order.class))
        .hasMessage("Invalid JSON at $.id: orderId = '': must not be blank");
  }

  @Test
  void readLimits_refuseOversizedInput() {
    String deep = "[".repeat(OrderlyJson.MAX_NESTING_DEPTH + 1) + "]".repeat(OrderlyJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> OrderlyJson.read(deep, Object.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("nesting depth");
    String longNumber = "{\"amount\":\"" + "9".repeat(10) + "\",\"currency\":\"USD\",\"x\":" + "1".repeat(OrderlyJson.MAX_NUMBER_LENGTH + 1) + "}";
    assertThatThrownBy(() -> OrderlyJson.read(longNumber, io.github.orderly.money.Money.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void instantsAreIsoText() {
    assertThat(valid).containsPattern("\"purchasedAt\":\"2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ\"");
  }
}
