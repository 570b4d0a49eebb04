package io.github.orderly.testkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R31 (and R5): the library never archives or deletes orders; cancelled ones stay findable. */
class OrderQueryNeverAltersOrdersR31Test {

  @Test
  @DisplayName("R31: evaluating any query leaves the input list and every order in it unchanged")
  void evaluationLeavesInputUnchanged() {
    Property.named("select and matches leave the orders unchanged (R31)").check(QueryCases.CASES, c -> {
      List<Order> input = new ArrayList<>(c.orders());
      List<Order> sameObjects = List.copyOf(input);
      List<String> json = new ArrayList<>();
      for (Order o : input) {
        json.add(OrderlyJson.write(o));
      }
      Page page = c.query().select(input);
      c.query().select(input.stream());
      input.forEach(c.query()::matches);
      input.forEach(c.query()::matchingLines);

      assertThat(input).hasSameSizeAs(sameObjects);
      for (int i = 0; i < input.size(); i++) {
        assertThat(input.get(i)).isSameAs(sameObjects.get(i));
        assertThat(OrderlyJson.write(input.get(i))).isEqualTo(json.get(i));
      }
      // The rows are the caller's own order objects, not copies.
      for (Order row : page.rows()) {
        assertThat(sameObjects.stream().anyMatch(o -> o == row)).isTrue();
      }
    }, QueryCases.SHRINK);
  }

  @Test
  @DisplayName("R31 R5: cancelled orders stay findable: by status, by search and in a query with no filters")
  void cancelledOrdersStayFindable() {
    List<Order> orders = QueryCases.orders(Property.randomFor(31L, 0), 300);
    List<String> cancelled = new ArrayList<>();
    for (Order o : orders) {
      if (o.status() == OrderStatus.CANCELLED) {
        cancelled.add(o.id().value());
      }
    }
    assertThat(cancelled).isNotEmpty();

    OrderQuery byStatus = OrderQuery.builder().addOrderStatus(OrderStatus.CANCELLED)
        .pageSize(OrderQuery.MAX_PAGE_SIZE).sort(OrderSort.ORDER_ID).build();
    assertThat(QueryCases.ids(byStatus.select(orders).rows()))
        .containsExactlyElementsOf(cancelled.stream().sorted().toList());

    OrderQuery everything = OrderQuery.builder().pageSize(OrderQuery.MAX_PAGE_SIZE).build();
    assertThat(QueryCases.ids(everything.select(orders).rows())).containsAll(cancelled);

    for (String id : cancelled) {
      assertThat(QueryCases.ids(OrderQuery.builder().search(id).build().select(orders).rows())).contains(id);
    }
  }
}
