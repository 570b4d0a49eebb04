package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.InvalidValueException;
import io.github.orderly.access.Role;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Property;
import io.github.orderly.workflow.ConfirmInvoice;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.InvoiceConfirmed;
import io.github.orderly.workflow.WorkflowContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What a write stores: the order read back equal, and every projected column as an independent reading of
 * the order says it must be; and the orders PostgreSQL cannot keep, refused with nothing written.
 */
@DisplayName("Columns: each order is stored whole as JSONB beside the columns the orders page and the sweep filter on")
class OrderColumnsTest {
  private static final int TRIES = Math.max(10, Property.configuredTries(1000) / 50);
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  /** One stored row, read back column by column. */
  record Row(String status, String channel, String marketplace, Set<String> subtypes, Instant purchasedAt,
      Instant firstReportedAt, Optional<Instant> openShipBy, boolean shipmentLate, boolean refundFailed,
      String currency, BigDecimal total, Set<String> lineStatuses, List<String> searchText,
      Optional<Instant> nextDueAt, byte[] orderKey, long version) {}

  @Test
  @DisplayName("R47 R24 R40 R45 R19 R7: every order reads back equal, and every column holds what the order says")
  void columnsAgreeWithTheOrder() {
    Property.named("a stored order loads back equal and each of its columns is what the order says")
        .withTries(TRIES)
        .check(random -> StoreCases.orders(random, 30), orders -> {
          TenantId tenant = TestDatabase.tenant("columns");
          OrderRows.replace(TestDatabase.dataSource(), tenant, orders, TestDatabase.SWEEP);
          Map<String, Row> rows = rows(tenant);
          assertThat(rows).hasSize(orders.size());
          for (Order order : orders) {
            assertThat(store.load(tenant, order.id())).as("R47: read back equal").contains(order);
            expectColumns(order, rows.get(order.id().value()));
          }
          // The order key sorts as Java sorts the ids' text.
          for (Order a : orders) {
            for (Order b : orders) {
              assertThat(Integer.signum(Arrays.compareUnsigned(rows.get(a.id().value()).orderKey(),
                  rows.get(b.id().value()).orderKey())))
                  .isEqualTo(Integer.signum(a.id().value().compareTo(b.id().value())));
            }
          }
        });
  }

  private static void expectColumns(Order order, Row row) {
    OrderStatus status = order.status();
    assertThat(row.status()).isEqualTo(status.name());
    assertThat(row.channel()).isEqualTo(order.fulfilmentChannel().name());
    assertThat(row.marketplace()).isEqualTo(order.marketplace().value());
    assertThat(row.version()).isEqualTo(order.version());
    assertThat(row.subtypes()).isEqualTo(names(order.subtypes()));
    // R24: both instants, exactly, to the nanosecond.
    assertThat(row.purchasedAt()).isEqualTo(order.purchasedAt());
    assertThat(row.firstReportedAt()).isEqualTo(order.firstReportedAt());
    boolean stillToShip = status == OrderStatus.PENDING || status == OrderStatus.PENDING_AVAILABILITY
        || status == OrderStatus.UNSHIPPED
        || status == OrderStatus.PARTIALLY_SHIPPED;
    assertThat(row.openShipBy()).isEqualTo(stillToShip ? order.shipBy() : Optional.empty());
    // R7: partly confirmed, not all.
    assertThat(row.shipmentLate()).isEqualTo(status == OrderStatus.PARTIALLY_SHIPPED);
    // R19
    assertThat(row.refundFailed())
        .isEqualTo(order.lines().stream().anyMatch(l -> l.paymentStatus() == PaymentStatus.REFUND_FAILED));
    assertThat(row.currency()).isEqualTo(order.currency().getCurrencyCode());
    assertThat(row.total()).isEqualByComparingTo(order.total().amount());
    // R40: each line's two statuses, together.
    Set<String> pairs = new HashSet<>();
    for (OrderLine line : order.lines()) {
      pairs.add(line.itemStatus().name() + ":" + line.paymentStatus().name());
    }
    assertThat(row.lineStatuses()).isEqualTo(pairs);
    // R26: each searchable field, equal to it ignoring case.
    List<String> fields = new ArrayList<>();
    fields.add(order.id().value());
    order.merchantOrderId().ifPresent(m -> fields.add(m.value()));
    order.returns().stream().map(ReturnAuthorization::rmaId).forEach(r -> fields.add(r.value()));
    order.shipments().stream().flatMap(s -> s.trackingId().stream()).forEach(t -> fields.add(t.value()));
    order.buyer().email().ifPresent(fields::add);
    assertThat(row.searchText()).hasSameSizeAs(fields);
    for (int i = 0; i < fields.size(); i++) {
      assertThat(row.searchText().get(i)).isEqualToIgnoringCase(fields.get(i));
    }
    // R45: when the sweep first acts on it, to the microsecond, rounded down.
    assertThat(row.nextDueAt())
        .isEqualTo(TestDatabase.SWEEP.nextDueAt(order).map(d -> d.truncatedTo(ChronoUnit.MICROS)));
  }

  private static Set<String> names(Set<? extends Enum<?>> values) {
    Set<String> names = new HashSet<>();
    values.forEach(v -> names.add(v.name()));
    return names;
  }

  @Test
  @DisplayName("R45: rewriting an order recomputes its columns: a cancelled order is no longer due")
  void rewritingRecomputesTheColumns() {
    TenantId tenant = TestDatabase.tenant("rewrite");
    SplittableRandom random = new SplittableRandom(45);
    Order unshipped = StoreCases.ORDERS.next(random, OrderStatus.UNSHIPPED);
    OrderRows.replace(TestDatabase.dataSource(), tenant, List.of(unshipped), TestDatabase.SWEEP);
    assertThat(rows(tenant).get(unshipped.id().value()).nextDueAt()).isPresent();

    Order cancelled = Order.builder().from(StoreCases.ORDERS.next(random, OrderStatus.CANCELLED)).id(unshipped.id())
        .version(unshipped.version() + 1).build();
    assertThat(OrderRows.replace(TestDatabase.dataSource(), tenant, List.of(cancelled), TestDatabase.SWEEP)).isOne();

    Row row = rows(tenant).get(unshipped.id().value());
    assertThat(row.status()).isEqualTo("CANCELLED");
    assertThat(row.nextDueAt()).isEmpty();
    assertThat(row.version()).isEqualTo(cancelled.version());
    assertThat(store.load(tenant, unshipped.id())).contains(cancelled);
  }

  @Test
  @DisplayName("R53: the seller's invoice confirmation, applied through the store, rewrites the status column from"
      + " INVOICE_UNCONFIRMED to SHIPPED")
  void r53_invoiceConfirmedRewritesTheStatusColumn() {
    TenantId tenant = TestDatabase.tenant("invoice");
    Order unconfirmed = StoreCases.ORDERS.next(new SplittableRandom(53), OrderStatus.INVOICE_UNCONFIRMED);
    store.createAll(tenant, List.of(unconfirmed));
    assertThat(rows(tenant).get(unconfirmed.id().value()).status()).isEqualTo("INVOICE_UNCONFIRMED");
    Instant at = unconfirmed.shipments().stream().map(Shipment::shippedAt).max(Instant::compareTo)
        .orElse(unconfirmed.purchasedAt());
    Decision d = store.apply(tenant, unconfirmed.id(), new ConfirmInvoice(CommandId.of("ci-store")),
        WorkflowContext.of(at, Role.STAFF));
    assertThat(d.isAccepted()).as("%s", d.rejection()).isTrue();
    Row row = rows(tenant).get(unconfirmed.id().value());
    assertThat(row.status()).isEqualTo("SHIPPED");
    assertThat(row.version()).isEqualTo(unconfirmed.version() + 1);
    assertThat(store.load(tenant, unconfirmed.id())).contains(d.order());
    List<Event> events = store.events(tenant, unconfirmed.id());
    assertThat(events.get(events.size() - 1)).isInstanceOf(InvoiceConfirmed.class);
    assertThat(store.knowsCommand(tenant, CommandId.of("ci-store"))).isTrue();
  }

  @Test
  @DisplayName("A NUL or an unpaired surrogate, which PostgreSQL text cannot hold, never reaches the store: the"
      + " model refuses it; a surrogate pair (an emoji) is stored and loaded back")
  void textPostgresCannotHoldNeverReachesTheStore() {
    TenantId tenant = TestDatabase.tenant("surrogate");
    Order base = StoreCases.ORDERS.next(new SplittableRandom(2));
    assertThatThrownBy(() -> OrderLine.builder().from(base.lines().get(0)).title("Mug\u0000 350 ml").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("U+0000");
    assertThatThrownBy(() -> Buyer.builder().name("Zoë \uD83D").build())
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("U+D83D");
    Order emoji = Order.builder().from(base).buyer(Buyer.builder().name("Zoë \uD83D\uDE00").build()).build();
    OrderRows.replace(TestDatabase.dataSource(), tenant, List.of(emoji), TestDatabase.SWEEP);
    assertThat(store.load(tenant, emoji.id())).contains(emoji);
  }

  @Test
  @DisplayName("R24: an order date beyond the year 9999 never reaches the store: the model refuses it, naming the"
      + " field")
  void instantsBeyondTheYear9999AreRefused() {
    Order base = StoreCases.ORDERS.next(new SplittableRandom(3), OrderStatus.SHIPPED);
    Instant far = Instant.parse("+10000-01-01T00:00:00Z");
    assertThatThrownBy(() -> Order.builder().from(base).purchasedAt(far).firstReportedAt(far).build())
        .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("purchasedAt = '+10000-01-01T00:00:00Z'");
  }

  @Test
  @DisplayName("Two orders with one id in one write are refused, and nothing is written")
  void duplicateIdsInOneWriteAreRefused() {
    TenantId tenant = TestDatabase.tenant("twice");
    Order order = StoreCases.ORDERS.next(new SplittableRandom(4));
    assertThatThrownBy(() -> OrderRows.replace(TestDatabase.dataSource(), tenant, List.of(order, order),
        TestDatabase.SWEEP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("orders = '" + order.id() + "': appears twice in one write");
    assertThat(rows(tenant)).isEmpty();
  }

  @Test
  @DisplayName("The store's tenant is core's TenantId: blank, padded, control characters (NUL among them) and "
      + "unpaired surrogates are refused before any statement can carry them")
  void tenantIdsAreChecked() {
    for (String bad : new String[] {" acme", "", "ac\u0000me", "acme\uDC00", "a".repeat(201)}) {
      assertThatThrownBy(() -> TenantId.of(bad)).as("tenant %s", bad)
          .isInstanceOf(io.github.orderly.InvalidValueException.class).hasMessageStartingWith("tenantId = ");
    }
    assertThat(TenantId.of("acme 😀")).isEqualTo(TenantId.of("acme 😀")).hasToString("acme 😀");
  }

  static Map<String, Row> rows(TenantId tenant) {
    try {
      return readRows(tenant);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Row> readRows(TenantId tenant) throws SQLException {
    Map<String, Row> rows = new HashMap<>();
    String sql = """
        SELECT order_id, status, fulfilment_channel, marketplace, subtypes, purchased_at, purchased_at_ns,
          first_reported_at, first_reported_at_ns, open_ship_by, open_ship_by_ns, shipment_late, refund_failed,
          currency, total, line_statuses, search_text, next_due_at, order_key, version
        FROM orderly_orders WHERE tenant = ?""";
    try (Connection c = TestDatabase.dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, tenant.value());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.put(rs.getString("order_id"), new Row(rs.getString("status"), rs.getString("fulfilment_channel"),
              rs.getString("marketplace"), Set.of((String[]) rs.getArray("subtypes").getArray()),
              instant(rs, "purchased_at").orElseThrow(), instant(rs, "first_reported_at").orElseThrow(),
              instant(rs, "open_ship_by"), rs.getBoolean("shipment_late"), rs.getBoolean("refund_failed"),
              rs.getString("currency"), rs.getBigDecimal("total"),
              Set.of((String[]) rs.getArray("line_statuses").getArray()),
              List.of(rs.getString("search_text").split("\n", -1)),
              Optional.ofNullable(rs.getObject("next_due_at", OffsetDateTime.class)).map(OffsetDateTime::toInstant),
              rs.getBytes("order_key"), rs.getLong("version")));
        }
      }
    }
    return rows;
  }

  private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime micros = rs.getObject(column, OffsetDateTime.class);
    return micros == null ? Optional.empty() : Optional.of(micros.toInstant().plusNanos(rs.getShort(column + "_ns")));
  }
}
