package io.github.orderly.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Actor;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
        assertThat(row.rule().map(r -> r.id().startsWith("R")).orElse(true)).isTrue();
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
    Path doc = Path.of("..", "docs", "workflow.md");
    DocBlocks.check(doc, "item-status", "```mermaid\n" + StatusTables.item().toMermaid() + "```\n");
    DocBlocks.check(doc, "payment-status", "```mermaid\n" + StatusTables.payment().toMermaid() + "```\n");
  }

  @Test
  @DisplayName("R42: rows that share a status and an event have guards that exclude each other, and each guard"
      + " can be asked about its row's event")
  void r42_guardsOfOneStatusAndEventExcludeEachOther() {
    for (TransitionTable<?> table : TABLES) {
      for (Transition<?> row : table.rows()) {
        assertThat(row.guard().appliesTo(row.event())).as(row.toString()).isTrue();
        for (Transition<?> other : table.rows()) {
          if (other != row && other.from() == row.from() && other.event() == row.event()) {
            boolean named = row.guard() == Guard.NAMED && other.guard() == Guard.NAMED;
            assertThat(named || row.guard() != other.guard() && row.guard().group().isPresent()
                && row.guard().group().equals(other.guard().group())).as(row + " and " + other).isTrue();
          }
        }
      }
    }
    assertThatThrownBy(() -> TransitionTable.rows(PaymentStatus.class)
        .row(PaymentStatus.AUTHORIZED, PaymentStatus.PAID, ShipmentConfirmed.class)
        .row(PaymentStatus.AUTHORIZED, PaymentStatus.REFUNDED, ShipmentConfirmed.class)
        .table("bad", EnumSet.of(PaymentStatus.AUTHORIZED), EnumSet.of(PaymentStatus.REFUNDED), Enum::name))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("can both apply");
    assertThatThrownBy(() -> new Transition<>(PaymentStatus.AUTHORIZED, PaymentStatus.PAID, ShipmentConfirmed.class,
        Guard.LINE_IN_REFUND, java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be asked about ShipmentConfirmed");
  }

  @Test
  @DisplayName("R6 R18: one status, one event, two rows: the table picks the target by the order's channel")
  void r6_r18_theGuardChoosesTheTarget() {
    Order seller = Fixtures.unshipped();
    Order marketplace = Fixtures.order(FulfilmentChannel.MARKETPLACE, PaymentStatus.AUTHORIZED);
    OrderCancelled event = new OrderCancelled(new Cause(Fixtures.id(), Fixtures.LATER, Actor.MARKETPLACE),
        Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, Fixtures.LATER), List.of(), List.of(),
        java.util.Optional.empty());
    assertThat(StatusTables.payment().next(PaymentStatus.AUTHORIZED, seller, seller.lines().get(0), event))
        .contains(PaymentStatus.NOT_CHARGED);
    assertThat(StatusTables.payment().next(PaymentStatus.AUTHORIZED, marketplace, marketplace.lines().get(0), event))
        .contains(PaymentStatus.REFUNDED);
    assertThat(StatusTables.item().next(ItemStatus.ORDER_PLACED, seller, seller.lines().get(0), event))
        .contains(ItemStatus.UNFULFILLED);
    assertThat(StatusTables.item().next(ItemStatus.SHIPPED, seller, seller.lines().get(0), event)).isEmpty();
  }

  @Test
  @DisplayName("R42: the Mermaid rendering has one arrow per row, the start and the final statuses")
  void r42_mermaidRendering() {
    String text = StatusTables.payment().toMermaid();
    assertThat(text).startsWith("stateDiagram-v2\n")
        .contains("    state \"Refund failed\" as REFUND_FAILED\n")
        .contains("    [*] --> PAYMENT_PROCESSING\n")
        .contains("    AUTHORIZED --> PAID : ShipmentConfirmed (R7)\n")
        .contains("    AUTHORIZED --> REFUNDED : OrderCancelled [marketplace-fulfilled] (R18)\n")
        .contains("    REFUNDED --> [*]\n");
    assertThat(text.lines().filter(l -> l.contains(" --> ") && !l.contains("[*]")).count())
        .isEqualTo(StatusTables.payment().rows().size());
  }

  @Test
  @DisplayName("R42: the rows on one event, looked up once for all the lines of an event, are the table's rows"
      + " from each status; none on an event the table has no row for")
  void r42_rowsOnAnEventAreTheTablesRows() {
    assertRowsOnEvents(StatusTables.item());
    assertRowsOnEvents(StatusTables.payment());
    assertThat(StatusTables.item().on(RefundSucceeded.class)).as("no item status changes on a refund's outcome")
        .isNull();
    Order order = Fixtures.unshipped();
    assertThat(StatusTables.item().nextOrNull(null, ItemStatus.ORDER_PLACED, order, order.lines().get(0),
        new RefundSucceeded(new Cause(Fixtures.id(), Fixtures.PURCHASED, Actor.of(io.github.orderly.access.Role.STAFF)),
            io.github.orderly.order.RefundId.of("R-1"), List.of()))).isNull();
  }

  private static <S extends Enum<S>> void assertRowsOnEvents(TransitionTable<S> table) {
    int rowsSeen = 0;
    for (Transition<S> row : table.rows()) {
      List<List<Transition<S>>> onEvent = table.on(row.event());
      assertThat(onEvent).as(row.toString()).isNotNull();
      assertThat(onEvent.get(row.from().ordinal())).as(row.toString()).contains(row);
      for (int status = 0; status < onEvent.size(); status++) {
        int from = status;
        assertThat(onEvent.get(status)).allMatch(r -> r.event() == row.event() && r.from().ordinal() == from);
      }
      rowsSeen++;
    }
    assertThat(rowsSeen).isEqualTo(table.rows().size()).isPositive();
  }
}
