package io.github.orderly.channel;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.Objects;

/**
 * How the host imports a marketplace's orders (R28).
 *
 * <p>Immutable and thread-safe.
 *
 * @param enabled whether import into the host's own workflow is on; when off, orders are view-only
 * @param startedAt when the integration started: orders placed before it are never imported
 */
public record ImportSettings(
    @JsonProperty("enabled") boolean enabled, @JsonProperty("startedAt") Instant startedAt) {
  /** Checks the values. */
  public ImportSettings {
    Objects.requireNonNull(startedAt, "startedAt");
  }
}
