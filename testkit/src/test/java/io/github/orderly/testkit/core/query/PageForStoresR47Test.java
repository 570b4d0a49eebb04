package io.github.orderly.testkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.Order;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.query.PageCursor;
import io.github.orderly.testkit.Property;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a store that pages in its own query language needs: the cursor's key, cursors of rows, pages. */
@DisplayName("R47: a store can read a cursor's key, make cursors of its rows and build the page select would")
class PageForStoresR47Test {

  @Test
  @DisplayName("R47: a cursor's key is the marked row's sort key, and reads back the same from its text")
  void cursorKeys() {
    Property.named("cursorAt(order) holds the order's sort key; PageCursor.of(text) holds the same")
        .check(random -> QueryCases.ORDERS.next(random), order -> {
          for (OrderSort sort : OrderSort.values()) {
            PageCursor cursor = sort.cursorAt(order);
            for (PageCursor c : List.of(cursor, PageCursor.of(cursor.text()))) {
              assertThat(c.sort()).isEqualTo(sort);
              assertThat(c.lastOrderId()).isEqualTo(order.id());
              boolean byAmount = sort.name().startsWith("AMOUNT");
              boolean byDate = !byAmount && !sort.name().startsWith("ORDER_ID");
              assertThat(c.orderDate()).isEqualTo(byDate ? Optional.of(order.purchasedAt()) : Optional.empty());
              assertThat(c.currency()).isEqualTo(byAmount ? Optional.of(order.currency()) : Optional.empty());
              assertThat(c.totalAmount())
                  .isEqualTo(byAmount ? Optional.of(order.total().amount()) : Optional.empty());
              assertThat(c).isEqualTo(sort.cursorAt(order));
            }
          }
        });
  }

  @Test
  @DisplayName("R47: Page.of with select's rows, count and cursor equals select's page")
  void pageOfEqualsSelect() {
    Property.named("Page.of(rows, totalCount, nextCursor) equals the page select made")
        .check(QueryCases.CASES, c -> {
          Page page = c.query().select(c.orders());
          assertThat(Page.of(page.rows(), page.totalCount(), page.nextCursor())).isEqualTo(page);
          if (!page.rows().isEmpty()) {
            Order last = page.rows().get(page.rows().size() - 1);
            page.nextCursor().ifPresent(next -> assertThat(next).isEqualTo(c.query().sort().cursorAt(last)));
          }
        }, QueryCases.SHRINK);
  }

  @Test
  @DisplayName("Page.of refuses a count smaller than its rows")
  void pageOfRefusesAShortCount() {
    Order order = QueryCases.ORDERS.next(new java.util.SplittableRandom(1));
    assertThatThrownBy(() -> Page.of(List.of(order, order), 1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("totalCount = '1': must not be smaller than the 2 rows of the page");
  }
}
