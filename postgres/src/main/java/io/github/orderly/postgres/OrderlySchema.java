package io.github.orderly.postgres;

import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The store's schema: versioned SQL migrations that Flyway runs, from {@value #LOCATION}, recorded in a
 * history table of their own, {@value #HISTORY_TABLE}.
 *
 * <p>Run them with {@link #migrate(DataSource)}, or with your own Flyway: add a second Flyway run with
 * location {@value #LOCATION} and table {@value #HISTORY_TABLE} beside your own migrations (their versions
 * are counted apart from yours). They need a UTF8 database and create the extensions {@code pg_trgm} and
 * {@code btree_gin} if they are not there yet; both ship with PostgreSQL and a database owner may create
 * them.
 *
 * <p>Migrating twice changes nothing the second time; a newer version of this module adds migrations and
 * never edits an applied one. A class of static methods; thread-safe.
 */
public final class OrderlySchema {
  /** Where the migrations are, as a Flyway location. */
  public static final String LOCATION = "classpath:db/orderly-postgres";
  /** The table in which Flyway records which of these migrations ran. */
  public static final String HISTORY_TABLE = "orderly_schema_history";

  private OrderlySchema() {}

  /**
   * Applies the migrations that have not run yet to the connections' current schema (the first schema on
   * their {@code search_path} that exists, {@code public} by default).
   *
   * @param dataSource the database
   * @return how many migrations ran; 0 when the schema was up to date
   * @throws org.flywaydb.core.api.FlywayException if a migration fails; Flyway rolls that one back
   */
  public static int migrate(DataSource dataSource) {
    return configure(dataSource).load().migrate().migrationsExecuted;
  }

  /**
   * Applies the migrations that have not run yet to the given schema, which Flyway creates if it does not
   * exist. Give the store connections that have the schema on their {@code search_path}.
   *
   * @param dataSource the database
   * @param schema the schema, as PostgreSQL names it (case matters)
   * @return how many migrations ran; 0 when the schema was up to date
   * @throws org.flywaydb.core.api.FlywayException if a migration fails; Flyway rolls that one back
   */
  public static int migrate(DataSource dataSource, String schema) {
    Objects.requireNonNull(schema, "schema");
    return configure(dataSource).schemas(schema).load().migrate().migrationsExecuted;
  }

  private static FluentConfiguration configure(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    return Flyway.configure(OrderlySchema.class.getClassLoader())
        .dataSource(dataSource)
        .locations(LOCATION)
        .table(HISTORY_TABLE)
        .failOnMissingLocations(true)
        // The schema may already hold the host's own tables, recorded in the host's own history table:
        // start this history at 0, before the first of these migrations.
        .baselineOnMigrate(true)
        .baselineVersion("0");
  }
}
