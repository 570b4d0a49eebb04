package io.github.orderly.testkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.Order;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.workflow.Command;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** OrderlyJson reads exactly what the documents say: nothing truncated, converted, repeated or guessed. */
class ExactJsonTest {
  private final String valid = OrderlyJson.write(
      OrderGenerator.standard().withMaxLines(2).next(new SplittableRandom(7), OrderStatus.UNSHIPPED));

  private static void refused(String json, Class<?> type, String message) {
    assertThatThrownBy(() -> OrderlyJson.read(json, type)).isInstanceOf(JsonInputException.class).hasMessage(message);
  }

  @Test
  @DisplayName("a key twice in one object is an error naming where, never 'the last one wins'")
  void duplicateKeysAreRefused() {
    String twice = valid.replaceFirst("\\{\"id\":\"([^\"]+)\"", "{\"id\":\"$1\",\"id\":\"999-EVIL\"");
    assertThatThrownBy(() -> OrderlyJson.read(twice, Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("Invalid JSON at $.id: malformed JSON at line 1, column ")
        .hasMessageEndingWith(": Duplicate field 'id'");
    refused("{\"pageSize\":10,\"pageSize\":11}", OrderQuery.class,
        "Invalid JSON at $.pageSize: malformed JSON at line 1, column 26: Duplicate field 'pageSize'");
  }

  @Test
  @DisplayName("whole numbers only where whole numbers are meant: no truncation, no conversion from text")
  void wholeNumbersAreExact() {
    refused(valid.replaceFirst("\"quantityOrdered\":\\d+", "\"quantityOrdered\":2.9"), Order.class,
        "Invalid JSON at $.lines[0].quantityOrdered: '2.9' is not a whole number");
    refused("{\"pageSize\":10.9}", OrderQuery.class, "Invalid JSON at $.pageSize: '10.9' is not a whole number");
    refused("{\"pageSize\":10.0}", OrderQuery.class, "Invalid JSON at $.pageSize: '10.0' is not a whole number");
    refused("{\"pageSize\":1e1}", OrderQuery.class, "Invalid JSON at $.pageSize: '1e1' is not a whole number");
    refused("{\"pageSize\":\"10\"}", OrderQuery.class,
        "Invalid JSON at $.pageSize: Cannot coerce String value (\"10\") to `int` value");
    refused("{\"pageSize\":99999999999}", OrderQuery.class,
        "Invalid JSON at $.pageSize: Numeric value (99999999999) out of range of int (-2147483648 - 2147483647)");
    refused(valid.replaceFirst("\"version\":\\d+", "\"version\":1.5"), Order.class,
        "Invalid JSON at $.version: '1.5' is not a whole number");
  }

  @Test
  @DisplayName("text only as strings, booleans only as true and false")
  void scalarsAreNotCoerced() {
    refused("{\"search\":112}", OrderQuery.class, "Invalid JSON at $.search: '112' is not text; write it as a JSON string");
    refused("{\"includePending\":\"true\"}", OrderQuery.class,
        "Invalid JSON at $.includePending: Cannot coerce String value (\"true\") to `boolean` value");
    refused("{\"includePending\":1}", OrderQuery.class, "Invalid JSON at $.includePending: '1' is not true or false");
    refused(valid.replaceFirst("\"id\":\"[^\"]+\"", "\"id\":112"), Order.class,
        "Invalid JSON at $.id: '112' is not text; write it as a JSON string");
  }

  @Test
  @DisplayName("R24: instants only as ISO-8601 text in the years 1970 to 9999, never as numbers")
  void instantsAreIsoTextInRange() {
    refused(valid.replaceFirst("\"purchasedAt\":\"[^\"]+\"", "\"purchasedAt\":1e300"), Order.class,
        "Invalid JSON at $.purchasedAt: an instant is ISO-8601 text such as \"2026-03-01T09:30:00Z\", not a number");
    refused("{\"dateFrom\":0}", OrderQuery.class,
        "Invalid JSON at $.dateFrom: an instant is ISO-8601 text such as \"2026-03-01T09:30:00Z\", not a number");
    refused("{\"dateFrom\":\"+1000000000-12-31T23:59:59Z\"}", OrderQuery.class,
        "Invalid JSON at $.dateFrom: '+1000000000-12-31T23:59:59Z' is not in the years 1970 to 9999");
    refused("{\"dateFrom\":\"1969-12-31T23:59:59Z\"}", OrderQuery.class,
        "Invalid JSON at $.dateFrom: '1969-12-31T23:59:59Z' is not in the years 1970 to 9999");
    refused("{\"dateFrom\":\"2026-03-01\"}", OrderQuery.class,
        "Invalid JSON at $.dateFrom: '2026-03-01' is not an ISO-8601 instant such as 2026-03-01T09:30:00Z");
    refused("{\"dateFrom\":\"２０２６-03-01T00:00:00Z\"}", OrderQuery.class,
        "Invalid JSON at $.dateFrom: '２０２６-03-01T00:00:00Z' is not an ISO-8601 instant such as 2026-03-01T09:30:00Z");
    assertThat(OrderlyJson.read("{\"dateFrom\":\"2026-03-01T10:30:00+01:00\"}", OrderQuery.class).dateFrom())
        .as("an offset is ISO-8601 too").contains(Instant.parse("2026-03-01T09:30:00Z"));
    assertThat(OrderlyJson.read("{\"dateFrom\":\"9999-12-31T23:59:59.999999999Z\"}", OrderQuery.class).dateFrom())
        .contains(Instant.parse("9999-12-31T23:59:59.999999999Z"));
  }

  @Test
  @DisplayName("null is an error: as the document, as a list element (naming its index), for a required field")
  void nullsAreRefused() {
    refused("null", Order.class, "Invalid JSON at $: the document is null, not an Order");
    refused("null", OrderQuery.class, "Invalid JSON at $: the document is null, not an OrderQuery");
    refused("null", Command.class, "Invalid JSON at $: the document is null, not a Command");
    refused("{\"itemStatuses\":[\"SHIPPED\",null]}", OrderQuery.class, "Invalid JSON at $.itemStatuses[1]: must not be null");
    refused(valid.replaceFirst("\"lines\":\\[", "\"lines\":[null,"), Order.class,
        "Invalid JSON at $.lines[0]: must not be null");
    refused("{\"type\":\"PrepareShipment\",\"id\":\"c1\",\"lines\":[\"L1\",null]}", Command.class,
        "Invalid JSON at $.lines[1]: must not be null");
    refused(valid.replaceFirst("\"currency\":\"[A-Z]{3}\"", "\"currency\":null"), Order.class,
        "Invalid JSON at $.lines[0].unitPrice: currency = null: must not be null");
    assertThat(OrderlyJson.read("{\"search\":null}", OrderQuery.class).search()).as("null means absent when optional")
        .isEmpty();
  }

  @Test
  @DisplayName("NaN and Infinity are not JSON; amounts are plain ASCII decimals")
  void nonNumbersAreRefused() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"pageSize\":NaN}", OrderQuery.class))
        .hasMessage("Invalid JSON at $.pageSize: malformed JSON at line 1, column 16: Non-standard token 'NaN'");
    refused("{\"amount\":\"１２.５０\",\"currency\":\"USD\"}", io.github.orderly.money.Money.class,
        "Invalid JSON at $: amount = '１２.５０': is not a plain decimal number such as 12.50 or -3 (ASCII digits, an"
            + " optional leading '-', one '.' between digits)");
  }

  @Test
  @DisplayName("an array of more than 1,000 elements fails before any element is built, naming the array")
  void arraysAreBounded() {
    String many = "{\"itemStatuses\":[" + "\"SHIPPED\",".repeat(OrderlyJson.MAX_ARRAY_LENGTH) + "\"SHIPPED\"]}";
    refused(many, OrderQuery.class,
        "Invalid JSON at $.itemStatuses: an array of more than 1000 elements; at most 1000 are read");
    String enough = "{\"itemStatuses\":[" + "\"SHIPPED\",".repeat(OrderlyJson.MAX_ARRAY_LENGTH - 1) + "\"SHIPPED\"]}";
    assertThat(OrderlyJson.read(enough, OrderQuery.class).itemStatuses()).hasSize(1);
    refused("[[1,2],[" + "1,".repeat(1_000) + "1]]", Object.class,
        "Invalid JSON at $[1]: an array of more than 1000 elements; at most 1000 are read");
  }

  @Test
  @DisplayName("documents, strings and numbers beyond the read limits fail naming the limit")
  void readLimits() {
    String huge = "{\"search\":\"" + "x".repeat(OrderlyJson.MAX_DOCUMENT_LENGTH) + "\"}";
    refused(huge, OrderQuery.class, "Invalid JSON at $: the document is 1000013 characters long; at most 1000000 are read");
    String longString = "{\"search\":\"" + "x".repeat(OrderlyJson.MAX_STRING_LENGTH + 1) + "\"}";
    refused(longString, OrderQuery.class, "Invalid JSON at $.search: String value length (10001) exceeds the maximum"
        + " allowed (10000, from `StreamReadConstraints.getMaxStringLength()`)");
    refused("{\"pageSize\":" + "1".repeat(10_000) + "}", OrderQuery.class, "Invalid JSON at $.pageSize: Number value"
        + " length (10000) exceeds the maximum allowed (64, from `StreamReadConstraints.getMaxNumberLength()`)");
  }

  @Test
  @DisplayName("bytes are UTF-8 without a byte-order mark; a String without U+FEFF")
  void encoding() {
    byte[] utf8 = valid.getBytes(StandardCharsets.UTF_8);
    assertThat(OrderlyJson.read(utf8, Order.class)).isEqualTo(OrderlyJson.read(valid, Order.class));
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    assertThatThrownBy(() -> OrderlyJson.read(bom, Order.class)).hasMessage("Invalid JSON at $: the document starts with"
        + " a UTF-8 byte-order mark (EF BB BF); send JSON without one");
    refused("\uFEFF" + valid, Order.class,
        "Invalid JSON at $: the document starts with a byte-order mark (U+FEFF); send JSON without one");
    byte[] bad = "{\"search\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> OrderlyJson.read(bad, OrderQuery.class)).hasMessage("Invalid JSON at $: the document is"
        + " not valid UTF-8: byte 14 (0xE9) starts a malformed sequence");
    byte[] cut = {'{', '"', 's', 'e', 'a', 'r', 'c', 'h', '"', ':', '"', (byte) 0xE2, (byte) 0x82};
    assertThatThrownBy(() -> OrderlyJson.read(cut, OrderQuery.class)).hasMessage("Invalid JSON at $: the document is"
        + " not valid UTF-8: byte 11 (0xE2) starts a malformed sequence");
    assertThatThrownBy(() -> OrderlyJson.read(new byte[OrderlyJson.MAX_DOCUMENT_LENGTH + 1], OrderQuery.class))
        .hasMessage("Invalid JSON at $: the document is 1000001 bytes long; at most 1000000 are read");
  }

  @Test
  @DisplayName("a command's type is one of its family's names; no class name is ever resolved")
  void typeIdsAreNames() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"type\":\"java.lang.ProcessBuilder\",\"id\":\"c1\"}", Command.class))
        .hasMessageStartingWith("Invalid JSON at $: Could not resolve type id 'java.lang.ProcessBuilder' as a subtype"
            + " of `io.github.orderly.workflow.Command`: known type ids = [");
    refused(valid.replaceFirst("\\{", "{\"@class\":\"java.lang.Runtime\","), Order.class,
        "Invalid JSON at $.@class: unknown property '@class'; known properties are [businessPurchaseOrder, buyer,"
            + " cancellation, cancellationRequests, deliveryAddress, deliveryWindow, earliestShipAt, firstReportedAt,"
            + " fulfilmentChannel, id, invoice, lines, marketplace, marketplaceFlags, merchantOrderId, paymentMethod,"
            + " payments, purchasedAt, refunds, releasedAt, returns, shipBy, shipments, subtypes, upstream, version, viewOnly]");
  }
}
