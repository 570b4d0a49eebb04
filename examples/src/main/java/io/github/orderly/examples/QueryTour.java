package io.github.orderly.examples;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** The orders page: the default view, paging with a cursor, and a few searches and filters (R26, R47). */
final class QueryTour {
  private QueryTour() {}

  static void run(PrintStream out) {
    Instant now = Instant.parse("2026-06-15T12:00:00Z");
    SplittableRandom random = new SplittableRandom(26);
    OrderGenerator generator = OrderGenerator.standard().believable().withMaxLines(3)
        .purchasedWithin(now.minus(Duration.ofDays(60)), Duration.ofDays(60));
    List<Order> orders = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      orders.add(generator.next(random));
    }
    out.printf("%n%d generated orders, purchased over the 60 days before %s.%n", orders.size(), now);

    OrderQuery view = OrderQuery.builder().from(OrderQuery.defaultView(now)).pageSize(5).build();
    out.printf("%nThe default view (past 30 days, newest first, pending left out), 5 rows a page:%n  %s%n",
        OrderlyJson.write(view));
    Page first = view.select(orders);
    print(out, "page 1", first, null);
    Page second = view.withCursor(first.nextCursor().orElseThrow()).select(orders);
    print(out, "page 2 (cursor " + first.nextCursor().orElseThrow() + ")", second, null);

    String fragment = orders.get(7).id().value().substring(4, 9);
    OrderQuery search = OrderQuery.builder().search(fragment).includePending(true).pageSize(5).build();
    print(out, "Search \"" + fragment + "\" (partial; order id, merchant id, RMA, tracking, e-mail)",
        search.select(orders), null);

    OrderQuery refunds = OrderQuery.builder()
        .addPaymentStatuses(PaymentStatus.REFUND_FAILED, PaymentStatus.REFUNDED)
        .addItemStatus(ItemStatus.RETURNED)
        .pageSize(5)
        .build();
    print(out, "Payment \"Refund failed\" OR \"Refunded\", AND item \"Returned\" (on the same line)",
        refunds.select(orders), refunds);

    // What a UI sends: one JSON value (R47). Read on the module path, this needs the query package open
    // to Jackson.
    String json = "{\"itemStatuses\":[\"RETURNED\",\"RETURN_FAILED\"],\"includePending\":true,"
        + "\"dateFrom\":\"" + now.minus(Duration.ofDays(14)) + "\",\"sort\":\"AMOUNT_HIGHEST_FIRST\",\"pageSize\":3}";
    OrderQuery sent = OrderlyJson.read(json, OrderQuery.class);
    print(out, "From JSON " + json, sent.select(orders), sent);

    OrderQuery late = OrderQuery.builder().shipmentLate(true).sort(OrderSort.OLDEST_FIRST).pageSize(3).build();
    print(out, "Attention: shipment is late (R7), oldest first", late.select(orders), null);

    OrderQuery failed = OrderQuery.builder().refundFailed(true).pageSize(3).build();
    print(out, "Attention: refund failed, refund by hand (R19)", failed.select(orders), failed);

    OrderQuery shipBy = OrderQuery.builder().shipByWithin(Duration.ofDays(3), now)
        .sort(OrderSort.AMOUNT_HIGHEST_FIRST).pageSize(3).build();
    print(out, "Attention: not fully shipped, ship-by before now + 3 days (overdue included), highest"
        + " amount first (grouped by currency)", shipBy.select(orders), null);
  }

  private static void print(PrintStream out, String title, Page page, OrderQuery lines) {
    out.printf("%n%s: %d match%s%n", title, page.totalCount(), page.hasNext() ? ", first rows:" : "");
    Table table = Table.of("Order", "Purchased", "Buyer", "Status", "Total", "Matching lines");
    for (Order o : page.rows()) {
      StringBuilder matching = new StringBuilder();
      if (lines != null) {
        for (OrderLine line : lines.matchingLines(o)) {
          matching.append(matching.length() == 0 ? "" : "; ").append(line.id()).append(' ')
              .append(line.itemStatus().label()).append(" / ").append(line.paymentStatus().label());
        }
      }
      table.row(o.id(), Table.at(o.purchasedAt(), java.time.ZoneId.of("UTC")), o.deliveryAddress().map(a -> a.recipient()).orElse(""),
          o.status().label(), o.total(), lines == null ? "" : matching);
    }
    table.print(out);
  }
}
