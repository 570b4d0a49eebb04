package io.github.orderly.examples;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.io.PrintStream;
import java.util.SplittableRandom;

/** Part 1 of the demo: one generated order of each status, as JSON, with its derived status. */
final class ModelTour {
  private ModelTour() {}

  static void run(PrintStream out) {
    SplittableRandom random = new SplittableRandom(2026);
    OrderGenerator orders = OrderGenerator.standard().withMaxLines(3);
    for (OrderStatus status : OrderStatus.values()) {
      Order order = orders.next(random, status);
      out.printf("%nOrder %s  %s  total %s  status: %s%s%n", order.id(), order.marketplace(),
          order.total(), order.status().label(), order.shipmentLate() ? "  [Shipment is late]" : "");
      for (OrderLine line : order.lines()) {
        out.printf("  line %s  %d x %s  item: %-17s payment: %s%n", line.id(), line.quantityOrdered(),
            line.unitPrice(), line.itemStatus().label(), line.paymentStatus().label());
      }
      out.println("  " + OrderlyJson.write(order));
    }
  }
}
