package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.internal.OrderlyStyle;
import io.github.orderly.money.Money;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How much of one line a refund gives back, optionally broken down by {@link ChargeComponent}.
 *
 * <p>A breakdown ({@link #components()}) names what the amount gives back of each component the line was
 * charged for: every component amount positive and in the amount's currency, and the components add up to
 * the amount exactly, a {@link ChargeComponent#isDeduction() deduction} (a discount) counting against it.
 * That a component never gives back more than the line was charged for it, less what earlier refunds gave
 * back of it, needs the order: the workflow checks it when the refund is issued (R13).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyStyle
@JsonSerialize(as = ImmutableRefundLine.class)
@JsonDeserialize(as = ImmutableRefundLine.class)
public abstract class RefundLine {
  RefundLine() {}

  /** Returns the line refunded. */
  @Value.Parameter
  public abstract LineId lineId();

  /** Returns the amount given back; always positive. */
  @Value.Parameter
  public abstract Money amount();

  /**
   * Returns the amount broken down by component; empty (the default) when the refund line does not name
   * components. Left out of JSON when empty.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<ChargeComponent, Money> components();

  /**
   * Returns what the refund line gives back of one component; zero when it does not name it.
   *
   * @param component the component
   * @return the amount, zero or positive
   */
  public Money component(ChargeComponent component) {
    java.util.Objects.requireNonNull(component, "component");
    Money m = components().get(component);
    return m == null ? Money.zero(amount().currency()) : m;
  }

  /**
   * Obtains a refund line broken down by component; the amount is the components' sum, deductions
   * (discounts) counted against it.
   *
   * @param lineId the line
   * @param components what is given back of each component, each positive, at least one
   * @return the refund line
   * @throws InvalidOrderException if a component is not positive, the currencies differ or the sum is not
   *     positive
   */
  public static RefundLine ofComponents(LineId lineId, Map<ChargeComponent, Money> components) {
    java.util.Objects.requireNonNull(lineId, "lineId");
    java.util.Objects.requireNonNull(components, "components");
    if (components.isEmpty()) {
      throw new InvalidOrderException("refund.lines[" + lineId + "].components", components, "must not be empty");
    }
    Money sum = null;
    for (Map.Entry<ChargeComponent, Money> e : components.entrySet()) {
      Money m = java.util.Objects.requireNonNull(e.getValue(), "components[" + e.getKey() + "]");
      if (sum != null && !m.currency().equals(sum.currency())) {
        throw new InvalidOrderException("refund.lines[" + lineId + "].components[" + e.getKey() + "]", m,
            "currency must be " + sum.currency().getCurrencyCode() + " like the other components");
      }
      Money zero = Money.zero(m.currency());
      sum = (sum == null ? zero : sum).plus(e.getKey().isDeduction() ? zero.minus(m) : m);
    }
    return builder().lineId(lineId).amount(sum).components(components).build();
  }

  /**
   * Obtains a refund line.
   *
   * @param lineId the line
   * @param amount the amount, positive
   * @return the refund line
   */
  public static RefundLine of(LineId lineId, Money amount) {
    return ImmutableRefundLine.of(lineId, amount);
  }

  /** Returns a new builder, for a refund line with an amount and its components given apart. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!amount().isPositive()) {
      throw new InvalidOrderException("refund.lines[" + lineId() + "].amount", amount(), "must be positive");
    }
    if (components().isEmpty()) {
      return;
    }
    Money sum = Money.zero(amount().currency());
    for (Map.Entry<ChargeComponent, Money> e : components().entrySet()) {
      String field = "refund.lines[" + lineId() + "].components[" + e.getKey() + "]";
      Money m = e.getValue();
      if (!m.currency().equals(amount().currency())) {
        throw new InvalidOrderException(field, m,
            "currency must be " + amount().currency().getCurrencyCode() + " like the amount");
      }
      if (!m.isPositive()) {
        throw new InvalidOrderException(field, m, "must be positive");
      }
      sum = e.getKey().isDeduction() ? sum.minus(m) : sum.plus(m);
    }
    if (!sum.equals(amount())) {
      throw new InvalidOrderException("refund.lines[" + lineId() + "].amount", amount(),
          "must equal the sum of its components '" + sum + "'");
    }
  }

  /**
   * Builds a {@link RefundLine}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableRefundLine.Builder {
    Builder() {}
  }
}
