package io.github.orderly.query;

import static io.github.orderly.query.SeedOrders.NOW;
import static io.github.orderly.query.SeedOrders.daysAgo;
import static io.github.orderly.query.SeedOrders.line;
import static io.github.orderly.query.SeedOrders.order;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.MerchantOrderId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The orders page examples of the Buy with Prime merchant console help and the orders-page views of R26. */
class OrderQuerySeedExamplesTest {

  private static List<String> ids(Page page) {
    return page.rows().stream().map(o -> o.id().value()).collect(Collectors.toList());
  }

  private static List<String> idsMatching(OrderQuery q, List<Order> orders) {
    return ids(q.select(orders));
  }

  @Test
  @DisplayName("R26: search \"112-33\" finds orders whose order id, RMA id or tracking id contains it")
  void searchFindsByIdRmaAndTracking() {
    Order byId = SeedOrders.unshipped("112-3345678-0000001", daysAgo(1));
    Order byRma = order("114-0000000-0000002", daysAgo(2),
        line("R1", ItemStatus.RETURN_STARTED, PaymentStatus.PAID))
        .returns(List.of(SeedOrders.returnOf("RMA-112-33001", "R1", daysAgo(1)))).build();
    Order byTracking = order("114-0000000-0000003", daysAgo(3),
        line("T1", ItemStatus.IN_TRANSIT, PaymentStatus.PAID)).build();
    byTracking = Order.builder().from(byTracking)
        .shipments(List.of(SeedOrders.shipment("1Z112-33X9", "T1", daysAgo(3)))).build();
    Order byEmail = Order.builder().from(SeedOrders.unshipped("114-0000000-0000004", daysAgo(4)))
        .buyer(SeedOrders.buyer("112-33-relay@marketplace.example")).build();
    Order miss = SeedOrders.unshipped("114-1123-3000005", daysAgo(5));
    List<Order> orders = List.of(byId, byRma, byTracking, byEmail, miss);

    OrderQuery q = OrderQuery.builder().search("112-33").build();

    assertThat(idsMatching(q, orders)).containsExactly(
        "112-3345678-0000001", "114-0000000-0000002", "114-0000000-0000003", "114-0000000-0000004");
    assertThat(q.matches(miss)).isFalse();
  }

  @Test
  @DisplayName("R26: search is partial and ignores case, over merchant order id and buyer e-mail too")
  void searchIgnoresCase() {
    Order merchant = Order.builder().from(SeedOrders.unshipped("111-0000000-0000001", daysAgo(1)))
        .merchantOrderId(MerchantOrderId.of("Shop-AbC-77")).build();
    Order email = Order.builder().from(SeedOrders.unshipped("111-0000000-0000002", daysAgo(1)))
        .buyer(SeedOrders.buyer("Jane.Relay@Marketplace.example")).build();
    List<Order> orders = List.of(merchant, email);

    assertThat(idsMatching(OrderQuery.builder().search("aBc-7").build(), orders))
        .containsExactly("111-0000000-0000001");
    assertThat(idsMatching(OrderQuery.builder().search("jane.relay@market").build(), orders))
        .containsExactly("111-0000000-0000002");
    assertThat(idsMatching(OrderQuery.builder().search("xyz").build(), orders)).isEmpty();
  }

  @Test
  @DisplayName("R26 R40: payment \"Refund failed\" OR \"Refunded\" AND item \"Returned\", on one and the same line")
  void refundFailedOrRefundedAndReturned() {
    Order returnedRefundFailed = order("1", daysAgo(1), line("A", ItemStatus.RETURNED, PaymentStatus.REFUND_FAILED)).build();
    Order returnedRefunded = order("2", daysAgo(2), line("B", ItemStatus.RETURNED, PaymentStatus.REFUNDED)).build();
    Order returnedStillPaid = order("3", daysAgo(3), line("C", ItemStatus.RETURNED, PaymentStatus.REFUND_PROCESSING)).build();
    Order deliveredRefunded = order("4", daysAgo(4), line("D", ItemStatus.DELIVERED, PaymentStatus.REFUNDED)).build();
    // A returned line (refund pending) and another line whose refund failed: not the same line.
    Order split = order("5", daysAgo(5),
        line("E1", ItemStatus.RETURNED, PaymentStatus.REFUND_PROCESSING),
        line("E2", ItemStatus.DELIVERED, PaymentStatus.REFUND_FAILED)).build();
    List<Order> orders = List.of(returnedRefundFailed, returnedRefunded, returnedStillPaid, deliveredRefunded, split);

    OrderQuery q = OrderQuery.builder()
        .addPaymentStatuses(PaymentStatus.REFUND_FAILED, PaymentStatus.REFUNDED)
        .addItemStatus(ItemStatus.RETURNED)
        .build();

    assertThat(idsMatching(q, orders)).containsExactly("1", "2");
    assertThat(q.matches(split)).isFalse();
    // The line-level test the CSV export uses picks the same lines.
    assertThat(q.matchingLines(returnedRefunded)).extracting(OrderLine::id).extracting(Object::toString)
        .containsExactly("B");
    assertThat(q.matchesLine(split.lines().get(0))).isFalse();
    assertThat(q.matchesLine(split.lines().get(1))).isFalse();
  }

  @Test
  @DisplayName("R26: a category with nothing selected matches everything")
  void emptyCategoryMatchesAll() {
    List<Order> orders = List.of(
        order("1", daysAgo(1), line("A", ItemStatus.RETURNED, PaymentStatus.REFUND_FAILED)).build(),
        order("2", daysAgo(2), line("B", ItemStatus.DELIVERED, PaymentStatus.PAID)).build(),
        SeedOrders.cancelled("3", daysAgo(3)),
        SeedOrders.pending("4", daysAgo(4)));

    OrderQuery nothing = OrderQuery.builder().includePending(true).build();
    assertThat(idsMatching(nothing, orders)).containsExactly("1", "2", "3", "4");
    OrderQuery paymentOnly = OrderQuery.builder().includePending(true).addPaymentStatus(PaymentStatus.PAID).build();
    assertThat(idsMatching(paymentOnly, orders)).containsExactly("2");
    OrderQuery itemOnly = OrderQuery.builder().includePending(true)
        .addItemStatuses(ItemStatus.RETURNED, ItemStatus.UNFULFILLED).build();
    assertThat(idsMatching(itemOnly, orders)).containsExactly("1", "3");
  }

  @Test
  @DisplayName("R26 R1: the default view is the past 30 days by order date, newest first, pending left out")
  void defaultView() {
    List<Order> orders = List.of(
        SeedOrders.unshipped("31-days", daysAgo(31)),
        SeedOrders.unshipped("30-days", daysAgo(30)),
        SeedOrders.shipped("2-days", daysAgo(2)),
        SeedOrders.pending("1-day-pending", daysAgo(1)),
        SeedOrders.cancelled("10-days-cancelled", daysAgo(10)),
        SeedOrders.unshipped("1-hour", NOW.minusSeconds(3600)));

    OrderQuery view = OrderQuery.defaultView(NOW);

    assertThat(view.dateFrom()).contains(NOW.minus(Duration.ofDays(30)));
    assertThat(view.dateTo()).isEmpty();
    assertThat(view.sort()).isEqualTo(OrderSort.NEWEST_FIRST);
    assertThat(view.includePending()).isFalse();
    assertThat(view.pageSize()).isEqualTo(OrderQuery.DEFAULT_PAGE_SIZE);
    Page page = view.select(orders);
    assertThat(ids(page)).containsExactly("1-hour", "2-days", "10-days-cancelled", "30-days");
    assertThat(page.totalCount()).isEqualTo(4);
    assertThat(page.hasNext()).isFalse();
  }

  @Test
  @DisplayName("R1: pending orders show only when the query asks for them")
  void pendingOnlyOnRequest() {
    List<Order> orders = List.of(SeedOrders.pending("p", daysAgo(1)), SeedOrders.unshipped("u", daysAgo(2)));
    assertThat(idsMatching(OrderQuery.builder().build(), orders)).containsExactly("u");
    assertThat(idsMatching(OrderQuery.builder().includePending(true).build(), orders)).containsExactly("p", "u");
    assertThat(idsMatching(OrderQuery.builder().includePending(true).addOrderStatus(OrderStatus.PENDING).build(),
        orders)).containsExactly("p");
  }

  @Test
  @DisplayName("R19: the refund-failed view finds orders with a line whose refund failed")
  void refundFailedView() {
    List<Order> orders = List.of(
        order("f", daysAgo(1), line("A", ItemStatus.DELIVERED, PaymentStatus.PAID),
            line("B", ItemStatus.RETURNED, PaymentStatus.REFUND_FAILED)).build(),
        order("ok", daysAgo(2), line("C", ItemStatus.RETURNED, PaymentStatus.REFUNDED)).build());
    assertThat(idsMatching(OrderQuery.builder().refundFailed(true).build(), orders)).containsExactly("f");
  }

  @Test
  @DisplayName("R7: the shipment-late view finds partially shipped orders")
  void shipmentLateView() {
    List<Order> orders = List.of(
        SeedOrders.partiallyShipped("late", daysAgo(1)),
        SeedOrders.shipped("done", daysAgo(2)),
        SeedOrders.unshipped("waiting", daysAgo(3)));
    assertThat(idsMatching(OrderQuery.builder().shipmentLate(true).build(), orders)).containsExactly("late");
  }

  @Test
  @DisplayName("R8 R9: the ship-by view finds orders not fully shipped whose ship-by falls within N days")
  void shipByWithinView() {
    List<Order> orders = List.of(
        Order.builder().from(SeedOrders.unshipped("due-in-2", daysAgo(1))).shipBy(NOW.plus(Duration.ofDays(2))).build(),
        Order.builder().from(SeedOrders.unshipped("overdue", daysAgo(9))).shipBy(NOW.minus(Duration.ofDays(1))).build(),
        Order.builder().from(SeedOrders.partiallyShipped("part-due-1", daysAgo(1))).shipBy(NOW.plus(Duration.ofDays(1))).build(),
        Order.builder().from(SeedOrders.unshipped("due-in-5", daysAgo(1))).shipBy(NOW.plus(Duration.ofDays(5))).build(),
        Order.builder().from(SeedOrders.shipped("shipped-due-1", daysAgo(1))).shipBy(NOW.plus(Duration.ofDays(1))).build(),
        SeedOrders.unshipped("no-ship-by", daysAgo(1)));

    OrderQuery q = OrderQuery.builder().shipByWithin(Duration.ofDays(3), NOW).build();

    assertThat(q.shipByBefore()).contains(NOW.plus(Duration.ofDays(3)));
    assertThat(idsMatching(q, orders)).containsExactly("due-in-2", "part-due-1", "overdue");
  }

  @Test
  @DisplayName("R24: the date range cuts by order date or by first-reported date, half-open [from, to)")
  void dateBasis() {
    Order heldForVerification = Order.builder().from(SeedOrders.unshipped("held", daysAgo(10)))
        .firstReportedAt(daysAgo(3)).build();
    Order atFrom = SeedOrders.unshipped("at-from", daysAgo(5));
    Order atTo = SeedOrders.unshipped("at-to", daysAgo(1));
    List<Order> orders = List.of(heldForVerification, atFrom, atTo);

    OrderQuery.Builder range = OrderQuery.builder().dateFrom(daysAgo(5)).dateTo(daysAgo(1));
    assertThat(idsMatching(range.build(), orders)).containsExactly("at-from");
    assertThat(idsMatching(range.dateBasis(DateBasis.FIRST_REPORTED).build(), orders))
        .containsExactly("at-from", "held");
  }

  @Test
  @DisplayName("R22: subtype and fulfilment channel filters, values OR-ed")
  void subtypesAndChannel() {
    List<Order> orders = List.of(
        Order.builder().from(SeedOrders.unshipped("prime", daysAgo(1))).addSubtype(OrderSubtype.PRIME).build(),
        Order.builder().from(SeedOrders.unshipped("business", daysAgo(2))).addSubtype(OrderSubtype.BUSINESS)
            .fulfilmentChannel(FulfilmentChannel.MARKETPLACE).build(),
        Order.builder().from(SeedOrders.unshipped("second-day", daysAgo(3))).addSubtype(OrderSubtype.SECOND_DAY).build(),
        SeedOrders.unshipped("regular", daysAgo(4)));

    assertThat(idsMatching(OrderQuery.builder().addSubtypes(OrderSubtype.PRIME, OrderSubtype.BUSINESS).build(), orders))
        .containsExactly("prime", "business");
    assertThat(idsMatching(OrderQuery.builder().addFulfilmentChannel(FulfilmentChannel.MARKETPLACE).build(), orders))
        .containsExactly("business");
    assertThat(idsMatching(OrderQuery.builder().addSubtype(OrderSubtype.PRIME)
        .addFulfilmentChannel(FulfilmentChannel.MARKETPLACE).build(), orders)).isEmpty();
  }

  @Test
  @DisplayName("R26: amount sorts group by currency code, never comparing amounts of two currencies")
  void amountSortGroupsByCurrency() {
    List<Order> orders = List.of(
        order("usd-10", daysAgo(1), line("A", ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED, "USD")).build(),
        order("jpy-10", daysAgo(2), line("B", ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED, "JPY")).build(),
        order("eur-10", daysAgo(3), line("C", ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED, "EUR")).build(),
        order("usd-20", daysAgo(4), line("D1", ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED, "USD"),
            line("D2", ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED, "USD")).build());

    assertThat(idsMatching(OrderQuery.builder().sort(OrderSort.AMOUNT_HIGHEST_FIRST).build(), orders))
        .containsExactly("eur-10", "jpy-10", "usd-20", "usd-10");
    assertThat(idsMatching(OrderQuery.builder().sort(OrderSort.AMOUNT_LOWEST_FIRST).build(), orders))
        .containsExactly("eur-10", "jpy-10", "usd-10", "usd-20");
    assertThat(idsMatching(OrderQuery.builder().sort(OrderSort.ORDER_ID).build(), orders))
        .containsExactly("eur-10", "jpy-10", "usd-10", "usd-20");
    assertThat(idsMatching(OrderQuery.builder().sort(OrderSort.OLDEST_FIRST).build(), orders))
        .containsExactly("usd-20", "eur-10", "jpy-10", "usd-10");
  }

  @Test
  @DisplayName("R26 R47: a cursor page does not shift when newer orders arrive between two requests")
  void cursorIsStableWhenOrdersArrive() {
    List<Order> before = List.of(
        SeedOrders.unshipped("a", daysAgo(1)), SeedOrders.unshipped("b", daysAgo(2)),
        SeedOrders.unshipped("c", daysAgo(3)), SeedOrders.unshipped("d", daysAgo(4)));
    OrderQuery q = OrderQuery.builder().pageSize(2).build();
    Page first = q.select(before);
    assertThat(ids(first)).containsExactly("a", "b");

    List<Order> after = new java.util.ArrayList<>(before);
    after.add(SeedOrders.unshipped("new", NOW));
    Page second = q.withCursor(first.nextCursor().orElseThrow()).select(after);

    assertThat(ids(second)).containsExactly("c", "d");
    assertThat(second.totalCount()).isEqualTo(5);
    assertThat(second.hasNext()).isFalse();
  }
}
