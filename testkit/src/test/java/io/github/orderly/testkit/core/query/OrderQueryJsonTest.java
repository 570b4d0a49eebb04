package io.github.orderly.testkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.query.DateBasis;
import io.github.orderly.query.InvalidQueryException;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.query.PageCursor;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Property;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R47: queries are values that a UI sends and a host stores as JSON; bad ones fail naming the field. */
class OrderQueryJsonTest {
  /** The example of docs/queries.md. */
  static final String EXAMPLE = "{\"search\":\"112-33\",\"itemStatuses\":[\"RETURNED\"],"
      + "\"paymentStatuses\":[\"REFUND_FAILED\",\"REFUNDED\"],\"dateFrom\":\"2026-05-16T12:00:00Z\","
      + "\"dateTo\":\"2026-06-15T12:00:00Z\",\"subtypes\":[\"PRIME\"],\"sort\":\"NEWEST_FIRST\",\"pageSize\":25}";

  @Test
  @DisplayName("R47: the documented JSON example reads as the query it describes and writes back the same")
  void documentedExample() {
    OrderQuery q = OrderlyJson.read(EXAMPLE, OrderQuery.class);
    assertThat(q).isEqualTo(OrderQuery.builder()
        .search("112-33")
        .addItemStatus(ItemStatus.RETURNED)
        .addPaymentStatuses(PaymentStatus.REFUND_FAILED, PaymentStatus.REFUNDED)
        .dateFrom(Instant.parse("2026-05-16T12:00:00Z"))
        .dateTo(Instant.parse("2026-06-15T12:00:00Z"))
        .addSubtype(OrderSubtype.PRIME)
        .pageSize(25)
        .build());
    assertThat(q.includePending()).isFalse();
    assertThat(q.dateBasis()).isEqualTo(DateBasis.ORDER_DATE);
    assertThat(OrderlyJson.read(OrderlyJson.write(q), OrderQuery.class)).isEqualTo(q);
  }

  @Test
  @DisplayName("R47: an empty JSON object is the query that matches every non-pending order, newest first")
  void emptyObjectIsTheDefaultQuery() {
    assertThat(OrderlyJson.read("{}", OrderQuery.class)).isEqualTo(OrderQuery.builder().build());
  }

  @Test
  @DisplayName("R47: every random query, cursor included, reads back equal from its JSON")
  void randomQueriesRoundTrip() {
    Property.named("random queries round-trip through JSON (R47)").check(random -> {
      QueryCases.Case c = QueryCases.CASES.next(random);
      Page page = c.query().select(c.orders());
      return page.nextCursor().map(c.query()::withCursor).orElse(c.query());
    }, q -> {
      String json = OrderlyJson.write(q);
      OrderQuery back = OrderlyJson.read(json, OrderQuery.class);
      assertThat(back).isEqualTo(q);
      assertThat(OrderlyJson.write(back)).isEqualTo(json);
    });
  }

  @Test
  @DisplayName("R26: an unknown status name in JSON fails naming the path and the known names")
  void unknownStatusName() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"paymentStatuses\":[\"PAID\",\"REFUND_FAILD\"]}", OrderQuery.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("Invalid JSON at $.paymentStatuses[1]: 'REFUND_FAILD' is not one of [PAYMENT_PROCESSING,");
    assertThatThrownBy(() -> OrderlyJson.read("{\"itemStatuses\":[\"LOST\"]}", OrderQuery.class))
        .isInstanceOf(JsonInputException.class)
        .satisfies(e -> assertThat(((JsonInputException) e).path()).isEqualTo("$.itemStatuses[0]"));
  }

  @Test
  @DisplayName("R47: a misspelt field is an error, not a silently ignored filter")
  void unknownProperty() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"pagesize\":10}", OrderQuery.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("unknown property 'pagesize'")
        .hasMessageContaining("pageSize");
  }

  @Test
  @DisplayName("R24: a reversed or empty date range fails naming dateFrom, in the builder and in JSON")
  void reversedDateRange() {
    Instant later = Instant.parse("2026-03-02T00:00:00Z");
    Instant earlier = Instant.parse("2026-03-01T00:00:00Z");
    assertThatThrownBy(() -> OrderQuery.builder().dateFrom(later).dateTo(earlier).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("dateFrom = '2026-03-02T00:00:00Z': must be before dateTo '2026-03-01T00:00:00Z'"
            + " (the range is half-open: dateFrom inclusive, dateTo exclusive)")
        .satisfies(e -> assertThat(((InvalidQueryException) e).field()).isEqualTo("dateFrom"));
    assertThatThrownBy(() -> OrderQuery.builder().dateFrom(earlier).dateTo(earlier).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("dateFrom = '2026-03-01T00:00:00Z': must be before dateTo");
    assertThatThrownBy(() -> OrderlyJson.read(
        "{\"dateFrom\":\"2026-03-02T00:00:00Z\",\"dateTo\":\"2026-03-01T00:00:00Z\"}", OrderQuery.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("dateFrom = '2026-03-02T00:00:00Z': must be before dateTo");
  }

  @Test
  @DisplayName("R26: a page size of 0 or above the maximum fails naming pageSize")
  void pageSizeBounds() {
    for (int bad : List.of(0, -1, OrderQuery.MAX_PAGE_SIZE + 1)) {
      assertThatThrownBy(() -> OrderQuery.builder().pageSize(bad).build())
          .isInstanceOf(InvalidQueryException.class)
          .hasMessage("pageSize = '" + bad + "': must be between 1 and 1000");
    }
    assertThat(OrderQuery.builder().pageSize(OrderQuery.MAX_PAGE_SIZE).build().pageSize()).isEqualTo(1000);
    assertThatThrownBy(() -> OrderlyJson.read("{\"pageSize\":0}", OrderQuery.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("pageSize = '0': must be between 1 and 1000");
  }

  @Test
  @DisplayName("R47: a malformed cursor, or one made for another sort, fails naming cursor")
  void badCursor() {
    assertThatThrownBy(() -> PageCursor.of("not a cursor!"))
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageStartingWith("cursor = 'not a cursor!': is not a page cursor made by this library");
    assertThatThrownBy(() -> OrderlyJson.read("{\"cursor\":\"YWJj\"}", OrderQuery.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("cursor = 'YWJj': is not a page cursor made by this library (unknown format)")
        .satisfies(e -> assertThat(((JsonInputException) e).path()).isEqualTo("$.cursor"));

    OrderQuery byId = OrderQuery.builder().sort(OrderSort.ORDER_ID).pageSize(1).build();
    Page page = byId.select(List.of(SeedOrders.unshipped("a", SeedOrders.NOW), SeedOrders.unshipped("b", SeedOrders.NOW)));
    PageCursor cursor = page.nextCursor().orElseThrow();
    assertThat(PageCursor.of(cursor.text())).isEqualTo(cursor);
    assertThat(cursor.sort()).isEqualTo(OrderSort.ORDER_ID);
    assertThatThrownBy(() -> OrderQuery.builder().cursor(cursor).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("cursor = '" + cursor + "': was made for sort ORDER_ID but the query sorts by NEWEST_FIRST");
  }

  @Test
  @DisplayName("R26: a blank search, or one with surrounding spaces or control characters, fails naming search")
  void badSearch() {
    assertThatThrownBy(() -> OrderQuery.builder().search(" ").build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("search = ' ': must not be blank; leave it out to match every order");
    assertThatThrownBy(() -> OrderQuery.builder().search(" 112").build())
        .hasMessage("search = ' 112': must not start or end with white space");
    assertThatThrownBy(() -> OrderQuery.builder().search("1\u00002").build())
        .hasMessageEndingWith(": must not contain the control character U+0000 (at index 1)");
    assertThatThrownBy(() -> OrderQuery.builder().search("x".repeat(201)).build())
        .hasMessageEndingWith(": must be at most 200 characters");
  }

  @Test
  @DisplayName("R1: selecting the Pending status without includePending fails instead of matching nothing")
  void pendingStatusNeedsIncludePending() {
    assertThatThrownBy(() -> OrderQuery.builder().addOrderStatus(OrderStatus.PENDING).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("orderStatuses = '[PENDING]': selects PENDING while includePending is off (R1);"
            + " turn includePending on");
  }
}
