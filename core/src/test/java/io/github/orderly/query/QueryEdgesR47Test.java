package io.github.orderly.query;

import static io.github.orderly.query.SeedOrders.line;
import static io.github.orderly.query.SeedOrders.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits;
import io.github.orderly.order.Order;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The edges of queries that mutation testing found untested (R47): cursors of the amount sort, the
 * bounds a query checks when built, the half-open date range on either date basis, and counts (R26).
 */
class QueryEdgesR47Test {
  private static final Instant DAY = Instant.parse("2026-06-01T00:00:00Z");

  private static Order withLines(String id, Instant at, int lines) {
    Order.Builder b = SeedOrders.order(id, at);
    for (int i = 1; i <= lines; i++) {
      b.addLine(line(id + "-L" + i, ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED));
    }
    return b.build();
  }

  private static final Order TEN = withLines("112-0000000-0000010", DAY, 1);
  private static final Order THIRTY = withLines("112-0000000-0000030", DAY.plusSeconds(60), 3);
  private static final Order TWENTY = withLines("112-0000000-0000020", DAY.plusSeconds(120), 2);
  private static final List<Order> ORDERS = List.of(TEN, THIRTY, TWENTY);

  private static String cursorText(String... parts) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(String.join("\n", parts).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("R47: the amount sort pages through every order once; its cursor holds currency, amount and"
      + " order id, and reads back equal")
  void r47_amountCursorPagesAndReadsBack() {
    OrderQuery q = OrderQuery.builder().sort(OrderSort.AMOUNT_HIGHEST_FIRST).pageSize(1).build();
    Page first = q.select(ORDERS);
    assertThat(first.rows()).containsExactly(THIRTY);
    assertThat(first.totalCount()).isEqualTo(3);
    assertThat(first.hasNext()).isTrue();
    PageCursor cursor = first.nextCursor().orElseThrow();
    assertThat(cursor.sort()).isEqualTo(OrderSort.AMOUNT_HIGHEST_FIRST);
    assertThat(cursor.currency()).contains(Currency.getInstance("USD"));
    assertThat(cursor.totalAmount()).contains(THIRTY.total().amount());
    assertThat(cursor.orderDate()).isEmpty();
    assertThat(cursor.lastOrderId()).isEqualTo(THIRTY.id());
    PageCursor read = PageCursor.of(cursor.text());
    assertThat(read).isEqualTo(cursor).hasSameHashCodeAs(cursor).hasToString(cursor.toString());
    assertThat(read).isNotEqualTo(OrderQuery.builder().sort(OrderSort.NEWEST_FIRST).pageSize(1).build()
        .select(ORDERS).nextCursor().orElseThrow());
    Page second = q.withCursor(read).select(ORDERS);
    assertThat(second.rows()).containsExactly(TWENTY);
    assertThat(second.totalCount()).as("the total counts every match, not only those after the cursor")
        .isEqualTo(3);
    Page third = q.withCursor(second.nextCursor().orElseThrow()).select(ORDERS);
    assertThat(third.rows()).containsExactly(TEN);
    assertThat(third.hasNext()).isFalse();
    assertThat(third).isEqualTo(q.withCursor(second.nextCursor().orElseThrow()).select(List.of(TWENTY, TEN, THIRTY)))
        .hasSameHashCodeAs(q.withCursor(second.nextCursor().orElseThrow()).select(ORDERS));
    assertThat(third).isNotEqualTo(second);

    OrderQuery lowest = OrderQuery.builder().sort(OrderSort.AMOUNT_LOWEST_FIRST).pageSize(2).build();
    assertThat(lowest.select(ORDERS).rows()).containsExactly(TEN, TWENTY);
    PageCursor byDate = OrderQuery.builder().sort(OrderSort.OLDEST_FIRST).pageSize(1).build().select(ORDERS)
        .nextCursor().orElseThrow();
    assertThat(byDate.orderDate()).contains(DAY);
    assertThat(byDate.currency()).isEmpty();
    assertThat(byDate.totalAmount()).isEmpty();
    assertThat(PageCursor.of(byDate.text())).isEqualTo(byDate);
  }

  @Test
  @DisplayName("R47: a cursor's amount is a plain decimal of 1 to 22 digits; anything else is refused")
  void r47_cursorAmountIsPlain() {
    String id = "112-0000000-0000010";
    for (String amount : List.of("1.5", "-1.5", "9.09", "0", "1234567890123456789012", "12345678901234567890.12")) {
      PageCursor c = PageCursor.of(cursorText("c1", "AMOUNT_LOWEST_FIRST", "USD", amount, id));
      assertThat(c.totalAmount()).as(amount).contains(new BigDecimal(amount));
    }
    for (String amount : List.of("", "-", ".5", "5.", "1..5", "1.2.3", "+1", "1e5", "1/5", "1:5", "-.5", "--1",
        "12345678901234567890123", "1234567890123456789.0123")) {
      assertThatThrownBy(() -> PageCursor.of(cursorText("c1", "AMOUNT_LOWEST_FIRST", "USD", amount, id)))
          .as("'%s'", amount)
          .isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("is not a page cursor made by this library");
    }
    assertThatThrownBy(() -> PageCursor.of(cursorText("c1", "AMOUNT_LOWEST_FIRST", "USD", id)))
        .hasMessageContaining("wrong number of parts for sort AMOUNT_LOWEST_FIRST");
    assertThatThrownBy(() -> PageCursor.of(cursorText("c1", "NEWEST_FIRST", id)))
        .hasMessageContaining("wrong number of parts for sort NEWEST_FIRST");
    assertThatThrownBy(() -> PageCursor.of(cursorText("c1", "AMOUNT_LOWEST_FIRST", "XYZ", "1", id)))
        .hasMessageContaining("bad sort key");
    String longest = "A".repeat(Limits.MAX_CURSOR_LENGTH);
    assertThatThrownBy(() -> PageCursor.of(longest)).hasMessageNotContaining("longer than");
    assertThatThrownBy(() -> PageCursor.of(longest + "A")).hasMessageContaining("longer than 1024 characters");
  }

  @Test
  @DisplayName("R47: a query refuses instants out of range, an empty date range, page sizes outside 1..1000"
      + " and a blank search, when built")
  void r47_queryBounds() {
    Instant before1970 = Limits.EARLIEST_INSTANT.minusNanos(1);
    assertThatThrownBy(() -> OrderQuery.builder().dateFrom(before1970).build())
        .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("dateFrom = ");
    assertThatThrownBy(() -> OrderQuery.builder().dateTo(before1970).build())
        .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("dateTo = ");
    assertThatThrownBy(() -> OrderQuery.builder().shipByBefore(before1970).build())
        .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("shipByBefore = ");
    assertThatThrownBy(() -> OrderQuery.builder().dateFrom(DAY).dateTo(DAY).build())
        .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("dateFrom = ")
        .hasMessageContaining("must be before dateTo");
    assertThat(OrderQuery.builder().dateFrom(DAY).dateTo(DAY.plusNanos(1)).build().dateTo()).contains(DAY.plusNanos(1));
    assertThat(OrderQuery.builder().pageSize(1).build().pageSize()).isEqualTo(1);
    assertThat(OrderQuery.builder().pageSize(OrderQuery.MAX_PAGE_SIZE).build().pageSize()).isEqualTo(1000);
    for (int bad : new int[] {0, OrderQuery.MAX_PAGE_SIZE + 1}) {
      assertThatThrownBy(() -> OrderQuery.builder().pageSize(bad).build())
          .isInstanceOf(InvalidQueryException.class)
          .hasMessage("pageSize = '" + bad + "': must be between 1 and 1000");
    }
    assertThatThrownBy(() -> OrderQuery.builder().search(" ".repeat(OrderQuery.MAX_SEARCH_LENGTH)).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageEndingWith(": must not be blank; leave it out to match every order");
    assertThatThrownBy(() -> OrderQuery.builder().search(" ".repeat(OrderQuery.MAX_SEARCH_LENGTH + 1)).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageNotContaining("blank");
    assertThat(OrderQuery.builder().search("x".repeat(OrderQuery.MAX_SEARCH_LENGTH)).build().search()).isPresent();
    Duration longest = Duration.ofDays(Limits.MAX_WINDOW_DAYS);
    assertThat(OrderQuery.builder().shipByWithin(longest, DAY).build().shipByBefore()).contains(DAY.plus(longest));
    assertThatThrownBy(() -> OrderQuery.builder().shipByWithin(longest.plusNanos(1), DAY))
        .isInstanceOf(InvalidQueryException.class).hasMessageStartingWith("shipByWithin = ");
  }

  @Test
  @DisplayName("R24 R47: the date range is half-open, dateFrom included and dateTo excluded, on either date basis")
  void r24_dateRangeIsHalfOpenOnEitherBasis() {
    OrderQuery range = OrderQuery.builder().dateFrom(DAY).dateTo(DAY.plusSeconds(120)).build();
    assertThat(range.select(ORDERS).rows()).containsExactlyInAnyOrder(TEN, THIRTY);
    Order reportedLater = order("112-0000000-0000040", DAY.minusSeconds(3600),
        line("R1", ItemStatus.ORDER_PLACED, PaymentStatus.AUTHORIZED)).firstReportedAt(DAY).build();
    assertThat(range.matches(reportedLater)).as("purchased before the range").isFalse();
    OrderQuery reported = OrderQuery.builder().from(range).dateBasis(DateBasis.FIRST_REPORTED).build();
    assertThat(reported.matches(reportedLater)).as("first reported at dateFrom").isTrue();
    assertThat(DateBasis.FIRST_REPORTED.instantOf(reportedLater)).isEqualTo(DAY);
    assertThat(DateBasis.ORDER_DATE.instantOf(reportedLater)).isEqualTo(DAY.minusSeconds(3600));
    assertThat(range.matchesLine(TEN.lines().get(0))).isTrue();
    assertThat(OrderQuery.builder().addItemStatuses(ItemStatus.SHIPPED).build().matchesLine(TEN.lines().get(0)))
        .isFalse();
  }
}
