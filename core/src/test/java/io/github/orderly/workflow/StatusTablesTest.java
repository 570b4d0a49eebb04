package io.github.orderly.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StatusTablesTest {
  private static final List<TransitionTable<?>> TABLES = List.of(StatusTables.item(), StatusTables.payment());

  @Test
  @DisplayName("R42: every item and payment status is reachable from a starting status")
  void r42_noUnreachableStatus() {
    assertThat(StatusTables.item().reachable()).isEqualTo(EnumSet.allOf(ItemStatus.class));
    assertThat(StatusTables.payment().reachable()).isEqualTo(EnumSet.allOf(PaymentStatus.class));
  }

  @Test
  @DisplayName("R42: the only dead ends are the declared final statuses, and no row leaves a final status")
  void r42_noDeadEndButTheFinalOnes() {
    for (TransitionTable<?> table : TABLES) {
      assertThat(table.deadEnds()).as(table.name()).isEqualTo(table.finals());
      assertThat(table.finals()).as(table.name()).isNotEmpty();
    }
    assertThat(StatusTables.item().finals()).containsExactlyInAnyOrder(ItemStatus.UNFULFILLED,
        ItemStatus.UNABLE_TO_FULFILL);
    assertThat(StatusTables.payment().finals()).containsExactlyInAnyOrder(PaymentStatus.NOT_CHARGED,
        PaymentStatus.REFUNDED);
  }

  @Test
  @DisplayName("R42: every row names an event that lists line statuses, and allows() answers exactly the rows")
  void r42_rowsNameStatusChangingEvents() throws ReflectiveOperationException {
    for (TransitionTable<?> table : TABLES) {
      for (Transition<?> row : table.rows()) {
        assertThat(row.event().getRecordComponents()).extracting(c -> c.getName()).contains("statuses");
      }
    }
    int allowed = 0;
    for (ItemStatus from : ItemStatus.values()) {
      for (ItemStatus to : ItemStatus.values()) {
        for (Class<?> type : Event.class.getPermittedSubclasses()) {
          if (StatusTables.item().allows(from, to, type.asSubclass(Event.class))) {
            allowed++;
          }
        }
      }
    }
    assertThat(allowed).isEqualTo(StatusTables.item().rows().size());
  }

  @Test
  @DisplayName("R42: the diagrams committed in docs/workflow.md are the code's own rendering of the tables")
  void r42_committedDiagramsMatchTheCode() throws IOException {
    String doc = Files.readString(Path.of("..", "docs", "workflow.md"), StandardCharsets.UTF_8);
    for (TransitionTable<?> table : TABLES) {
      String block = "```mermaid\n" + table.toMermaid() + "```\n";
      assertThat(doc).as("docs/workflow.md is out of date; the %s diagram must read:%n%s", table.name(), block)
          .contains(block);
    }
  }

  @Test
  @DisplayName("R42: the Mermaid rendering has one arrow per row, the start and the final statuses")
  void r42_mermaidRendering() {
    String text = StatusTables.payment().toMermaid();
    assertThat(text).startsWith("stateDiagram-v2\n")
        .contains("    state \"Refund failed\" as REFUND_FAILED\n")
        .contains("    [*] --> PAYMENT_PROCESSING\n")
        .contains("    AUTHORIZED --> PAID : ShipmentConfirmed (R7)\n")
        .contains("    REFUNDED --> [*]\n");
    assertThat(text.lines().filter(l -> l.contains(" --> ") && !l.contains("[*]")).count())
        .isEqualTo(StatusTables.payment().rows().size());
  }
}
