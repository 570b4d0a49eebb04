package io.github.orderly.channel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.LineId;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.Sku;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The integration values round-trip through the project's JSON (R28, R50, R17, R21). */
class ChannelJsonTest {
  @Test
  void everyIntegrationValueRoundTrips() {
    List<Object> values = List.of(
        new CatalogueItem(true, 3),
        new ImportSettings(true, Instant.parse("2026-01-01T00:00:00Z")),
        new ImportDecision(ImportDecision.Outcome.BLOCKED,
            List.of(new ImportBlocker(LineId.of("L1"), Sku.of("A"), ImportBlocker.Reason.DISABLED))),
        new UpstreamStatus(OrderStatus.UNSHIPPED, Instant.parse("2026-01-02T00:00:00Z")),
        new DoubleSale(Sku.of("A"), 1, 2, DoubleSale.Cause.DUPLICATE_LISTINGS, List.of(OrderId.of("9"))),
        new PackingSlip(OrderId.of("9"), true, Optional.of("PO-1"),
            List.of(new PackingSlip.Item("A", "Mug", 1, Optional.empty()))));
    for (Object value : values) {
      String json = OrderlyJson.write(value);
      assertThat(json).as(value.getClass().getSimpleName()).isNotEqualTo("{}");
      assertThat(OrderlyJson.read(json, value.getClass())).isEqualTo(value);
    }
  }
}
