package io.github.orderly.csv;

import static io.github.orderly.csv.CsvRoundTripPropertyTest.meant;
import static io.github.orderly.csv.Readers.rfc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.Shrink;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R27, R40, R48: generated orders through every report read back with the right rows and values. */
class GeneratedReportsR27Test {
  private static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
  /** Orders of both kinds the testkit makes: hostile texts (formulas, quotes, line breaks) and the demo's believable ones. */
  private static final Generator<List<Order>> ORDERS = random -> {
    List<Order> orders = new ArrayList<>();
    int n = random.nextInt(8);
    OrderGenerator generator = random.nextInt(4) == 0 ? OrderGenerator.standard().believable()
        : OrderGenerator.standard();
    for (int i = 0; i < n; i++) {
      orders.add(generator.next(random));
    }
    return orders;
  };

  /** The rows each report should have, stated here independently of the library. */
  private static final BiPredicate<Order, OrderLine> ORDER_REPORT = (o, l) -> o.status() != OrderStatus.PENDING
      && o.status() != OrderStatus.PENDING_AVAILABILITY;
  private static final BiPredicate<Order, OrderLine> UNSHIPPED = (o, l) -> o.status() != OrderStatus.PENDING
      && o.status() != OrderStatus.PENDING_AVAILABILITY && o.status() != OrderStatus.CANCELLED && !l.itemStatus().isCancelled() && l.quantityShipped() < l.quantityOrdered()
      && Set.of(PaymentStatus.AUTHORIZED, PaymentStatus.PAID).contains(l.paymentStatus());
  private static final BiPredicate<Order, OrderLine> EVERY = (o, l) -> true;

  private record Case(CsvLayout layout, BiPredicate<Order, OrderLine> rows, String orderId, String title,
      String date, String amount, String quantity) {}

  private static final List<Case> CASES = List.of(
      new Case(CsvLayouts.orderReport(), ORDER_REPORT, "Order ID", "Item", "Order date", "Amount", "Quantity"),
      new Case(CsvLayouts.orderReportFlatFile(), ORDER_REPORT, "amazon-order-id", "product-name", "purchase-date",
          null, "quantity"),
      new Case(CsvLayouts.unshippedOrders(), UNSHIPPED, "Order ID", "Item", "Order date", null, "Quantity to ship"),
      new Case(CsvLayouts.unshippedOrdersFlatFile(), UNSHIPPED, "order-id", "product-name", "purchase-date", null,
          "quantity-to-ship"),
      new Case(CsvLayouts.ordersPage(), EVERY, "Order ID", "Items", "Order date", "Amount", "Quantity"),
      new Case(CsvLayouts.ordersPageFlatFile(), EVERY, "amazon-order-id", "product-name", "purchase-date", null,
          "quantity"));

  @Test
  @DisplayName("R27: every report of generated orders parses back to one row per expected line with its key fields")
  void everyReportReadsBack() {
    Property.named("every report of generated orders has the right rows and key fields")
        .withTries(Property.configuredTries(300))
        .check(ORDERS, orders -> {
          for (Case c : CASES) {
            StringWriter out = new StringWriter();
            long written = OrderExport.builder(c.layout()).zone(ZONE).build().writeTo(Role.OWNER, orders, out);
            List<List<String>> rows = rfc(out.toString());
            assertThat(rows.get(0)).isEqualTo(c.layout().headers());
            List<String> headers = rows.get(0);
            List<Order> expectedOrders = new ArrayList<>();
            List<OrderLine> expectedLines = new ArrayList<>();
            for (Order o : orders) {
              for (OrderLine l : o.lines()) {
                if (c.rows().test(o, l)) {
                  expectedOrders.add(o);
                  expectedLines.add(l);
                }
              }
            }
            assertThat(written).as(c.layout().name()).isEqualTo(expectedLines.size());
            assertThat(rows).hasSize(expectedLines.size() + 1);
            for (int i = 0; i < expectedLines.size(); i++) {
              Order o = expectedOrders.get(i);
              OrderLine l = expectedLines.get(i);
              List<String> row = rows.get(i + 1);
              assertThat(row).hasSize(headers.size());
              assertThat(row.get(headers.indexOf(c.orderId()))).isEqualTo(o.id().value());
              assertThat(row.get(headers.indexOf(c.title()))).isEqualTo(meant(l.title(), FormulaGuards.OWASP));
              assertThat(Instant.from(OffsetDateTime.parse(row.get(headers.indexOf(c.date())))))
                  .isEqualTo(o.purchasedAt());
              assertThat(row.get(headers.indexOf(c.date()))).endsWith("+09:00");
              long quantity = c.quantity().contains("ship") ? l.quantityUnshipped() : l.quantityOrdered();
              assertThat(row.get(headers.indexOf(c.quantity()))).isEqualTo(Long.toString(quantity));
              if (c.amount() != null) {
                assertThat(row.get(headers.indexOf(c.amount()))).isEqualTo(l.charge().amount().toPlainString());
              }
            }
          }
        }, Shrink.list());
  }

  @Test
  @DisplayName("R26 R27: an export filtered by an orders-page query writes exactly the query's orders and matching lines")
  void exportFilteredByAQueryAgreesWithTheOrdersPage() {
    OrderQuery query = OrderQuery.builder()
        .addItemStatuses(ItemStatus.ORDER_PLACED, ItemStatus.DELIVERED, ItemStatus.RETURNED)
        .addPaymentStatuses(PaymentStatus.PAID, PaymentStatus.REFUNDED, PaymentStatus.REFUND_FAILED)
        .build();
    Property.named("a query-filtered export writes a row exactly for each matching line of each matching order")
        .withTries(Property.configuredTries(300))
        .check(ORDERS, orders -> {
          StringWriter out = new StringWriter();
          long written = OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE).query(query)
              .build().writeTo(Role.ADMIN, orders, out);
          List<String> expected = new ArrayList<>();
          for (Order o : orders) {
            if (query.matches(o)) {
              query.matchingLines(o).forEach(l -> expected.add(o.id().value() + "|" + l.itemStatus().label()
                  + "|" + l.paymentStatus().label()));
            }
          }
          List<List<String>> rows = rfc(out.toString());
          List<String> actual = new ArrayList<>();
          rows.subList(1, rows.size()).forEach(r -> actual.add(r.get(0) + "|" + r.get(4) + "|" + r.get(5)));
          assertThat(actual).isEqualTo(expected);
          assertThat(written).isEqualTo(expected.size());
        }, Shrink.list());
  }

  @Test
  @DisplayName("R26 R40: an export's query status filters hold per line: OR within a category, AND across")
  void statusFiltersArePerLine() {
    Set<ItemStatus> items = EnumSet.of(ItemStatus.ORDER_PLACED, ItemStatus.DELIVERED);
    Set<PaymentStatus> payments = EnumSet.of(PaymentStatus.PAID, PaymentStatus.REFUND_FAILED);
    Property.named("a row is written exactly for each line whose statuses match the query")
        .withTries(Property.configuredTries(300))
        .check(ORDERS, orders -> {
          for (int variant = 0; variant < 4; variant++) {
            Set<ItemStatus> i = variant % 2 == 0 ? items : Set.of();
            Set<PaymentStatus> p = variant / 2 == 0 ? payments : Set.of();
            OrderQuery query = OrderQuery.builder().includePending(true).itemStatuses(i).paymentStatuses(p).build();
            StringWriter out = new StringWriter();
            OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE).query(query)
                .build().writeTo(Role.ADMIN, orders, out);
            List<List<String>> rows = rfc(out.toString());
            List<String> expected = new ArrayList<>();
            for (Order o : orders) {
              for (OrderLine l : o.lines()) {
                if ((i.isEmpty() || i.contains(l.itemStatus())) && (p.isEmpty() || p.contains(l.paymentStatus()))) {
                  expected.add(o.id().value() + "|" + l.itemStatus().label() + "|" + l.paymentStatus().label());
                }
              }
            }
            List<String> actual = new ArrayList<>();
            rows.subList(1, rows.size()).forEach(r -> actual.add(r.get(0) + "|" + r.get(4) + "|" + r.get(5)));
            assertThat(actual).isEqualTo(expected);
          }
        }, Shrink.list());
  }

  @Test
  @DisplayName("R24 R27: purchasedOn is the query of the days picked, in the export's zone, by order date")
  void purchasedOnIsAQuery() {
    ZoneId newYork = ZoneId.of("America/New_York");
    LocalDate day = LocalDate.of(2026, 3, 1);
    OrderExport export = OrderExport.builder(CsvLayouts.ordersPage()).purchasedOn(day, day).zone(newYork).build();
    assertThat(export.query()).isEqualTo(OrderQuery.builder().includePending(true).dateBasis(DateBasis.ORDER_DATE)
        .dateFrom(Instant.parse("2026-03-01T05:00:00Z")).dateTo(Instant.parse("2026-03-02T05:00:00Z")).build());
    StringWriter onDay = new StringWriter();
    export.writeTo(Role.OWNER, Fixtures.all(), onDay);
    List<String> dayIds = new ArrayList<>();
    List<List<String>> dayRows = rfc(onDay.toString());
    dayRows.subList(1, dayRows.size()).forEach(r -> dayIds.add(r.get(0)));
    List<String> expectedDay = new ArrayList<>();
    for (Order o : Fixtures.all()) {
      if (o.purchasedAt().atZone(newYork).toLocalDate().equals(day)) {
        o.lines().forEach(l -> expectedDay.add(o.id().value()));
      }
    }
    assertThat(dayIds).isEqualTo(expectedDay).contains(Fixtures.shipped().id().value());
    assertThat(OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE).build().query())
        .as("without a query, every order, pending ones included").isEqualTo(OrderQuery.builder().includePending(true).build());
  }

  @Test
  @DisplayName("R26 R27: an export has one query: purchasedOn and a query together are refused")
  void oneQueryOnly() {
    OrderExport.Builder both = OrderExport.builder(CsvLayouts.orderReport()).zone(ZONE)
        .query(OrderQuery.builder().build()).purchasedOn(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
    assertThatThrownBy(both::build).isInstanceOf(InvalidCsvException.class)
        .hasMessage("purchasedOn = '2026-03-01..2026-03-02': export 'Order report' has a query already; an export has"
            + " one query: set its dateFrom and dateTo instead");
    assertThatThrownBy(() -> OrderExport.builder(CsvLayouts.orderReport()).purchasedOn(LocalDate.of(2026, 3, 2),
        LocalDate.of(2026, 3, 1))).isInstanceOf(InvalidCsvException.class)
        .hasMessage("purchasedOn.last = '2026-03-01': must not be before first '2026-03-02'");
  }

  @Test
  @DisplayName("R26 R27: the query's sort, page size and cursor do not apply: every matching row, in the caller's order")
  void sortAndPagingDoNotApply() {
    OrderQuery firstPage = OrderQuery.builder().includePending(true).sort(OrderSort.OLDEST_FIRST).pageSize(1).build();
    OrderQuery secondPage = firstPage.withCursor(firstPage.select(Fixtures.all()).nextCursor().orElseThrow());
    List<String> everyLine = new ArrayList<>();
    Fixtures.all().forEach(o -> o.lines().forEach(l -> everyLine.add(o.id().value() + "/" + l.id().value())));
    for (OrderQuery query : List.of(firstPage, secondPage)) {
      StringWriter out = new StringWriter();
      long rows = OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE).query(query).build()
          .writeTo(Role.OWNER, Fixtures.all(), out);
      assertThat(rows).isEqualTo(everyLine.size());
      List<List<String>> read = rfc(out.toString());
      List<String> ids = new ArrayList<>();
      read.subList(1, read.size()).forEach(r -> ids.add(r.get(0)));
      assertThat(ids).isEqualTo(everyLine.stream().map(s -> s.substring(0, s.indexOf('/'))).toList());
    }
  }

  @Test
  @DisplayName("R24 R26: a query by first-reported instant and a query by channel pick their orders")
  void queriesOfOtherCriteria() {
    OrderQuery reported = OrderQuery.builder().includePending(true).dateBasis(DateBasis.FIRST_REPORTED)
        .dateFrom(Instant.parse("2026-03-05T00:00:00Z")).dateTo(Instant.parse("2026-03-06T00:00:00Z")).build();
    long late = OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE).query(reported).build()
        .writeTo(Role.OWNER, Fixtures.all(), new StringWriter());
    assertThat(late).isEqualTo(Fixtures.partiallyShipped().lines().size());
    OrderQuery query = OrderQuery.builder().addItemStatuses(ItemStatus.IN_TRANSIT).build();
    OrderExport export = OrderExport.builder(CsvLayouts.orderReport()).zone(ZONE).query(query).build();
    assertThat(export.includes(Fixtures.shipped(), Fixtures.shipped().lines().get(1))).isTrue();
    assertThat(export.includes(Fixtures.shipped(), Fixtures.shipped().lines().get(0))).isFalse();
    assertThat(export.includes(Fixtures.unshipped(), Fixtures.unshipped().lines().get(0))).isFalse();
  }
}
