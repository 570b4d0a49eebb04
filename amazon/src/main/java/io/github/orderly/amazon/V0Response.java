package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/**
 * The envelope of every Orders API v0 response: the {@code payload} on success, {@code errors} on
 * failure.
 *
 * @param payload {@code payload}
 * @param errors {@code errors}
 * @param <T> the payload's type
 */
record V0Response<T>(
    @JsonProperty("payload") Optional<T> payload,
    @JsonProperty("errors") List<AmazonApiException.ApiError> errors) {
  V0Response {
    payload = Check.optional(payload);
    errors = Check.list("errors", errors);
  }
}
