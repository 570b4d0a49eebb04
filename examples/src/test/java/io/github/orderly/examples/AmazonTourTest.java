package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The Amazon tour reads the API's JSON, ships part through the workflow and prints the confirmShipment body. */
class AmazonTourTest {
  @Test
  @DisplayName("R41 R7: the tour reads an Unshipped order, ships one line, and prints the body it would send")
  void theTourShipsPartAndPrintsTheBody() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AmazonTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Read getOrder and getOrderItems of 113-7741200-5520931 (UNSHIPPED): Unshipped, 2 lines, total USD 58.47")
        .contains("Unshipped -> Partially shipped (R7: every line is now Paid)")
        .contains("POST /orders/v0/orders/113-7741200-5520931/shipmentConfirmation")
        .contains("\"carrierCode\":\"UPS\"")
        .contains("\"trackingNumber\":\"1Z999AA10123456784\"")
        .contains("\"shipDate\":\"2026-04-03T16:30:00Z\"")
        .contains("{\"orderItemId\":\"62019930418817\",\"quantity\":1}")
        .contains("The order now shows Partially shipped to the marketplace as PARTIALLY_SHIPPED.");
  }
}
