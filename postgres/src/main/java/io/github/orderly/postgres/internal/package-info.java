/**
 * The store's internals, not exported: the projection of an order onto its columns
 * ({@link io.github.orderly.postgres.internal.OrderProjection}, the one place that says what each column
 * holds), the writer ({@link io.github.orderly.postgres.internal.OrderRows}) and the compiler of the
 * orders page to SQL ({@link io.github.orderly.postgres.internal.PageStatement}).
 */
package io.github.orderly.postgres.internal;
