package io.github.orderly.testkit.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits;
import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.query.InvalidQueryException;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.PageCursor;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R26 R47: cursors and queries are refused by their limits before their content is used. */
class QueryLimitsTest {
  private static final String NOT_OURS = "; take cursors from Page.nextCursor() unchanged";

  static String cursorText(String plain) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  @DisplayName("R47: a cursor's amount is a plain decimal of at most 22 digits, checked before it becomes a number")
  void cursorAmountsAreBounded() {
    String huge = cursorText("c1\nAMOUNT_HIGHEST_FIRST\nUSD\n1E+999999999\n112-1");
    assertThatThrownBy(() -> PageCursor.of(huge)).isInstanceOf(InvalidQueryException.class)
        .hasMessage("cursor = '" + huge.substring(0, 40) + "…' (" + huge.length() + " characters): is not a page cursor"
            + " made by this library (the amount is not a plain decimal of at most 22 digits)" + NOT_OURS);
    assertThatThrownBy(() -> OrderlyJson.read("{\"sort\":\"AMOUNT_HIGHEST_FIRST\",\"cursor\":\"" + huge + "\"}",
        OrderQuery.class)).isInstanceOf(JsonInputException.class)
        .hasMessageStartingWith("Invalid JSON at $.cursor: cursor = '")
        .hasMessageContaining("(the amount is not a plain decimal of at most 22 digits)");
    String many = cursorText("c1\nAMOUNT_LOWEST_FIRST\nUSD\n" + "9".repeat(23) + "\n112-1");
    assertThatThrownBy(() -> PageCursor.of(many)).hasMessageContaining("(the amount is not a plain decimal of at most"
        + " 22 digits)");
    String fullWidth = cursorText("c1\nAMOUNT_LOWEST_FIRST\nUSD\n１２.５０\n112-1");
    assertThatThrownBy(() -> PageCursor.of(fullWidth)).hasMessageContaining("(the amount is not a plain decimal");
  }

  @Test
  @DisplayName("R47: a cursor's order date lies in the years 1970 to 9999; its text is at most 1,024 characters")
  void cursorDatesAndLengthAreBounded() {
    String far = cursorText("c1\nNEWEST_FIRST\n+1000000000-12-31T23:59:59Z\n112-1");
    assertThatThrownBy(() -> PageCursor.of(far))
        .hasMessageEndingWith("(" + far.length() + " characters): is not a page cursor made by this library (order date"
            + " +1000000000-12-31T23:59:59Z is not in the years 1970 to 9999)" + NOT_OURS);
    String tooLong = "A".repeat(Limits.MAX_CURSOR_LENGTH + 1);
    assertThatThrownBy(() -> PageCursor.of(tooLong))
        .hasMessage("cursor = '" + "A".repeat(40) + "…' (1025 characters): is not a page cursor made by this library"
            + " (longer than 1024 characters)" + NOT_OURS);
  }

  @Test
  @DisplayName("R47: every cursor a page hands out reads back, even for the longest order ids and the largest totals")
  void everyCursorOfAPageReadsBack() {
    OrderGenerator orders = OrderGenerator.standard().withEdgeCaseInstants().withMaxLines(20);
    Property.named("every next cursor reads back equal").withTries(Property.configuredTries(200)).check(random -> {
      List<Order> page = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        page.add(orders.next(random));
      }
      return page;
    }, page -> {
      for (OrderSort sort : OrderSort.values()) {
        PageCursor next = OrderQuery.builder().includePending(true).sort(sort).pageSize(1).build().select(page)
            .nextCursor().orElseThrow();
        assertThat(PageCursor.of(next.text())).isEqualTo(next);
        assertThat(next.text().length()).isLessThanOrEqualTo(Limits.MAX_CURSOR_LENGTH);
      }
    });
    String longestId = "9".repeat(Limits.MAX_ID_LENGTH - 1) + "日";
    String text = cursorText("c1\nAMOUNT_LOWEST_FIRST\nUSD\n" + "9".repeat(18) + ".99\n" + longestId);
    assertThat(text.length()).isLessThanOrEqualTo(Limits.MAX_CURSOR_LENGTH);
    assertThat(PageCursor.of(text).text()).isEqualTo(text);
  }

  @Test
  @DisplayName("R26: a query's instants lie in the years 1970 to 9999; look-ahead windows are at most 3,660 days")
  void queryInstantsAndWindowsAreBounded() {
    assertThatThrownBy(() -> OrderQuery.builder().dateTo(Instant.MAX).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessage("dateTo = '+1000000000-12-31T23:59:59.999999999Z': must lie in the years 1970 to 9999 (between"
            + " 1970-01-01T00:00:00Z and 9999-12-31T23:59:59.999999999Z)");
    assertThatThrownBy(() -> OrderQuery.defaultView(Instant.MIN))
        .hasMessageStartingWith("now = '-1000000000-01-01T00:00:00Z': must lie in the years 1970 to 9999");
    assertThat(OrderQuery.defaultView(Limits.EARLIEST_INSTANT).dateFrom()).contains(Limits.EARLIEST_INSTANT);
    assertThatThrownBy(() -> OrderQuery.builder().shipByWithin(Duration.ofDays(3_661), Instant.parse("2026-01-01T00:00:00Z")))
        .hasMessage("shipByWithin = 'PT87864H': must be at most 3660 days");
    assertThat(OrderQuery.builder().shipByWithin(Duration.ofDays(30), Limits.LATEST_INSTANT).build().shipByBefore())
        .contains(Limits.LATEST_INSTANT);
  }

  @Test
  @DisplayName("R26: a search refuses line breaks and lone surrogates too, naming the code point")
  void searchIsSingleLineText() {
    assertThatThrownBy(() -> OrderQuery.builder().search("112\n33").build())
        .hasMessage("search = '112\n33': must not contain the line break or tab U+000A (at index 3); it is a single line");
    assertThatThrownBy(() -> OrderQuery.builder().search("112\uDFFF").build())
        .hasMessage("search = '112\uDFFF': must not contain the lone surrogate U+DFFF (at index 3)");
  }
}
