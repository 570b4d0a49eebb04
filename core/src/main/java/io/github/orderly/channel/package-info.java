/**
 * Marketplace integration rules: importing orders into the host's workflow against its catalogue (R28;
 * status updates pulled from the marketplace are merged by the workflow, R29, R50), refund and
 * cancellation requests sent in batches (R25), combined shipments (R15), double sales (R17)
 * and business packing slips (R21).
 *
 * <p>All of it is pure: the host supplies its catalogue through {@link io.github.orderly.channel.Catalogue}
 * and acts on the values returned. Every method rejects {@code null} arguments.
 */
package io.github.orderly.channel;
