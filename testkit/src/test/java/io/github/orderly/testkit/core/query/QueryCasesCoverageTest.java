package io.github.orderly.testkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.order.Order;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.testkit.Property;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The random cases of the reference-model test are not vacuous: they reach every part of a query. */
class QueryCasesCoverageTest {
  @Test
  @DisplayName("R26: random queries find something, search hits, several pages, each filter both ways")
  void randomCasesCoverEveryPart() {
    int cases = 400;
    int nonEmpty = 0;
    int searchHits = 0;
    int severalPages = 0;
    int lineFilterHits = 0;
    int sameLineMatters = 0;
    int attentionHits = 0;
    int dateRangeHits = 0;
    for (int i = 0; i < cases; i++) {
      RandomGenerator random = Property.randomFor(20_261_122L, i);
      QueryCases.Case c = QueryCases.CASES.next(random);
      OrderQuery q = c.query();
      List<Order> result = OrderQueryReferenceModelTest.referenceResult(q, c.orders());
      if (result.isEmpty()) {
        continue;
      }
      nonEmpty++;
      searchHits += q.search().isPresent() ? 1 : 0;
      severalPages += result.size() > q.pageSize() ? 1 : 0;
      boolean lineFilter = !q.itemStatuses().isEmpty() && !q.paymentStatuses().isEmpty();
      lineFilterHits += lineFilter ? 1 : 0;
      attentionHits += q.refundFailed() || q.shipmentLate() || q.shipByBefore().isPresent() ? 1 : 0;
      dateRangeHits += q.dateFrom().isPresent() || q.dateTo().isPresent() ? 1 : 0;
    }
    // Some order must pass "some line has the item status and some line the payment status" yet fail
    // "one line has both": otherwise the same-line rule would go untested.
    for (int i = 0; i < 2000 && sameLineMatters == 0; i++) {
      QueryCases.Case c = QueryCases.CASES.next(Property.randomFor(7L, i));
      OrderQuery q = c.query();
      for (Order o : c.orders()) {
        boolean someItem = o.lines().stream().anyMatch(l -> q.itemStatuses().isEmpty() || q.itemStatuses().contains(l.itemStatus()));
        boolean somePayment = o.lines().stream().anyMatch(l -> q.paymentStatuses().isEmpty() || q.paymentStatuses().contains(l.paymentStatus()));
        if (someItem && somePayment && q.matchingLines(o).isEmpty() && !q.itemStatuses().isEmpty()
            && !q.paymentStatuses().isEmpty()) {
          sameLineMatters++;
        }
      }
    }
    assertThat(nonEmpty).isGreaterThan(cases / 3);
    assertThat(searchHits).isGreaterThan(cases / 20);
    assertThat(severalPages).isGreaterThan(cases / 10);
    assertThat(lineFilterHits).isGreaterThan(5);
    assertThat(attentionHits).isGreaterThan(5);
    assertThat(dateRangeHits).isGreaterThan(cases / 10);
    assertThat(sameLineMatters).isPositive();
  }
}
