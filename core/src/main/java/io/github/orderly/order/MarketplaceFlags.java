package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What the marketplace says about an order beyond its subtypes (R22): its order type, its flags and, for a
 * replacement order, the order it replaces, for an exchange, the order it exchanges. Kept as reported; nothing
 * in the workflow depends on it.
 *
 * <p>Checked when built: a replaced order id only with the {@link MarketplaceFlag#REPLACEMENT} flag, an
 * exchanged order id only with {@link MarketplaceFlag#EXCHANGE}, refused otherwise with an
 * {@link InvalidOrderException} naming {@code marketplaceFlags.replacedOrderId} or
 * {@code marketplaceFlags.exchangedOrderId}; the order checks that an order neither replaces nor exchanges
 * itself. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableMarketplaceFlags.class)
@JsonDeserialize(as = ImmutableMarketplaceFlags.class)
public abstract class MarketplaceFlags {
  MarketplaceFlags() {}

  /** Returns the order type, if the marketplace gave one. */
  public abstract Optional<MarketplaceOrderType> orderType();

  /** Returns the flags set; empty when none. */
  public abstract Set<MarketplaceFlag> flags();

  /** Returns the id of the order this one replaces, if the marketplace named it. */
  public abstract Optional<OrderId> replacedOrderId();

  /** Returns the id of the original order this one is an exchange for, if the marketplace named it. */
  public abstract Optional<OrderId> exchangedOrderId();

  /**
   * Returns whether a flag is set.
   *
   * @param flag the flag, not null
   * @return whether it is set
   */
  public boolean has(MarketplaceFlag flag) {
    return flags().contains(java.util.Objects.requireNonNull(flag, "flag"));
  }

  /** Returns whether nothing is known: no order type, no flag, no replaced or exchanged order. */
  @JsonIgnore
  public boolean isEmpty() {
    return orderType().isEmpty() && flags().isEmpty() && replacedOrderId().isEmpty()
        && exchangedOrderId().isEmpty();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (replacedOrderId().isPresent() && !flags().contains(MarketplaceFlag.REPLACEMENT)) {
      throw new InvalidOrderException("marketplaceFlags.replacedOrderId", replacedOrderId().get(),
          "only a replacement order (flag REPLACEMENT) names the order it replaces");
    }
    if (exchangedOrderId().isPresent() && !flags().contains(MarketplaceFlag.EXCHANGE)) {
      throw new InvalidOrderException("marketplaceFlags.exchangedOrderId", exchangedOrderId().get(),
          "only an exchange order (flag EXCHANGE) names the order it exchanges");
    }
  }

  /**
   * Builds {@link MarketplaceFlags}. Unset fields are empty.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableMarketplaceFlags.Builder {
    Builder() {}
  }
}
