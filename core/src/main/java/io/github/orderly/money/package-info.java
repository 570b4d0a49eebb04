/**
 * Exact money: an amount and its currency, at the currency's own scale.
 *
 * <p>Every method of this package rejects {@code null} arguments with a {@link NullPointerException}
 * unless its documentation says otherwise. Amounts of different currencies never mix: arithmetic and
 * comparison across currencies throw {@link io.github.orderly.money.CurrencyMismatchException}.
 */
package io.github.orderly.money;
