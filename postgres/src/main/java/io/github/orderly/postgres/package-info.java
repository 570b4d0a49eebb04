/**
 * Orders in PostgreSQL (R26, R43, R45, R47): {@link io.github.orderly.postgres.OrderlySchema} runs the
 * schema's Flyway migrations; {@link io.github.orderly.postgres.PostgresOrderStore} is core's
 * {@link io.github.orderly.store.OrderStore} on PostgreSQL (orders as JSONB beside their projected
 * columns, append-only events, the compare-and-set save, the orders page in one SQL statement, exports
 * through a server-side cursor); {@link io.github.orderly.postgres.PostgresSweep} claims due orders with
 * {@code FOR UPDATE SKIP LOCKED} and decides them with several workers. Every statement is scoped by a
 * {@link io.github.orderly.order.TenantId} and every value is a bind parameter.
 *
 * <p>Every method of this package rejects {@code null} arguments with a {@link NullPointerException}. A
 * failure of the database surfaces as an {@link io.github.orderly.postgres.OrderStoreException} whose
 * cause is the driver's {@link java.sql.SQLException}; a value the store cannot hold is refused before
 * any statement runs, with an {@link io.github.orderly.InvalidValueException} naming the field.
 */
package io.github.orderly.postgres;
