package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a response is the API's error document ({@code errors}) instead of the data asked for: the
 * request failed at the marketplace. Carries the errors as the API gave them. Immutable and thread-safe.
 */
public final class AmazonApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<ApiError> errors;

  AmazonApiException(String document, List<ApiError> errors) {
    super(document + ": the marketplace answered with errors " + errors);
    this.errors = List.copyOf(errors);
  }

  /** Returns the errors, at least one. */
  public List<ApiError> errors() {
    return errors;
  }

  /**
   * One error of an error response, as the API documents it ({@code Error}: {@code code},
   * {@code message}, {@code details}).
   *
   * <p>Immutable and thread-safe once built; a list it was given is kept as given, so do not change it afterwards.
   *
   * @param code the error code, such as {@code InvalidInput}
   * @param message what went wrong
   * @param details more detail, if the API gave some
   */
  public record ApiError(
      @JsonProperty("code") String code,
      @JsonProperty("message") String message,
      @JsonProperty("details") Optional<String> details) {
    /** Checks the values: code and message are required. */
    public ApiError {
      Check.required("code", code);
      Check.required("message", message);
      details = Objects.requireNonNullElse(details, Optional.empty());
    }

    @Override
    public String toString() {
      return code + ": " + message + details.map(d -> " (" + d + ")").orElse("");
    }
  }
}
