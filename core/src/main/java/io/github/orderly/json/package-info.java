/**
 * JSON for Orderly's values: {@link io.github.orderly.json.OrderlyJson} makes the one configured mapper
 * and reports bad input with the JSON path that caused it.
 */
package io.github.orderly.json;
