package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A delivery address. Sellers can never change it (R11).
 *
 * <p>Checked at build time: every field is single-line text (no control character, line break or tab;
 * see {@link Limits#checkText}) of at most {@value Limits#MAX_NAME_LENGTH} characters for the recipient,
 * {@value Limits#MAX_ADDRESS_LINE_LENGTH} for each street line, the city and the region,
 * {@value Limits#MAX_POSTAL_CODE_LENGTH} for the postal code; one to {@value Limits#MAX_STREET_LINES}
 * street lines; an ISO 3166-1 alpha-2 country code. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public abstract class Address {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  Address() {}

  /** Returns the name the parcel is addressed to. */
  public abstract String recipient();

  /** Returns the street lines, one to three. */
  public abstract List<String> streetLines();

  /** Returns the city or town. */
  public abstract String city();

  /** Returns the state, prefecture or region, if the country uses one. */
  public abstract Optional<String> region();

  /** Returns the postal code, if the country uses one. */
  public abstract Optional<String> postalCode();

  /** Returns the ISO 3166-1 alpha-2 country code, such as {@code US} or {@code JP}. */
  public abstract String countryCode();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.singleLine("address.recipient", recipient(), Limits.MAX_NAME_LENGTH);
    List<String> streetLines = streetLines();
    if (streetLines.isEmpty() || streetLines.size() > Limits.MAX_STREET_LINES) {
      throw new InvalidOrderException("address.streetLines", streetLines, "must hold one to "
          + Limits.MAX_STREET_LINES + " lines");
    }
    for (int i = 0; i < streetLines.size(); i++) {
      Checks.singleLine("address.streetLines[" + i + "]", streetLines.get(i), Limits.MAX_ADDRESS_LINE_LENGTH);
    }
    Checks.singleLine("address.city", city(), Limits.MAX_ADDRESS_LINE_LENGTH);
    if (region().isPresent()) {
      Checks.singleLine("address.region", region().get(), Limits.MAX_ADDRESS_LINE_LENGTH);
    }
    if (postalCode().isPresent()) {
      Checks.singleLine("address.postalCode", postalCode().get(), Limits.MAX_POSTAL_CODE_LENGTH);
    }
    if (!COUNTRIES.contains(countryCode())) {
      throw new InvalidOrderException("address.countryCode", countryCode(),
          "must be an ISO 3166-1 alpha-2 code such as US or JP");
    }
  }

  /**
   * Builds an {@link Address}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }
}
