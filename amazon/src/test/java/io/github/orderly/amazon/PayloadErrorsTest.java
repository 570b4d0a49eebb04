package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.InvalidValueException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Bad input fails with the document, the JSON path and what was wrong; nothing is dropped silently. */
class PayloadErrorsTest {
  private static final AmazonReader READER = Fixtures.READER;

  @Test
  @DisplayName("malformed JSON names the line and column")
  void malformed() {
    assertThatThrownBy(() -> READER.readGetOrder("{\"payload\": {\"AmazonOrderId\": ]}"))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessageStartingWith("getOrder $ = null: malformed JSON at line 1, column 31");
    assertThatThrownBy(() -> READER.readGetOrder("{\"payload\": {\"AmazonOrderId\": \"1\""))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessageStartingWith("getOrder $ = null: malformed JSON");
  }

  @Test
  @DisplayName("a missing required field is named with its path")
  void missingRequiredField() {
    String json = Fixtures.v0("canceled", "getOrder").replace("\"AmazonOrderId\": \"114-0092716-6650217\",", "");
    AmazonPayloadException e = (AmazonPayloadException) org.assertj.core.api.Assertions.catchThrowable(
        () -> READER.readGetOrder(json));
    assertThat(e).hasMessage("getOrder $.payload.AmazonOrderId = null: is required");
    assertThat(e.document()).isEqualTo("getOrder");
    assertThat(e.path()).isEqualTo("$.payload.AmazonOrderId");
    assertThat(e).isInstanceOf(InvalidValueException.class);
    String items = Fixtures.v0("canceled", "getOrderItems").replace("\"QuantityOrdered\": 1,", "");
    assertThatThrownBy(() -> READER.readGetOrderItems(items))
        .hasMessage("getOrderItems $.payload.OrderItems[0].QuantityOrdered = null: is required");
  }

  @Test
  @DisplayName("an unknown order status is refused, listing the API's statuses")
  void unknownStatus() {
    String json = Fixtures.v0("canceled", "getOrder").replace("\"Canceled\"", "\"Cancelled\"");
    assertThatThrownBy(() -> READER.readGetOrder(json))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrder $.payload.OrderStatus = 'Cancelled': is not one of [Pending, Unshipped, PartiallyShipped, "
            + "Shipped, Canceled, Unfulfillable, InvoiceUnconfirmed, PendingAvailability]");
  }

  @Test
  @DisplayName("unknown codes of the other enumerations are refused too")
  void unknownCodes() {
    assertThatThrownBy(() -> READER.readGetOrder(Fixtures.v0("canceled", "getOrder").replace("\"MFN\"", "\"SellerFulfilled\"")))
        .hasMessage("getOrder $.payload.FulfillmentChannel = 'SellerFulfilled': is not one of [MFN, AFN]");
    assertThatThrownBy(() -> READER.readGetOrder(Fixtures.v0("canceled", "getOrder").replace("\"StandardOrder\"", "\"Rush\"")))
        .hasMessageStartingWith("getOrder $.payload.OrderType = 'Rush': is not one of [StandardOrder, ");
    assertThatThrownBy(() -> READER.readGetOrderItems(Fixtures.v0("canceled", "getOrderItems").replace("\"IsBuyerRequestedCancel\": \"true\"", "\"IsBuyerRequestedCancel\": \"yes\"")))
        .hasMessage("getOrderItems $.payload.OrderItems[0].BuyerRequestedCancel.IsBuyerRequestedCancel = 'yes': must be "
            + "\"true\" or \"false\"");
  }

  @Test
  @DisplayName("a JPY amount with decimals is refused, never rounded")
  void jpyWithDecimals() {
    String json = Fixtures.v0("cod-jp", "getOrderItems").replace("\"Amount\": \"2400\"", "\"Amount\": \"2400.50\"");
    assertThatThrownBy(() -> READER.readGetOrderItems(json))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessage("getOrderItems $.payload.OrderItems[0].ItemPrice.Amount = '2400.50': has 1 decimals "
            + "but JPY allows at most 0");
  }

  @Test
  @DisplayName("amounts must be the API's strings with a known currency")
  void amountShapes() {
    String number = Fixtures.v0("canceled", "getOrderItems").replace("\"Amount\": \"24.99\"", "\"Amount\": 24.99");
    assertThatThrownBy(() -> READER.readGetOrderItems(number))
        .hasMessage("getOrderItems $.payload.OrderItems[0].ItemPrice.Amount = '24.99': must be a string, as the API documents");
    String currency = Fixtures.v0("canceled", "getOrderItems").replace("\"USD\"", "\"XYZ\"");
    assertThatThrownBy(() -> READER.readGetOrderItems(currency))
        .hasMessage("getOrderItems $.payload.OrderItems[0].ItemPrice.CurrencyCode = 'XYZ': is not an ISO 4217 code such as USD");
    String missing = Fixtures.v0("canceled", "getOrderItems").replace("\"CurrencyCode\": \"USD\", ", "");
    assertThatThrownBy(() -> READER.readGetOrderItems(missing))
        .hasMessage("getOrderItems $.payload.OrderItems[0].ItemPrice.CurrencyCode = null: is required");
  }

  @Test
  @DisplayName("timestamps are ISO-8601 with an offset; epoch numbers and local times are refused")
  void timestamps() {
    String local = Fixtures.v0("canceled", "getOrder").replace("\"2026-03-05T20:15:00Z\"", "\"2026-03-05T20:15:00\"");
    assertThatThrownBy(() -> READER.readGetOrder(local))
        .hasMessage("getOrder $.payload.PurchaseDate = '2026-03-05T20:15:00': is not an ISO-8601 date-time with an "
            + "offset, such as 2026-03-01T09:30:00Z");
    String epoch = Fixtures.v0("canceled", "getOrder").replace("\"2026-03-05T20:15:00Z\"", "1772741700");
    assertThatThrownBy(() -> READER.readGetOrder(epoch))
        .hasMessage("getOrder $.payload.PurchaseDate = '1772741700': must be an ISO-8601 date-time string");
  }

  @Test
  @DisplayName("checks inside one record: more shipped than ordered, last update before purchase")
  void recordChecks() {
    String shipped = Fixtures.v0("canceled", "getOrderItems").replace("\"QuantityShipped\": 0", "\"QuantityShipped\": 2");
    assertThatThrownBy(() -> READER.readGetOrderItems(shipped))
        .hasMessage("getOrderItems $.payload.OrderItems[0].QuantityShipped = '2': must not exceed QuantityOrdered '1'");
    String updated = Fixtures.v0("canceled", "getOrder").replace("\"2026-03-06T09:00:00Z\"", "\"2026-03-01T09:00:00Z\"");
    assertThatThrownBy(() -> READER.readGetOrder(updated))
        .hasMessage("getOrder $.payload.LastUpdateDate = '2026-03-01T09:00:00Z': must not be before PurchaseDate "
            + "'2026-03-05T20:15:00Z'");
  }

  @Test
  @DisplayName("a field the API does not document is refused by the strict reader")
  void unknownFieldRefused() {
    String json = Fixtures.v0("canceled", "getOrder").replace("\"IsIBA\": false", "\"IsIBA\": false, \"IsTeleported\": true");
    assertThatThrownBy(() -> READER.readGetOrder(json))
        .isInstanceOf(AmazonPayloadException.class)
        .hasMessageStartingWith("getOrder $.payload.IsTeleported = null: unknown property 'IsTeleported'");
    String inMoney = Fixtures.v0("canceled", "getOrderItems").replace("\"Amount\": \"24.99\"", "\"Amount\": \"24.99\", \"Rate\": 1");
    assertThatThrownBy(() -> READER.readGetOrderItems(inMoney))
        .hasMessageStartingWith("getOrderItems $.payload.OrderItems[0].ItemPrice.Rate = null: unknown property 'Rate'");
  }

  @Test
  @DisplayName("the tolerant reader skips unknown fields and reports each one's path; nothing is dropped silently")
  void unknownFieldReported() {
    List<String> unknown = new ArrayList<>();
    String json = Fixtures.v0("canceled", "getOrder")
        .replace("\"IsIBA\": false", "\"IsIBA\": false, \"IsTeleported\": true, \"Portal\": {\"Gate\": [1, 2]}");
    OrdersV0.Order order = AmazonReader.tolerant(unknown::add).readGetOrder(json);
    assertThat(order.amazonOrderId()).isEqualTo("114-0092716-6650217");
    assertThat(unknown).containsExactly("getOrder $.payload.IsTeleported", "getOrder $.payload.Portal");
  }

  @Test
  @DisplayName("an unknown field deep inside a list is reported with its index path")
  void unknownFieldPathInList() {
    List<String> unknown = new ArrayList<>();
    String json = Fixtures.v0("partially-shipped-po", "getOrderItems-2")
        .replace("\"IsGift\": \"false\",", "\"IsGift\": \"false\", \"Engraving\": {\"Lines\": [\"A\", \"B\"]},");
    OrdersV0.OrderItemsList page = AmazonReader.tolerant(unknown::add).readGetOrderItems(json);
    assertThat(page.orderItems()).hasSize(1);
    assertThat(unknown).containsExactly("getOrderItems $.payload.OrderItems[0].Engraving");
  }

  @Test
  @DisplayName("documented fields this module does not use are skipped in both modes, and not reported")
  void documentedFieldsSkipped() {
    List<String> unknown = new ArrayList<>();
    OrdersV0.Order order = AmazonReader.tolerant(unknown::add).readGetOrder(Fixtures.v0("unshipped-business", "getOrder"));
    assertThat(order.businessOrder()).isTrue();
    assertThat(unknown).isEmpty();
    assertThat(READER.readGetOrderAddress(Fixtures.v0("unshipped-business", "getOrderAddress")).amazonOrderId())
        .isEqualTo("112-9834105-2239874");
  }

  @Test
  @DisplayName("an error response raises the API's errors; an empty response is refused")
  void errorResponses() {
    AmazonApiException e = (AmazonApiException) org.assertj.core.api.Assertions.catchThrowable(() -> READER.readGetOrderItems(
        "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"Invalid order id\",\"details\":\"3-7-7 expected\"}]}"));
    assertThat(e.errors()).containsExactly(new AmazonApiException.ApiError("InvalidInput", "Invalid order id",
        java.util.Optional.of("3-7-7 expected")));
    assertThat(e).hasMessage("getOrderItems: the marketplace answered with errors [InvalidInput: Invalid order id "
        + "(3-7-7 expected)]");
    assertThatThrownBy(() -> READER.readGetOrder("{}"))
        .hasMessage("getOrder $.payload = null: is required: the response has neither a payload nor errors");
    assertThatThrownBy(() -> READER.readGetOrder("{\"errors\":[{\"code\":\"X\"}]}"))
        .hasMessage("getOrder $.errors[0].message = null: is required");
  }

  @Test
  @DisplayName("a payload of another operation's shape fails on its first missing field")
  void wrongShape() {
    String singleItemBuyerInfo = "{\"payload\":{\"OrderItemId\":\"903-1671087-0812628\",\"GiftMessageText\":\"For you!\"}}";
    assertThatThrownBy(() -> READER.readGetOrderItemsBuyerInfo(singleItemBuyerInfo))
        .isInstanceOf(AmazonPayloadException.class);
  }
}
