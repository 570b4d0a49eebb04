/**
 * Seeded random data and property checks for tests of Orderly and of hosts that embed it.
 *
 * <p>{@link io.github.orderly.testkit.OrderGenerator} makes valid random orders in every status;
 * {@link io.github.orderly.testkit.Property} runs a check over many generated values, prints the seed of
 * a failure so that the run can be replayed exactly, and {@link io.github.orderly.testkit.Shrink} cuts a
 * failing sequence down to a short one. No third-party property-testing library is used.
 *
 * <p>Replaying: every failure message names its seed; run again with {@code -Dorderly.seed=<seed>}.
 * The number of tries comes from {@code -Dorderly.tries=<n>} (default 1,000).
 */
package io.github.orderly.testkit;
