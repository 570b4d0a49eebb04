/**
 * Orderly's root package: {@link io.github.orderly.InvalidValueException}, the one root of the
 * exceptions that refuse invalid values. The library itself lives in the sub-packages.
 */
package io.github.orderly;
