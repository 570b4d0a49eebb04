/**
 * Orderly on PostgreSQL: the schema as Flyway migrations, orders stored as JSONB beside the columns the
 * orders page and the sweep filter on, and the orders page compiled to one SQL statement.
 *
 * <p>Only {@code io.github.orderly.postgres} is exported. The projection of an order onto its columns,
 * the writer and the SQL compiler live in {@code io.github.orderly.postgres.internal}, which callers
 * cannot reach.
 *
 * <p>Flyway's jars carry no module name of their own, so Flyway is the automatic module
 * {@code flyway.core} (named after its jar); its PostgreSQL support ({@code flyway.database.postgresql})
 * is found through Flyway's own service loading and needs no {@code requires}. The JDBC driver is needed
 * only at run time, behind the {@link javax.sql.DataSource} the host passes in: this module compiles
 * against {@code java.sql} alone.
 */
module io.github.orderly.postgres {
  requires transitive io.github.orderly.core;
  requires transitive java.sql;
  requires flyway.core;

  exports io.github.orderly.postgres;
}
