package io.github.orderly.examples;

import io.github.orderly.access.Role;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.workflow.AuthorizeReturn;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.List;

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
    out.append(commands(order));
    return out.toString();
  }

  /**
   * The README's commands: confirm a shipment, authorise a return, refund, cancel. Each is a factory call;
   * {@link OrderWorkflow#decide} accepts it or names the rule that refuses it.
   *
   * @param order the unshipped order of {@link #run()}
   * @return what the example prints
   */
  static String commands(Order order) {
    StringBuilder out = new StringBuilder();
    // readme-commands:start
    LineId mug = LineId.of("58342917460291");
    WorkflowContext staff = WorkflowContext.of(Instant.parse("2026-03-02T10:00:00Z"), Role.STAFF);

    Decision shipped = OrderWorkflow.decide(order, ConfirmShipment.of(CommandId.of("c-1"),
        Carrier.of("UPS"), TrackingId.of("1Z999AA10123456784"), Instant.parse("2026-03-02T09:00:00Z"),
        List.of(ShipmentLine.of(mug, 2))), staff);
    Order sent = shipped.order();
    out.append(sent.status().label()).append('\n');
    // Shipped

    Decision returning = OrderWorkflow.decide(sent, new AuthorizeReturn(CommandId.of("c-2"),
        RmaId.of("RMA-1"), ReturnReason.DEFECTIVE, List.of(ReturnLine.of(mug, 1))), staff);
    Decision refunded = OrderWorkflow.decide(returning.order(), IssueRefund.ofAmounts(CommandId.of("c-3"),
        RefundId.of("R-1"), RefundReason.CUSTOMER_RETURN, List.of(RefundLine.of(mug, Money.of("12.50", "USD")))),
        staff);
    out.append(refunded.order().refunded(mug)).append('\n');
    // USD 12.50

    Decision cancelled = OrderWorkflow.decide(order,
        Cancel.bySeller(CommandId.of("c-4"), CancellationReason.NO_STOCK), staff);
    out.append(cancelled.order().status().label()).append('\n');
    // Cancelled
    Decision tooLate = OrderWorkflow.decide(sent,
        Cancel.bySeller(CommandId.of("c-5"), CancellationReason.NO_STOCK), staff);
    out.append(tooLate.rejection().orElseThrow().rule()).append('\n');
    // R3
    // readme-commands:end
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
