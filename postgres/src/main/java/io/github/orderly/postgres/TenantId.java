package io.github.orderly.postgres;

import java.util.Objects;

/**
 * The tenant an order belongs to: the seller account a host serves. Every row of the store carries one,
 * every key and index starts with it, and every statement is scoped by it, so that one tenant never sees
 * or touches another's orders; on Citus it is the distribution column.
 *
 * <p>An immutable value, safe to share between threads. Two tenant ids are equal when their texts are.
 * The text is what the host uses for the account (its own id, a marketplace seller id): 1 to
 * {@value #MAX_LENGTH} characters, no surrounding white space, no control characters, no unpaired
 * surrogates.
 *
 * <p>Immutable and thread-safe.
 */
public final class TenantId {
  /** The longest tenant id, in characters. */
  public static final int MAX_LENGTH = 100;

  private final String value;

  private TenantId(String value) {
    this.value = value;
  }

  /**
   * Returns the tenant id with the given text.
   *
   * @param value the text
   * @return the tenant id
   * @throws InvalidTenantException if the text is blank, too long, has surrounding white space, control
   *     characters or unpaired surrogates
   */
  public static TenantId of(String value) {
    java.util.Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new InvalidTenantException(value, "must not be blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new InvalidTenantException(value, "must be at most " + MAX_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new InvalidTenantException(value, "must not start or end with white space");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c)) {
        throw new InvalidTenantException(value, "must not contain control characters");
      }
      if (Character.isSurrogate(c)) {
        boolean paired = Character.isHighSurrogate(c) && i + 1 < value.length()
            && Character.isLowSurrogate(value.charAt(i + 1));
        if (!paired) {
          throw new InvalidTenantException(value, "must not contain an unpaired surrogate");
        }
        i++;
      }
    }
    return new TenantId(value);
  }

  /** Returns the text of this tenant id. */
  public String value() {
    return value;
  }

  /** Two tenant ids are equal when their texts are. */
  @Override
  public boolean equals(Object o) {
    return o instanceof TenantId other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(TenantId.class, value);
  }

  /** Returns the text of this tenant id. */
  @Override
  public String toString() {
    return value;
  }
}
