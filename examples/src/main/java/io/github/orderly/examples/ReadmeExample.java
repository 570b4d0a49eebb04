package io.github.orderly.examples;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Sku;
import java.time.Instant;

/**
 * The first example of the README, compiled and run by the build so that it cannot rot. The lines
 * between the {@code readme} markers appear in README.md verbatim; a test checks that they still do.
 */
public final class ReadmeExample {
  private ReadmeExample() {}

  /**
   * Builds an order, derives its status and round-trips it through JSON.
   *
   * @return what the example prints
   */
  public static String run() {
    StringBuilder out = new StringBuilder();
    // readme:start
    Order order = Order.builder()
        .id(OrderId.of("112-3345678-9012345"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(Instant.parse("2026-03-01T09:30:00Z"))
        .deliveryAddress(Address.builder()
            .recipient("Jane Doe").addStreetLine("1 Main St")
            .city("Seattle").region("WA").postalCode("98109").countryCode("US")
            .build())
        .addLine(OrderLine.builder()
            .id(LineId.of("58342917460291")).sku(Sku.of("MUG-RED")).listingId(ListingId.of("B0C1234567"))
            .title("Red mug, 350 ml").quantityOrdered(2)
            .unitPrice(Money.of("12.50", "USD")).shippingCharge(Money.of("4.99", "USD"))
            .build())
        .build();

    out.append(order.status().label()).append(' ').append(order.total()).append('\n');
    // Unshipped USD 29.99

    String json = OrderlyJson.write(order);
    out.append(OrderlyJson.read(json, Order.class).equals(order)).append('\n');
    // true
    // readme:end
    return out.toString();
  }

  /**
   * Prints the example's output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.print(run());
  }
}
