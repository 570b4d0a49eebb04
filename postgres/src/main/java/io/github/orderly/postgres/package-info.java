/**
 * Orders in PostgreSQL (R26, R45, R47): {@link io.github.orderly.postgres.OrderlySchema} runs the schema's
 * Flyway migrations, {@link io.github.orderly.postgres.PostgresOrderStore} loads orders and evaluates the
 * orders page ({@link io.github.orderly.query.OrderQuery}) in one SQL statement, every value a bind
 * parameter, every statement scoped by a {@link io.github.orderly.postgres.TenantId}.
 *
 * <p>Every method of this package rejects {@code null} arguments with a {@link NullPointerException}. A
 * failure of the database surfaces as an {@link io.github.orderly.postgres.OrderStoreException} whose
 * cause is the driver's {@link java.sql.SQLException}; a value the store cannot hold is refused before
 * any statement runs, with an {@link io.github.orderly.InvalidValueException} naming the field.
 */
package io.github.orderly.postgres;
