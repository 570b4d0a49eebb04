package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderlyStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The buyer as the seller sees them: every field optional, because marketplaces reveal little.
 *
 * <p>The e-mail is often a marketplace relay address. The phone is for fulfilment only and is dropped
 * from exports once a line is delivered (R49).
 *
 * <p>Checked at build time: each field is single-line text (no control character, line break or tab, so
 * that no value can inject a header where a host e-mails the buyer) of at most
 * {@value Limits#MAX_NAME_LENGTH} characters for the name, {@value Limits#MAX_EMAIL_LENGTH} for the
 * e-mail (with exactly one {@code @}, not first or last) and {@value Limits#MAX_PHONE_LENGTH} for the
 * phone. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableBuyer.class)
@JsonDeserialize(as = ImmutableBuyer.class)
public abstract class Buyer {
  Buyer() {}

  /** Returns the buyer's name, if the marketplace shares it. */
  public abstract Optional<String> name();

  /** Returns the buyer's e-mail address, often a relay address, if shared. */
  public abstract Optional<String> email();

  /** Returns the buyer's phone number, if shared; usable during fulfilment only (R49). */
  public abstract Optional<String> phone();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a buyer of whom nothing is known. */
  public static Buyer anonymous() {
    return builder().build();
  }

  @Value.Check
  void check() {
    if (name().isPresent()) {
      Checks.singleLine("buyer.name", name().get(), Limits.MAX_NAME_LENGTH);
    }
    if (email().isPresent()) {
      String e = email().get();
      Checks.singleLine("buyer.email", e, Limits.MAX_EMAIL_LENGTH);
      int at = e.indexOf('@');
      if (at <= 0 || at == e.length() - 1 || e.indexOf('@', at + 1) >= 0) {
        throw new InvalidOrderException("buyer.email", e, "must be an e-mail address with one '@'");
      }
    }
    if (phone().isPresent()) {
      Checks.singleLine("buyer.phone", phone().get(), Limits.MAX_PHONE_LENGTH);
    }
  }

  /**
   * Builds a {@link Buyer}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableBuyer.Builder {
    Builder() {}
  }
}
