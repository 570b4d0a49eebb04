package io.github.orderly.examples;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.io.PrintStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Part 1 of the demo: one generated order of each status, its lines, and the status derived from them. */
final class ModelTour {
  private ModelTour() {}

  static void run(PrintStream out) {
    SplittableRandom random = new SplittableRandom(2026);
    OrderGenerator generator = OrderGenerator.standard().believable().withMaxLines(3);
    List<Order> orders = new ArrayList<>();
    for (OrderStatus status : OrderStatus.values()) {
      orders.add(generator.next(random, status));
    }
    ZoneId utc = ZoneId.of("UTC");
    out.println();
    Table table = Table.of("Order", "Marketplace", "Purchased", "Ship to", "Total", "Status (derived, R41)");
    for (Order o : orders) {
      table.row(o.id(), o.marketplace(), Table.at(o.purchasedAt(), utc),
          o.deliveryAddress().map(a -> a.recipient() + ", " + a.city() + " " + a.countryCode()).orElse("(no address)"),
          o.total(), o.status().label() + (o.shipmentLate() ? " (shipment is late)" : ""));
    }
    table.print(out);
    out.println();
    Table lines = Table.of("Order", "Line", "Title", "Qty", "Unit price", "Item status", "Payment status");
    for (Order o : orders) {
      for (OrderLine line : o.lines()) {
        lines.row(o.id(), line.id(), line.title(), line.quantityOrdered(), line.unitPrice(),
            line.itemStatus().label(), line.paymentStatus().label());
      }
    }
    lines.print(out);
  }
}
