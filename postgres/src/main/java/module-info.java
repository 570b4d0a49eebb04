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
 * is found through Flyway's own service loading and needs no {@code requires}. The PostgreSQL JDBC
 * driver ({@code org.postgresql.jdbc}) is required for its {@code COPY} API, which the bulk path of
 * {@code createAll} uses; every other statement goes through {@code java.sql} and the
 * {@link javax.sql.DataSource} the host passes in.
 */
module io.github.orderly.postgres {
  requires transitive io.github.orderly.core;
  requires transitive java.sql;
  requires flyway.core;
  requires org.postgresql.jdbc;

  exports io.github.orderly.postgres;
}
