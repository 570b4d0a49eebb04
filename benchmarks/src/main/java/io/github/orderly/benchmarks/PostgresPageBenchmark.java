package io.github.orderly.benchmarks;

import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.postgres.PostgresOrderStore;
import io.github.orderly.postgres.internal.PageStatement;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The orders page in PostgreSQL, one tenant holding 1,000,000 orders ({@link PostgresBenchmarkData}):
 * each of the store's statements beside the naive statement a host would otherwise write, in the same run.
 * Scores are the time of one page, rows parsed back into orders, through a connection pool.
 *
 * <ul>
 *   <li>{@code defaultView*}: the default view (past 30 days, newest first, pending left out, 50 rows a
 *       page, with the total count): page 1, and page 100 by keyset (the store's cursor) beside page 100
 *       by {@code OFFSET 4950} (the same statement, an offset instead of the cursor); and page 1 with "now"
 *       at 07:13 UTC instead of midnight ({@code defaultViewAtTimeOfDayFirstPage}), whose range begins
 *       within a day.
 *   <li>{@code refundFailed}: every order of the tenant with a refund that failed (R19), newest first.
 *   <li>{@code search*}: a partial order id of 7 characters, on the trigram index, beside the same
 *       {@code LIKE '%...%'} with the index out of reach (bitmap scans off for that statement), which is
 *       what the search costs without it.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PostgresPageBenchmark {
  static final int PAGE = 50;

  PostgresBenchmarkData data;
  PostgresOrderStore store;
  OrderQuery defaultView;
  OrderQuery defaultViewAtTimeOfDay;
  OrderQuery page100;
  String page100ByOffset;
  OrderQuery refundFailed;
  OrderQuery search;

  @Setup(Level.Trial)
  public void setUp() {
    data = PostgresBenchmarkData.open();
    store = PostgresOrderStore.of(data.dataSource(), PostgresBenchmarkData.SWEEP);
    defaultView = OrderQuery.defaultView(PostgresBenchmarkData.NOW);
    // "Now" at 07:13 UTC rather than midnight: the range starts within a day, whose orders are counted apart.
    defaultViewAtTimeOfDay = OrderQuery.defaultView(PostgresBenchmarkData.NOW.minusSeconds(16 * 3600 + 47 * 60));
    // Page 100 of the default view: the cursor the store gives after 99 pages.
    OrderQuery query = defaultView;
    for (int page = 1; page < 100; page++) {
      query = query.withCursor(store.query(PostgresBenchmarkData.TENANT, query).nextCursor().orElseThrow());
    }
    page100 = query;
    page100ByOffset = PageStatement.of(PostgresBenchmarkData.TENANT, defaultView).sql()
        .replace(" LIMIT ?", " OFFSET " + 99 * PAGE + " LIMIT ?");
    refundFailed = OrderQuery.builder().refundFailed(true).build();
    // Seven characters from the middle of an order id of the tenant.
    String id = store.query(PostgresBenchmarkData.TENANT, defaultView).rows().get(7).id().value();
    search = OrderQuery.builder().search(id.substring(5, 12)).build();

    Page first = defaultViewFirstPage();
    List<Order> offsetRows = defaultViewPage100ByOffset();
    Page keyset = defaultViewPage100ByKeyset();
    if (!offsetRows.equals(keyset.rows())) {
      throw new IllegalStateException("page 100 by offset and by keyset differ");
    }
    if (!searchUnindexed().equals(searchOnTrigramIndex().rows())) {
      throw new IllegalStateException("the search with and without its index differ");
    }
    System.out.printf("%ndefault view: %,d orders; refund failed: %,d; search '%s': %,d%n", first.totalCount(),
        refundFailedView().totalCount(), search.search().orElseThrow(), searchOnTrigramIndex().totalCount());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    data.close();
  }

  @Benchmark
  public Page defaultViewFirstPage() {
    return store.query(PostgresBenchmarkData.TENANT, defaultView);
  }

  @Benchmark
  public Page defaultViewAtTimeOfDayFirstPage() {
    return store.query(PostgresBenchmarkData.TENANT, defaultViewAtTimeOfDay);
  }

  @Benchmark
  public Page defaultViewPage100ByKeyset() {
    return store.query(PostgresBenchmarkData.TENANT, page100);
  }

  @Benchmark
  public List<Order> defaultViewPage100ByOffset() {
    return rows(page100ByOffset, PageStatement.of(PostgresBenchmarkData.TENANT, defaultView), false);
  }

  @Benchmark
  public Page refundFailedView() {
    return store.query(PostgresBenchmarkData.TENANT, refundFailed);
  }

  @Benchmark
  public Page searchOnTrigramIndex() {
    return store.query(PostgresBenchmarkData.TENANT, search);
  }

  @Benchmark
  public List<Order> searchUnindexed() {
    PageStatement statement = PageStatement.of(PostgresBenchmarkData.TENANT, search);
    return rows(statement.sql(), statement, true);
  }

  /** Runs a variant of a page's statement and reads its rows as the store does. */
  private List<Order> rows(String sql, PageStatement statement, boolean withoutIndex) {
    List<Order> rows = new ArrayList<>(PAGE + 1);
    try (Connection c = data.dataSource().getConnection()) {
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute(withoutIndex ? "SET LOCAL enable_bitmapscan = off" : "SET LOCAL enable_bitmapscan = on");
      }
      try (PreparedStatement prepared = c.prepareStatement(sql)) {
        statement.bind(prepared);
        try (ResultSet rs = prepared.executeQuery()) {
          while (rs.next()) {
            String body = rs.getString(2);
            if (body != null) {
              rows.add(OrderlyJson.read(body, Order.class));
            }
          }
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return rows.size() > PAGE ? rows.subList(0, PAGE) : rows;
  }
}
