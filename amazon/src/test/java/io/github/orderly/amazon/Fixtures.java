package io.github.orderly.amazon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The test payloads under {@code src/test/resources}: this module's own, in the shapes the API documents. */
final class Fixtures {
  static final AmazonReader READER = AmazonReader.strict();

  private Fixtures() {}

  static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String v0(String scenario, String document) {
    return text("v0/" + scenario + "/" + document + ".json");
  }

  static OrdersV0.Order order(String scenario) {
    return READER.readGetOrder(v0(scenario, "getOrder"));
  }

  static OrdersV0.OrderItemsList items(String scenario) {
    return READER.readGetOrderItems(v0(scenario, "getOrderItems"));
  }

  /** The order and its one page of items, combined. */
  static AmazonOrder combined(String scenario) {
    return AmazonOrder.builder(order(scenario)).addItems(items(scenario)).build();
  }

  static String v2026(String name) {
    return text("v2026/" + name + ".json");
  }
}
