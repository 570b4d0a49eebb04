package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** A delivery address. Sellers can never change it (R11). */
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
    Checks.text("address.recipient", recipient());
    if (streetLines().isEmpty() || streetLines().size() > 3) {
      throw new InvalidOrderException("address.streetLines", streetLines(), "must hold one to three lines");
    }
    for (int i = 0; i < streetLines().size(); i++) {
      Checks.text("address.streetLines[" + i + "]", streetLines().get(i));
    }
    Checks.text("address.city", city());
    region().ifPresent(r -> Checks.text("address.region", r));
    postalCode().ifPresent(p -> Checks.text("address.postalCode", p));
    if (!COUNTRIES.contains(countryCode())) {
      throw new InvalidOrderException("address.countryCode", countryCode(),
          "must be an ISO 3166-1 alpha-2 code such as US or JP");
    }
  }

  /** Builds an {@link Address}. */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}
  }
}
