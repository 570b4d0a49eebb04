package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The workflow tour, through the public API only, meets the rules it says it meets. */
class WorkflowTourTest {
  @Test
  @DisplayName("R1 R3 R7 R16 R19 R43 R44 R50: the tour pays, ships part, refunds the rest and takes a return,"
      + " prints the audit trail, and a marketplace cancellation blocks a later shipment")
  void theTourMeetsEachRule() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorkflowTour.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("REJECTED R1: Order 112-3456789-0123456 is pending")
        .contains("+ ShipmentConfirmed  [05123456789012-1 -> Shipped / Paid]  [05123456789012-2 -> Preparing to ship / Paid]")
        .contains("The same confirmation arrives twice (R43)\n  ConfirmShipment as STAFF\n  repeat: nothing changes")
        .contains("REJECTED R3: Order 112-3456789-0123456 cannot be cancelled: line 05123456789012-1 was confirmed"
            + " as shipped on 2026-03-02 (R3).")
        .contains("REJECTED R44: Order 112-3456789-0123456: role VIEWER may not IssueRefund")
        .contains("+ RefundFailed  [05123456789012-1 -> Returned / Refund failed]")
        .contains("gives the same order (R43): true; version 11")
        .containsPattern("2026-03-02 05:00 UTC +STAFF u-ana +tour-4 +ShipmentConfirmed")
        .contains("REJECTED R50: Order 112-3456789-0999999: the marketplace reported it cancelled on 2026-03-01,"
            + " so it must not ship (R50).");
    assertThat(out.substring(out.indexOf("Finally:"))).contains("Partially shipped  [Shipment is late]");
  }
}
