/**
 * JSON for Orderly's values. {@link io.github.orderly.json.OrderlyModule} is the Jackson module that
 * gives any mapper Orderly's JSON; {@link io.github.orderly.json.OrderlyJson} makes the one configured
 * mapper (the module plus Orderly's reading rules and limits) and reports bad input with the JSON path
 * that caused it.
 */
package io.github.orderly.json;
