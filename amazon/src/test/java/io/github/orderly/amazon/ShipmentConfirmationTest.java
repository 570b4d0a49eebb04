package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The confirmShipment request body has the documented shape and refuses what the API refuses. */
class ShipmentConfirmationTest {
  private static ShipmentConfirmation.Builder valid() {
    return ShipmentConfirmation.builder().marketplaceId("ATVPDKIKX0DER").packageReferenceId("1")
        .carrierCode("UPS").shippingMethod("UPS Ground").trackingNumber("1Z999AA10123456784")
        .shipDate(Instant.parse("2026-03-02T10:00:00Z"));
  }

  @Test
  @DisplayName("the body read back by an independent JSON parser carries every field, the date as ISO-8601 UTC")
  void body() throws Exception {
    String json = valid().carrierName("United Parcel Service").shipFromSupplySourceId("wh-7")
        .addItem("51048877342205", 2).addItem("51048877342317", 1, List.of("AZ0000000000000000000000000001")).build().toJson();
    JsonNode root = new ObjectMapper().readTree(json);
    assertThat(root.get("marketplaceId").asText()).isEqualTo("ATVPDKIKX0DER");
    assertThat(root.has("codCollectionMethod")).isFalse();
    JsonNode p = root.get("packageDetail");
    assertThat(p.get("packageReferenceId").asText()).isEqualTo("1");
    assertThat(p.get("carrierCode").asText()).isEqualTo("UPS");
    assertThat(p.get("carrierName").asText()).isEqualTo("United Parcel Service");
    assertThat(p.get("shippingMethod").asText()).isEqualTo("UPS Ground");
    assertThat(p.get("trackingNumber").asText()).isEqualTo("1Z999AA10123456784");
    assertThat(p.get("shipDate").asText()).isEqualTo("2026-03-02T10:00:00Z");
    assertThat(p.get("shipFromSupplySourceId").asText()).isEqualTo("wh-7");
    assertThat(p.get("orderItems")).hasSize(2);
    assertThat(p.get("orderItems").get(0).get("orderItemId").asText()).isEqualTo("51048877342205");
    assertThat(p.get("orderItems").get(0).get("quantity").asInt()).isEqualTo(2);
    assertThat(p.get("orderItems").get(0).has("transparencyCodes")).isFalse();
    assertThat(p.get("orderItems").get(1).get("transparencyCodes").get(0).asText())
        .isEqualTo("AZ0000000000000000000000000001");
  }

  @Test
  @DisplayName("the exact text of a minimal body")
  void exactText() {
    assertThat(valid().addItem("a1", 1).codCollectionMethod(ShipmentConfirmation.CodCollectionMethod.DIRECT_PAYMENT)
        .build().toJson()).isEqualTo("{\"marketplaceId\":\"ATVPDKIKX0DER\",\"codCollectionMethod\":\"DirectPayment\","
        + "\"packageDetail\":{\"packageReferenceId\":\"1\",\"carrierCode\":\"UPS\",\"shippingMethod\":\"UPS Ground\","
        + "\"trackingNumber\":\"1Z999AA10123456784\",\"shipDate\":\"2026-03-02T10:00:00Z\","
        + "\"orderItems\":[{\"orderItemId\":\"a1\",\"quantity\":1}]}}");
  }

  @Test
  @DisplayName("required fields and the API's rules are checked, each failure naming the field")
  void refusals() {
    assertThatThrownBy(() -> valid().build()).isInstanceOf(AmazonPayloadException.class)
        .hasMessage("packageDetail.orderItems = '[]': a package carries at least one item");
    assertThatThrownBy(() -> valid().packageReferenceId("PKG-1").addItem("a", 1).build())
        .hasMessage("packageDetail.packageReferenceId = 'PKG-1': must be a positive number, the only package reference "
            + "ids the API supports");
    assertThatThrownBy(() -> valid().packageReferenceId("0").addItem("a", 1).build())
        .hasMessageStartingWith("packageDetail.packageReferenceId = '0': must be a positive number");
    assertThatThrownBy(() -> valid().carrierCode("Others").addItem("a", 1).build())
        .hasMessage("packageDetail.carrierName = null: is required when carrierCode is 'Others'");
    assertThat(valid().carrierCode("Others").carrierName("Local Courier Co").addItem("a", 1).build()
        .packageDetail().carrierName()).contains("Local Courier Co");
    assertThatThrownBy(() -> ShipmentConfirmation.builder().marketplaceId("ATVPDKIKX0DER").packageReferenceId("1")
        .carrierCode("UPS").shipDate(Instant.EPOCH).addItem("a", 1).build())
        .hasMessage("packageDetail.trackingNumber = null: is required");
    assertThatThrownBy(() -> valid().addItem("a", 0)).hasMessage("quantity = '0': must be positive");
    assertThatThrownBy(() -> valid().addItem("a", 1).addItem("a", 2).build())
        .hasMessage("packageDetail.orderItems[1].orderItemId = 'a': appears twice in one package");
    assertThatThrownBy(() -> valid().addItem("a", 1, List.of("T1", "T2")))
        .hasMessage("transparencyCodes = '2 codes': must not exceed the quantity '1': one code per unit");
  }
}
