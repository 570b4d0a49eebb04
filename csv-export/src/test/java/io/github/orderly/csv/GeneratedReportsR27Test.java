package io.github.orderly.csv;

import static io.github.orderly.csv.CsvRoundTripPropertyTest.meant;
import static io.github.orderly.csv.CsvRoundTripPropertyTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.query.OrderQuery;
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
  private static final Generator<List<Order>> ORDERS = random -> {
    List<Order> orders = new ArrayList<>();
    int n = random.nextInt(8);
    for (int i = 0; i < n; i++) {
      orders.add(OrderGenerator.standard().next(random));
    }
    return orders;
  };

  /** The rows each report should have, stated here independently of the library. */
  private static final BiPredicate<Order, OrderLine> ORDER_REPORT = (o, l) -> o.status() != OrderStatus.PENDING;
  private static final BiPredicate<Order, OrderLine> UNSHIPPED = (o, l) -> o.status() != OrderStatus.PENDING
      && o.status() != OrderStatus.CANCELLED && !l.itemStatus().isCancelled() && l.quantityShipped() < l.quantityOrdered()
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
            List<List<String>> rows = parse(out.toString());
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
              assertThat(row.get(headers.indexOf(c.title()))).isEqualTo(meant(l.title(), true));
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
          List<List<String>> rows = parse(out.toString());
          List<String> actual = new ArrayList<>();
          rows.subList(1, rows.size()).forEach(r -> actual.add(r.get(0) + "|" + r.get(4) + "|" + r.get(5)));
          assertThat(actual).isEqualTo(expected);
          assertThat(written).isEqualTo(expected.size());
        }, Shrink.list());
  }

  @Test
  @DisplayName("R26 R40: item-status and payment-status filters hold per line: OR within a category, AND across")
  void statusFiltersArePerLine() {
    Set<ItemStatus> items = EnumSet.of(ItemStatus.ORDER_PLACED, ItemStatus.DELIVERED);
    Set<PaymentStatus> payments = EnumSet.of(PaymentStatus.PAID, PaymentStatus.REFUND_FAILED);
    Property.named("a row is written exactly for each line whose statuses match the filters")
        .withTries(Property.configuredTries(300))
        .check(ORDERS, orders -> {
          for (int variant = 0; variant < 4; variant++) {
            Set<ItemStatus> i = variant % 2 == 0 ? items : Set.of();
            Set<PaymentStatus> p = variant / 2 == 0 ? payments : Set.of();
            StringWriter out = new StringWriter();
            OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE).itemStatuses(i).paymentStatuses(p)
                .build().writeTo(Role.ADMIN, orders, out);
            List<List<String>> rows = parse(out.toString());
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
  @DisplayName("R24 R27: the date range keeps orders purchased in [from, to) or on the days picked, in the zone; filters apply")
  void dateRangeAndFilters() {
    Instant from = Instant.parse("2026-03-02T00:00:00Z");
    Instant to = Instant.parse("2026-03-04T00:00:00Z");
    StringWriter out = new StringWriter();
    long rows = OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE).purchasedBetween(from, to)
        .build().writeTo(Role.OWNER, Fixtures.all(), out);
    List<String> ids = new ArrayList<>();
    parse(out.toString()).subList(1, (int) rows + 1).forEach(r -> ids.add(r.get(0)));
    List<String> expected = new ArrayList<>();
    for (Order o : Fixtures.all()) {
      if (!o.purchasedAt().isBefore(from) && o.purchasedAt().isBefore(to)) {
        o.lines().forEach(l -> expected.add(o.id().value()));
      }
    }
    assertThat(ids).isEqualTo(expected).isNotEmpty();

    StringWriter filtered = new StringWriter();
    OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE)
        .orders(o -> o.marketplace().value().equals("amazon.com"))
        .lines((o, l) -> l.quantityOrdered() > 1)
        .build().writeTo(Role.OWNER, Fixtures.all(), filtered);
    List<List<String>> kept = parse(filtered.toString());
    assertThat(kept.subList(1, kept.size())).extracting(r -> r.get(0) + "x" + r.get(3))
        .containsExactly("111-0000001-0000001x2", "113-0000005-0000005x4");

    ZoneId newYork = ZoneId.of("America/New_York");
    LocalDate day = LocalDate.of(2026, 3, 1);
    StringWriter onDay = new StringWriter();
    OrderExport.builder(CsvLayouts.ordersPage()).zone(newYork).purchasedOn(day, day)
        .build().writeTo(Role.OWNER, Fixtures.all(), onDay);
    List<String> dayIds = new ArrayList<>();
    List<List<String>> dayRows = parse(onDay.toString());
    dayRows.subList(1, dayRows.size()).forEach(r -> dayIds.add(r.get(0)));
    List<String> expectedDay = new ArrayList<>();
    for (Order o : Fixtures.all()) {
      if (o.purchasedAt().atZone(newYork).toLocalDate().equals(day)) {
        o.lines().forEach(l -> expectedDay.add(o.id().value()));
      }
    }
    assertThat(dayIds).isEqualTo(expectedDay).contains(Fixtures.shipped().id().value());

    StringWriter reported = new StringWriter();
    long late = OrderExport.builder(CsvLayouts.ordersPage()).zone(ZONE)
        .reportedBetween(Instant.parse("2026-03-05T00:00:00Z"), Instant.parse("2026-03-06T00:00:00Z"))
        .build().writeTo(Role.OWNER, Fixtures.all(), reported);
    assertThat(late).isEqualTo(Fixtures.partiallyShipped().lines().size());
  }
}
