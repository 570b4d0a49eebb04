package io.github.orderly.order;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.money.Money;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The workflow builds an order per event, so the order's checks must be cheap: a valid order of up to
 * {@value OrderChecks#SMALL} lines and as many shipments, refunds and returns each is checked without
 * allocating a byte (the generator gives a line at most one refund, whose sum needs none). Measured with this thread's
 * allocation counter (the JVM's thread management bean, reached by reflection so that the module needs
 * no {@code requires} for it) over many checks, so that the counter's own cost disappears in the average.
 */
class OrderChecksAllocationTest {
  private static final int CHECKS_PER_ORDER = 200;

  @Test
  @DisplayName("the checks of a valid order of up to 16 lines and 16 records of each kind, in every status, allocate"
      + " nothing")
  void smallValidOrdersAreCheckedWithoutAllocating() throws ReflectiveOperationException {
    Object threads = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
    Method allocated = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
    // Up to 8 lines, unshipped or each shipped in one or two parcels (so at most 16 shipments), with refunds.
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      orders.add(withoutOptionalFields(sample(i)));
    }
    // Warm up until the JIT compiles the checks, as it has in any server that builds orders all day.
    for (int k = 0; k < CHECKS_PER_ORDER; k++) {
      for (Order order : orders) {
        OrderChecks.check(order);
      }
    }
    // On a busy machine the JIT may still be compiling after the warm-up, and interpreted code allocates
    // (iterators the compiled code does without): the least of a few rounds is the compiled cost.
    double least = Double.MAX_VALUE;
    for (int round = 0; round < 5 && least >= 0.01; round++) {
      long before = (long) allocated.invoke(threads);
      for (Order order : orders) {
        for (int k = 0; k < CHECKS_PER_ORDER; k++) {
          OrderChecks.check(order);
        }
      }
      long bytes = (long) allocated.invoke(threads) - before;
      least = Math.min(least, (double) bytes / (orders.size() * CHECKS_PER_ORDER));
    }
    assertThat(least).as("bytes allocated per check of a valid order, least of up to 5 rounds").isLessThan(0.01);
  }

  /** A valid order of {@code 1 + i % 8} lines: unshipped, or shipped in one or two parcels per line, refunded in part. */
  private static Order sample(int i) {
    int lines = 1 + i % 8;
    boolean shipped = i % 2 == 1;
    Order.Builder order = TestOrders.order().lines(List.of());
    for (int l = 0; l < lines; l++) {
      String id = "L" + l;
      if (!shipped) {
        order.addLine(TestOrders.line(id, "10.00").build());
        continue;
      }
      order.addLine(TestOrders.shippedLine(id));
      if ((i + l) % 3 == 0) {
        order.addShipment(TestOrders.shipment("1Z" + l + "A", id, 1)).addShipment(TestOrders.shipment("1Z" + l + "B", id, 1));
      } else {
        order.addShipment(TestOrders.shipment("1Z" + l, id, 2));
      }
      if (l % 2 == 0) {
        order.addRefund(Refund.builder().id(RefundId.of("R-" + l)).reason(RefundReason.GENERAL_ADJUSTMENT)
            .issuedAt(TestOrders.PURCHASED.plusSeconds(2 * 86_400)).addLine(RefundLine.of(LineId.of(id),
                io.github.orderly.money.Money.of("1.00", "USD"))).state(RefundState.SUCCEEDED).build());
      }
    }
    return order.build();
  }

  /**
   * The order without the optional fields the checks read (ship-by, shipping costs, cancellation record,
   * cancellation request, purchase-order number): Immutables makes a new {@code Optional} each time a
   * present one is read, 16 bytes that are not the checks' own.
   */
  private static Order withoutOptionalFields(Order order) {
    List<Shipment> shipments = new ArrayList<>();
    for (Shipment shipment : order.shipments()) {
      shipments.add(Shipment.builder().from(shipment).actualShippingCost(java.util.Optional.empty()).build());
    }
    return Order.builder().from(order).shipBy(java.util.Optional.empty()).shipments(shipments)
        .cancellation(java.util.Optional.empty()).cancellationRequests(java.util.List.of())
        .businessPurchaseOrder(java.util.Optional.empty()).build();
  }
}
