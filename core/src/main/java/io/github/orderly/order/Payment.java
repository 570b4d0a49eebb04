package io.github.orderly.order;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import io.github.orderly.money.Money;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the ways the buyer pays an order ({@link Order#payments()}): a method and, when the marketplace said,
 * the amount paid that way. A marketplace lists several when the buyer splits the payment, such as cash on
 * delivery for the rest after a gift card and points.
 *
 * <p>Checked when built: the amount, when given, positive; otherwise an {@link InvalidOrderException} naming
 * {@code payment.amount}. A {@link Money} is always at its currency's scale. The order checks the rest: every
 * amount in the order's currency, their sum never above {@link Order#total()}, no method twice.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutablePayment.class)
@JsonDeserialize(as = ImmutablePayment.class)
public abstract class Payment {
  Payment() {}

  /** Returns how this part is paid. */
  @Value.Parameter
  public abstract PaymentMethod method();

  /** Returns the amount paid this way, if the marketplace gave it; positive. Omitted from JSON when empty. */
  @Value.Parameter
  public abstract Optional<Money> amount();

  /**
   * Obtains a payment of a method without an amount.
   *
   * @param method the method, not null
   * @return the payment
   * @throws NullPointerException if {@code method} is null
   */
  public static Payment of(PaymentMethod method) {
    Objects.requireNonNull(method, "method");
    return ImmutablePayment.of(method, Optional.empty());
  }

  /**
   * Obtains a payment of an amount by a method.
   *
   * @param method the method, not null
   * @param amount the amount paid this way, not null and positive
   * @return the payment
   * @throws NullPointerException if an argument is null
   * @throws InvalidOrderException if the amount is not positive
   */
  public static Payment of(PaymentMethod method, Money amount) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(amount, "amount");
    return ImmutablePayment.of(method, Optional.of(amount));
  }

  @Value.Check
  void check() {
    Optional<Money> amount = amount();
    if (amount.isPresent() && !amount.get().isPositive()) {
      throw new InvalidOrderException("payment.amount", amount.get(), "must be positive");
    }
  }
}
