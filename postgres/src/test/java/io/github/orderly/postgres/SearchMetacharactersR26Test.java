package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.Buyer;
import io.github.orderly.order.MerchantOrderId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.InvalidQueryException;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.OrderStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Search text with SQL and {@code LIKE} metacharacters matches literally: no injection, no wildcard leak.
 * The search is a bind parameter, escaped for {@code LIKE}; the statement's text never holds it.
 */
@DisplayName("R26: search text with SQL and LIKE metacharacters matches literally, never as SQL or a wildcard")
class SearchMetacharactersR26Test {
  private static final TenantId TENANT = TestDatabase.tenant("meta");
  private static final List<Order> ORDERS = new ArrayList<>();
  private static PostgresOrderStore store;

  @BeforeAll
  static void storeOrders() {
    SplittableRandom random = new SplittableRandom(26);
    String[][] ids = {
      // order id, merchant order id, buyer e-mail
      {"112-100%-1", null, null},
      {"112-under_score-2", null, null},
      {"112-O'Brien-3", "M-'quoted'", "o'brien@example.com"},
      {"112-back\\slash-4", null, null},
      {"112-semi;--colon-5", null, "x;--@example.com"},
      {"112-plain-6", "M-100", "plain@example.com"},
      {"112-plainX7", "M-1000", "PLAIN@EXAMPLE.COM"},
      {"112-'; DROP TABLE orderly_orders; ---8", null, null},
    };
    for (String[] row : ids) {
      Order.Builder b = Order.builder().from(StoreCases.ORDERS.next(random, io.github.orderly.status.OrderStatus.UNSHIPPED))
          .id(OrderId.of(row[0])).merchantOrderId(java.util.Optional.ofNullable(row[1]).map(MerchantOrderId::of))
          .buyer(row[2] == null ? Buyer.anonymous() : Buyer.builder().email(row[2]).build());
      ORDERS.add(b.build());
    }
    OrderRows.replace(TestDatabase.dataSource(), TENANT, ORDERS, TestDatabase.SWEEP);
    store = PostgresOrderStore.of(TestDatabase.dataSource(), TestDatabase.SWEEP);
  }

  private static List<String> found(String search) {
    OrderQuery query = OrderQuery.builder().search(search).sort(OrderSort.ORDER_ID).build();
    Page page = store.query(TENANT, query);
    assertThat(page).as("in SQL as in memory").isEqualTo(query.select(ORDERS));
    try (java.util.stream.Stream<io.github.orderly.order.Order> exported = store.stream(TENANT, query)) {
      assertThat(StoreCases.ids(exported.toList())).as("the export's stream finds what the page finds")
          .isEqualTo(StoreCases.ids(page.rows()));
    }
    return StoreCases.ids(page.rows());
  }

  @Test
  @DisplayName("R26: % and _ match themselves, not any text or any character")
  void likeWildcardsAreLiteral() {
    assertThat(found("%")).containsExactly("112-100%-1");
    assertThat(found("0%-")).containsExactly("112-100%-1");
    assertThat(found("_")).containsExactly("112-'; DROP TABLE orderly_orders; ---8", "112-under_score-2");
    assertThat(found("r_s")).containsExactly("112-under_score-2");
    // "plain_" would match "plainX" if _ were a wildcard.
    assertThat(found("plain_")).isEmpty();
    assertThat(found("100%")).containsExactly("112-100%-1");
  }

  @Test
  @DisplayName("R26: quotes, backslashes and comment markers match themselves, and a search cannot run SQL")
  void sqlMetacharactersAreLiteral() throws Exception {
    assertThat(found("'")).containsExactly("112-'; DROP TABLE orderly_orders; ---8", "112-O'Brien-3");
    assertThat(found("o'b")).containsExactly("112-O'Brien-3");
    assertThat(found("\\")).containsExactly("112-back\\slash-4");
    assertThat(found("k\\s")).containsExactly("112-back\\slash-4");
    assertThat(found(";--")).containsExactly("112-semi;--colon-5");
    assertThat(found("; --")).containsExactly("112-'; DROP TABLE orderly_orders; ---8");
    assertThat(found("'; DROP TABLE orderly_orders; --")).containsExactly("112-'; DROP TABLE orderly_orders; ---8");
    assertThat(found("x'; DELETE FROM orderly_orders; --")).isEmpty();
    assertThat(found("' OR '1'='1")).isEmpty();
    try (Connection c = TestDatabase.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM orderly_orders WHERE tenant = '" + TENANT + "'")) {
      rs.next();
      assertThat(rs.getLong(1)).as("the table is still there, every row with it").isEqualTo(ORDERS.size());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"%", "_", "'", "\\", ";--", "'; DROP TABLE orderly_orders; --", "a%_\\'"})
  @DisplayName("R26: the search is a bind parameter of the page and of the export's stream; the statements' text is "
      + "the same whatever the search")
  void searchIsABindParameter(String search) {
    PageStatement statement = PageStatement.of(TENANT, OrderQuery.builder().search(search).build());
    assertThat(statement.sql())
        .isEqualTo(PageStatement.of(TENANT, OrderQuery.builder().search("x").build()).sql())
        .doesNotContain(TENANT.value()).contains("LIKE ?");
    assertThat(statement.parameters()).contains(TENANT.value());
    assertThat(statement.parameters().stream().filter(p -> p instanceof String s && s.startsWith("%")))
        .as("the LIKE pattern, escaped, once: the matches are found once for the count and the page").hasSize(1);
    PageStatement export = PageStatement.everyMatch(TENANT, OrderQuery.builder().search(search).build());
    assertThat(export.sql()).isEqualTo(PageStatement.everyMatch(TENANT, OrderQuery.builder().search("x").build()).sql())
        .doesNotContain(TENANT.value()).contains("LIKE ?");
  }

  @Test
  @DisplayName("R26: case-insensitive matching stays exact around metacharacters: PLAIN finds plain and PLAIN")
  void caseInsensitiveAroundMetacharacters() {
    assertThat(found("PLAIN@")).containsExactly("112-plain-6", "112-plainX7");
    assertThat(found("m-100")).containsExactly("112-plain-6", "112-plainX7");
  }

  @Test
  @DisplayName("R26: a NUL in a search is refused when the query is built: it can never reach the database")
  void nulIsRefusedByTheQuery() {
    assertThatThrownBy(() -> OrderQuery.builder().search("112\u0000-1").build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("U+0000");
  }

  @Test
  @DisplayName("R26: an unpaired surrogate, which PostgreSQL text cannot hold, is refused when the query is built")
  void unpairedSurrogateIsRefused() {
    assertThatThrownBy(() -> OrderQuery.builder().search("112-\uD83D").build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("U+D83D");
  }
}
