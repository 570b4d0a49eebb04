package io.github.orderly.testkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class OrderJsonRoundTripTest {
  @Test
  @DisplayName("R22 R23 R24 R40: every generated order reads back equal from its own JSON")
  void everyOrderRoundTripsThroughJsonUnchanged() {
    Property.named("every generated order reads back equal from its own JSON")
        .check(OrderGenerator.standard(), order -> {
          String json = OrderlyJson.write(order);
          Order back = OrderlyJson.read(json, Order.class);
          assertThat(back).isEqualTo(order);
          assertThat(back.status()).isEqualTo(order.status());
          assertThat(OrderlyJson.write(back)).isEqualTo(json);
        });
  }
}
