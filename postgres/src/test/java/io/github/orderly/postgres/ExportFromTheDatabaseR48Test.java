package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.csv.CsvLayout;
import io.github.orderly.csv.CsvLayouts;
import io.github.orderly.csv.OrderExport;
import io.github.orderly.order.Order;
import io.github.orderly.order.TenantId;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * R48: a report written from the database, {@link OrderExport} fed by {@link PostgresOrderStore#stream} with
 * the export's own query, is the very file the export writes from the same orders in memory, sorted by the
 * query's sort. The glue is three lines of the caller's; the store does not depend on the CSV module.
 */
@ExtendWith(SeedReporter.class)
@DisplayName("R48 R26 R40: a report exported from PostgreSQL equals the in-memory export of the same orders")
class ExportFromTheDatabaseR48Test {
  private final PostgresOrderStore store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);

  @Test
  @DisplayName("R48 property: for every layout, with a date range or a line filter, the file from the database's "
      + "stream equals the file from memory, byte for byte")
  void reportFromTheDatabaseEqualsTheReportFromMemory() {
    List<CsvLayout> layouts = List.of(CsvLayouts.orderReport(), CsvLayouts.unshippedOrders(), CsvLayouts.ordersPage(),
        CsvLayouts.orderReportFlatFile());
    Property.named("the export from stream() equals the export from memory")
        .withTries(Math.max(2, Property.scaledTries(10) / 4))
        .check(random -> {
          List<Order> orders = new ArrayList<>();
          Set<String> ids = new HashSet<>();
          int count = 5 + random.nextInt(40);
          while (orders.size() < count) {
            Order o = StoreCases.ORDERS.next(random);
            if (ids.add(o.id().value())) {
              orders.add(o);
            }
          }
          return List.copyOf(orders);
        }, orders -> {
          TenantId tenant = TestDatabase.tenant("export");
          store.createAll(tenant, orders);
          LocalDate first = LocalDate.ofInstant(StoreCases.START, ZoneOffset.UTC);
          for (CsvLayout layout : layouts) {
            List<OrderExport> exports = List.of(
                OrderExport.builder(layout).zone(ZoneId.of("Asia/Tokyo")).build(),
                OrderExport.builder(layout).zone(ZoneOffset.UTC).purchasedOn(first.plusDays(3), first.plusDays(12)).build(),
                OrderExport.builder(layout).zone(ZoneOffset.UTC).query(OrderQuery.builder().includePending(true).sort(OrderSort.ORDER_ID)
                    .itemStatuses(Set.of(ItemStatus.SHIPPED, ItemStatus.ORDER_PLACED))
                    .paymentStatuses(Set.of(PaymentStatus.PAID, PaymentStatus.AUTHORIZED)).build()).build());
            // The database's stream writes exactly the rows the export includes (none, when every order is
            // pending and the layout leaves pending orders out).
            OrderExport all = exports.get(0);
            long included = orders.stream().mapToLong(o -> o.lines().stream().filter(l -> all.includes(o, l)).count())
                .sum();
            assertThat(rowsFromTheDatabase(tenant, all)).as("rows of %s", layout).isEqualTo(included);
            for (OrderExport export : exports) {
              assertThat(fromTheDatabase(tenant, export)).as("%s with %s", layout, StoreCases.json(export.query()))
                  .isEqualTo(inMemory(orders, export));
            }
          }
        }, io.github.orderly.testkit.Shrink.list(), os -> StoreCases.ids(os).toString());
  }

  /** The caller's glue: the export's query streamed from the store, in its sort, into the export. */
  private String fromTheDatabase(TenantId tenant, OrderExport export) {
    StringWriter out = new StringWriter();
    try (Stream<Order> orders = store.stream(tenant, export.query())) {
      export.writeTo(Role.ADMIN, orders::iterator, out);
    }
    return out.toString();
  }

  private long rowsFromTheDatabase(TenantId tenant, OrderExport export) {
    try (Stream<Order> orders = store.stream(tenant, export.query())) {
      return export.writeTo(Role.ADMIN, orders::iterator, new StringWriter());
    }
  }

  private static String inMemory(List<Order> orders, OrderExport export) {
    StringWriter out = new StringWriter();
    export.writeTo(Role.ADMIN, orders.stream().sorted(export.query().sort().comparator()).toList(), out);
    return out.toString();
  }
}
