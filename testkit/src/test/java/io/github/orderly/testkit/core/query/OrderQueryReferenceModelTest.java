package io.github.orderly.testkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Property;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The real evaluation against a brute-force reference written from the rules' sentences: plain loops,
 * a full sort, no masks, no heap, no cursor. Both must agree on every random case, page by page.
 */
class OrderQueryReferenceModelTest {

  @Test
  @DisplayName("R26 R47 R24 R1 R19 R7 R22: the matcher agrees with the reference model on every order")
  void matcherAgreesWithReference() {
    Property.named("OrderQuery.matches agrees with the reference model (R26, R24, R1, R19, R7, R22)")
        .check(QueryCases.CASES, c -> {
          for (Order o : c.orders()) {
            assertThat(c.query().matches(o)).as("matches %s", o.id()).isEqualTo(reference(c.query(), o));
            assertThat(c.query().toPredicate().test(o)).isEqualTo(reference(c.query(), o));
            for (OrderLine line : o.lines()) {
              assertThat(c.query().matchesLine(line)).isEqualTo(referenceLine(c.query(), line));
            }
          }
        }, QueryCases.SHRINK);
  }

  @Test
  @DisplayName("R26 R47: all pages, cursor after cursor, concatenate to the full sorted reference")
  void pagesConcatenateToTheSortedReference() {
    Property.named("pages through cursors concatenate to the reference's full sort; counts agree (R26, R47)")
        .check(QueryCases.CASES, c -> {
          List<Order> expected = referenceResult(c.query(), c.orders());
          List<Order> seen = new ArrayList<>();
          OrderQuery q = c.query();
          for (int pages = 0; ; pages++) {
            assertThat(pages).as("pages").isLessThanOrEqualTo(expected.size());
            // R47: the query a UI sends for this page reads back equal from its JSON.
            assertThat(OrderlyJson.read(OrderlyJson.write(q), OrderQuery.class)).isEqualTo(q);
            Page page = q.select(c.orders());
            assertThat(q.select(c.orders().stream())).isEqualTo(page);
            assertThat(page.totalCount()).as("totalCount").isEqualTo(expected.size());
            assertThat(page.rows().size()).isLessThanOrEqualTo(q.pageSize());
            seen.addAll(page.rows());
            if (page.nextCursor().isEmpty()) {
              break;
            }
            assertThat(page.rows()).hasSize(q.pageSize());
            q = q.withCursor(page.nextCursor().get());
          }
          assertThat(QueryCases.ids(seen)).isEqualTo(QueryCases.ids(expected));
        }, QueryCases.SHRINK);
  }

  // ---- The reference model: the rules' sentences as plain code. ----------------------------------

  /** The full answer: every matching order, fully sorted. */
  static List<Order> referenceResult(OrderQuery q, List<Order> orders) {
    List<Order> result = new ArrayList<>();
    for (Order o : orders) {
      if (reference(q, o)) {
        result.add(o);
      }
    }
    result.sort(referenceOrder(q.sort()));
    return result;
  }

  static boolean reference(OrderQuery q, Order o) {
    // R26: "search by order id, RMA id or tracking id ... partial matches", also the buyer e-mail.
    if (q.search().isPresent()) {
      List<String> fields = new ArrayList<>();
      fields.add(o.id().value());
      o.merchantOrderId().ifPresent(m -> fields.add(m.value()));
      for (ReturnAuthorization r : o.returns()) {
        fields.add(r.rmaId().value());
      }
      for (Shipment s : o.shipments()) {
        s.trackingId().ifPresent(t -> fields.add(t.value()));
      }
      o.buyer().email().ifPresent(fields::add);
      boolean found = false;
      for (String field : fields) {
        found |= containsIgnoringCase(field, q.search().get());
      }
      if (!found) {
        return false;
      }
    }
    // R26, R40: values inside a category OR-ed, categories AND-ed, empty matches any: on one line.
    boolean someLine = false;
    for (OrderLine line : o.lines()) {
      someLine |= referenceLine(q, line);
    }
    if (!someLine) {
      return false;
    }
    if (!q.orderStatuses().isEmpty() && !q.orderStatuses().contains(o.status())) {
      return false;
    }
    // R1, R52: pending orders and pre-orders only on request.
    if ((o.status() == OrderStatus.PENDING || o.status() == OrderStatus.PENDING_AVAILABILITY) && !q.includePending()) {
      return false;
    }
    // R24: by order date or first-reported date, [from, to).
    Instant at = q.dateBasis() == DateBasis.ORDER_DATE ? o.purchasedAt() : o.firstReportedAt();
    if (q.dateFrom().isPresent() && at.compareTo(q.dateFrom().get()) < 0) {
      return false;
    }
    if (q.dateTo().isPresent() && at.compareTo(q.dateTo().get()) >= 0) {
      return false;
    }
    // R22: any selected subtype.
    if (!q.subtypes().isEmpty() && o.subtypes().stream().noneMatch(q.subtypes()::contains)) {
      return false;
    }
    if (!q.fulfilmentChannels().isEmpty() && !q.fulfilmentChannels().contains(o.fulfilmentChannel())) {
      return false;
    }
    // R19: a line whose refund failed.
    if (q.refundFailed() && o.lines().stream().noneMatch(l -> l.paymentStatus() == PaymentStatus.REFUND_FAILED)) {
      return false;
    }
    // R7: "while not every line is confirmed, the order carries Shipment is late".
    if (q.shipmentLate() && o.status() != OrderStatus.PARTIALLY_SHIPPED) {
      return false;
    }
    if (q.shipByBefore().isPresent()) {
      boolean notFullyShipped = o.status() == OrderStatus.PENDING || o.status() == OrderStatus.PENDING_AVAILABILITY
          || o.status() == OrderStatus.UNSHIPPED || o.status() == OrderStatus.PARTIALLY_SHIPPED;
      Optional<Instant> shipBy = o.shipBy();
      if (!notFullyShipped || shipBy.isEmpty() || !shipBy.get().isBefore(q.shipByBefore().get())) {
        return false;
      }
    }
    return true;
  }

  static boolean referenceLine(OrderQuery q, OrderLine line) {
    boolean item = q.itemStatuses().isEmpty() || q.itemStatuses().contains(line.itemStatus());
    boolean payment = q.paymentStatuses().isEmpty() || q.paymentStatuses().contains(line.paymentStatus());
    return item && payment;
  }

  static boolean containsIgnoringCase(String haystack, String needle) {
    for (int i = 0; i + needle.length() <= haystack.length(); i++) {
      if (haystack.regionMatches(true, i, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  static Comparator<Order> referenceOrder(OrderSort sort) {
    Comparator<Order> byId = Comparator.comparing(o -> o.id().value());
    Comparator<Order> byCurrency = Comparator.comparing(o -> o.currency().getCurrencyCode());
    Comparator<Order> byAmount = Comparator.comparing(o -> o.total().amount());
    switch (sort) {
      case NEWEST_FIRST:
        return Comparator.comparing(Order::purchasedAt, Comparator.reverseOrder()).thenComparing(byId);
      case OLDEST_FIRST:
        return Comparator.comparing(Order::purchasedAt).thenComparing(byId);
      case AMOUNT_HIGHEST_FIRST:
        return byCurrency.thenComparing(o -> o.total().amount(), Comparator.<BigDecimal>reverseOrder())
            .thenComparing(byId);
      case AMOUNT_LOWEST_FIRST:
        return byCurrency.thenComparing(byAmount).thenComparing(byId);
      case ORDER_ID:
        return byId;
      default:
        throw new AssertionError(sort);
    }
  }
}
