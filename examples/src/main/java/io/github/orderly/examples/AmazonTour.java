package io.github.orderly.examples;

import io.github.orderly.access.Role;
import io.github.orderly.amazon.AmazonOrder;
import io.github.orderly.amazon.AmazonOrders;
import io.github.orderly.amazon.AmazonReader;
import io.github.orderly.amazon.AmazonWriteBack;
import io.github.orderly.amazon.ReasonCodes;
import io.github.orderly.amazon.ShipmentConfirmation;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.ShipmentConfirmed;
import io.github.orderly.workflow.WorkflowContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The Amazon tour: one order in the Orders API v0's JSON (this module's own payloads) read into an Orderly order,
 * part of it shipped through the workflow, and the {@code confirmShipment} body it would send.
 */
final class AmazonTour {
  private AmazonTour() {}

  static void run(PrintStream console) {
    AmazonReader reader = AmazonReader.strict();
    AmazonOrder amazon = AmazonOrder.builder(reader.readGetOrder(resource("getOrder.json")))
        .addItems(reader.readGetOrderItems(resource("getOrderItems.json")))
        .build();
    Order order = AmazonOrders.toOrder(amazon);
    console.printf("Read getOrder and getOrderItems of %s (%s): %s, %d lines, total %s%n", order.id(),
        amazon.order().orderStatus(), order.status().label(), order.lines().size(), order.total());
    for (OrderLine line : order.lines()) {
      console.printf("  %s  %-16s %d x %s  %s / %s%n", line.id(), line.sku(), line.quantityOrdered(),
          line.unitPrice(), line.itemStatus().label(), line.paymentStatus().label());
    }

    Instant shippedAt = Instant.parse("2026-04-03T16:30:00Z");
    ConfirmShipment ship = ConfirmShipment.of(CommandId.of("amazon-tour-1"), Carrier.of("UPS"),
        TrackingId.of("1Z999AA10123456784"), shippedAt, List.of(ShipmentLine.of(LineId.of("62019930418817"), 1)));
    Decision decision = OrderWorkflow.decide(order, ship, WorkflowContext.of(shippedAt.plusSeconds(300), Role.STAFF));
    console.printf("%nThe kettle ships first, through the workflow: %s -> %s (R7: every line is now %s)%n",
        order.status().label(), decision.order().status().label(),
        decision.order().lines().get(1).paymentStatus().label());

    ShipmentConfirmed event = (ShipmentConfirmed) decision.events().get(0);
    ShipmentConfirmation body = AmazonWriteBack.with(ReasonCodes.standard())
        .confirmShipment(decision.order(), event, 1);
    console.printf("%nPOST /orders/v0/orders/%s/shipmentConfirmation%n%s%n", order.id(), body.toJson());
    console.printf("%nThe order now shows %s to the marketplace as %s.%n", decision.order().status().label(),
        AmazonOrders.v0Status(decision.order()));
  }

  private static String resource(String name) {
    try (InputStream in = AmazonTour.class.getResourceAsStream("/amazon-tour/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource amazon-tour/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
