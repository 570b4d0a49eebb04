package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.Rule;
import io.github.orderly.internal.OrderlyCopyStyle;
import io.github.orderly.money.Money;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an order: an item, its quantities and charges, and its own two statuses (R40).
 *
 * <p>What the buyer is charged for the line is {@link #charge()}: unit price times quantity ordered,
 * plus shipping, tax and fees, less the discount. All amounts share one currency.
 *
 * <p>A line may itemise its charge as the marketplace does ({@link #components()}, by
 * {@link ChargeComponent}). Then {@link #shippingCharge()}, {@link #tax()} and {@link #discount()} are the
 * sums of their components ({@link ChargeComponent#part()}): left unset they are derived, set they must
 * equal the sum; an {@link ChargeComponent#ITEM_PRICE} must equal {@link #itemSubtotal()}; the fees
 * (gift wrap, COD fee) are added to the charge. A line without components charges exactly as before.
 *
 * <p>Checked at build time: quantity ordered positive and at most {@value Limits#MAX_QUANTITY}; quantity
 * shipped between 0 and quantity ordered; no negative amount; a discount no larger than the rest of the
 * charge; the charge below 10^{@value Limits#MAX_AMOUNT_INTEGER_DIGITS}; one currency; a line that is
 * awaiting shipment or cancelled has shipped nothing, a shipped line has shipped something; a line still
 * pending payment or merely authorised has not shipped (R1, R7); a line marked not charged was cancelled;
 * the title is multi-line text of at most {@value Limits#MAX_TITLE_LENGTH} characters and the
 * customisation multi-line text of at most {@value Limits#MAX_NOTE_LENGTH} (line breaks and tabs allowed,
 * no other control character, no lone surrogate: see {@link Limits#checkText}). The checks that need the
 * whole order (a refund only on a charged line, a returned line only with a received return, ...) are
 * listed on {@link Order}. Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyCopyStyle
@JsonSerialize(as = ImmutableOrderLine.class)
@JsonDeserialize(as = ImmutableOrderLine.class)
public abstract class OrderLine {
  /** The charge, cached as String caches its hash (see {@link Order}): Money is immutable. */
  @SuppressWarnings("immutables:incompat")
  private transient Money charge;

  OrderLine() {}

  /** Returns the marketplace's order-item id. */
  public abstract LineId id();

  /** Returns the seller's SKU. */
  public abstract Sku sku();

  /** Returns the marketplace's listing id. */
  public abstract ListingId listingId();

  /** Returns the item's title as listed. */
  public abstract String title();

  /** Returns how many units were ordered; always positive. */
  public abstract int quantityOrdered();

  /** Returns how many units were confirmed as shipped; 0 by default. */
  @Value.Default
  public int quantityShipped() {
    return 0;
  }

  /** Returns the price of one unit. */
  public abstract Money unitPrice();

  /**
   * Returns the line's charge itemised by component, each a non-negative amount in the line's currency;
   * empty (the default) when the line is not itemised. Components of value zero are kept as given.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract Map<ChargeComponent, Money> components();

  /**
   * Returns the shipping charged for the line: the sum of its {@link ChargeComponent.Part#SHIPPING}
   * components by default (zero without components).
   */
  @Value.Default
  public Money shippingCharge() {
    return sum(ChargeComponent.Part.SHIPPING);
  }

  /**
   * Returns the tax charged for the line: the sum of its {@link ChargeComponent.Part#TAX} components by
   * default (zero without components).
   */
  @Value.Default
  public Money tax() {
    return sum(ChargeComponent.Part.TAX);
  }

  /**
   * Returns the discount of the line, a non-negative amount taken off the charge: the sum of its
   * {@link ChargeComponent.Part#DISCOUNT} components by default (zero without components).
   */
  @Value.Default
  public Money discount() {
    return sum(ChargeComponent.Part.DISCOUNT);
  }

  /**
   * Returns the fees added to the charge: the sum of the {@link ChargeComponent.Part#FEE} components, such
   * as gift wrap and the COD fee; zero without components.
   */
  public Money fees() {
    return sum(ChargeComponent.Part.FEE);
  }

  /** Returns the amount of one component; zero when the line does not name it. */
  public Money component(ChargeComponent component) {
    Objects.requireNonNull(component, "component");
    Money amount = components().get(component);
    return amount == null ? Money.zero(unitPrice().currency()) : amount;
  }

  private Money sum(ChargeComponent.Part part) {
    Money total = Money.zero(unitPrice().currency());
    for (Map.Entry<ChargeComponent, Money> e : components().entrySet()) {
      if (e.getKey().part() == part && e.getValue().currency().equals(total.currency())) {
        total = total.plus(e.getValue());
      }
    }
    return total;
  }

  /** Returns the fulfilment status; {@link ItemStatus#ORDER_PLACED} by default. */
  @Value.Default
  public ItemStatus itemStatus() {
    return ItemStatus.ORDER_PLACED;
  }

  /** Returns the payment status; {@link PaymentStatus#AUTHORIZED} by default. */
  @Value.Default
  public PaymentStatus paymentStatus() {
    return PaymentStatus.AUTHORIZED;
  }

  /** Returns the buyer's personalisation of a custom item, carried with the line (R23). */
  public abstract Optional<String> customization();

  /**
   * Returns the delivery window the marketplace scheduled for this line, when the buyer booked a scheduled
   * delivery (both ends, or one); empty for an ordinary delivery, and omitted from JSON when empty, so a line
   * without one writes the JSON it wrote before. The order's own promise is {@link Order#deliveryWindow()}.
   */
  public abstract Optional<DeliveryWindow> scheduledDelivery();

  /** Returns unit price times quantity ordered. */
  public Money itemSubtotal() {
    return unitPrice().multipliedBy(quantityOrdered());
  }

  /**
   * Returns what the buyer is charged for the line: item subtotal plus shipping, tax and fees, less
   * discount. Computed once per line: the checks of every order build ask for it.
   */
  public Money charge() {
    Money cached = charge;
    if (cached == null) {
      cached = itemSubtotal().plus(shippingCharge()).plus(tax()).plus(fees()).minus(discount());
      charge = cached;
    }
    return cached;
  }

  /** Returns how many units are still to ship. */
  public int quantityUnshipped() {
    return quantityOrdered() - quantityShipped();
  }

  /** Returns whether every unit was confirmed as shipped. */
  public boolean isFullyShipped() {
    return quantityShipped() == quantityOrdered();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.multiLine("line.title", title(), Limits.MAX_TITLE_LENGTH);
    Checks.quantity("line.quantityOrdered", quantityOrdered());
    checkShippedQuantity();
    nonNegativeSameCurrency("line.unitPrice", unitPrice());
    checkComponents();
    nonNegativeSameCurrency("line.shippingCharge", shippingCharge());
    nonNegativeSameCurrency("line.tax", tax());
    nonNegativeSameCurrency("line.discount", discount());
    Money charge = charge();
    if (charge.isNegative()) {
      throw new InvalidOrderException("line.discount", discount(),
          "must not exceed item subtotal plus shipping, tax and fees '" + charge.plus(discount()) + "'");
    }
    BigDecimal amount = charge.amount();
    if (amount.precision() - amount.scale() > Limits.MAX_AMOUNT_INTEGER_DIGITS) {
      throw new InvalidOrderException("line.charge", charge, "unit price times quantity, plus shipping and tax,"
          + " less discount, must be below 10^" + Limits.MAX_AMOUNT_INTEGER_DIGITS);
    }
    Optional<String> customization = customization();
    if (customization.isPresent()) {
      Checks.multiLine("line.customization", customization.get(), Limits.MAX_NOTE_LENGTH);
    }
    checkStatuses();
  }

  /** The charge when it was computed already, else null. */
  Money cachedCharge() {
    return charge;
  }

  /**
   * Takes the charge {@code previous} computed, when this line has its prices and quantity ordered: a copy that
   * changes only statuses or the quantity shipped charges what it charged.
   */
  void shareCharge(OrderLine previous) {
    if (charge == null && previous.charge != null && quantityOrdered() == previous.quantityOrdered()
        && unitPrice() == previous.unitPrice() && shippingCharge() == previous.shippingCharge()
        && tax() == previous.tax() && discount() == previous.discount() && components() == previous.components()) {
      charge = previous.charge;
    }
  }

  /**
   * The checks of a line copied from {@code previous}, a valid line, by the generated copy methods, changing only
   * its statuses and quantities: the result of the full check, which runs when the quantity ordered (and so the
   * charge) changed; otherwise only the checks that read the statuses and the quantity shipped, the others
   * reading the same values as on {@code previous}.
   */
  void checkEvolved(OrderLine previous) {
    if (quantityOrdered() != previous.quantityOrdered()) {
      check();
      return;
    }
    checkShippedQuantity();
    checkStatuses();
  }

  private void checkShippedQuantity() {
    if (quantityShipped() < 0) {
      throw new InvalidOrderException("line.quantityShipped", quantityShipped(), "must not be negative");
    }
    if (quantityShipped() > quantityOrdered()) {
      throw new InvalidOrderException("line.quantityShipped", quantityShipped(),
          "must not exceed quantityOrdered '" + quantityOrdered() + "'");
    }
  }

  private void checkStatuses() {
    ItemStatus.Stage stage = itemStatus().stage();
    if (stage == ItemStatus.Stage.SHIPPED && quantityShipped() == 0) {
      throw new InvalidOrderException("line.itemStatus", itemStatus(), "needs quantityShipped above 0");
    }
    if (stage != ItemStatus.Stage.SHIPPED && quantityShipped() > 0) {
      throw new InvalidOrderException("line.itemStatus", itemStatus(),
          "cannot hold shipped units (quantityShipped '" + quantityShipped() + "')");
    }
    if (stage == ItemStatus.Stage.SHIPPED && !paymentStatus().wasCharged()) {
      throw new InvalidOrderException("line.paymentStatus", paymentStatus(),
          "a shipped line was charged " + Rule.R7.cite() + ", so it cannot be " + paymentStatus());
    }
    if (paymentStatus() == PaymentStatus.NOT_CHARGED && stage != ItemStatus.Stage.CANCELLED) {
      throw new InvalidOrderException("line.paymentStatus", paymentStatus(),
          "only a cancelled line can be not charged, this one is " + itemStatus());
    }
  }

  /** Each component in the line's currency and non-negative; each part's sum equal to its accessor. */
  private void checkComponents() {
    if (components().isEmpty()) {
      return;
    }
    Map<ChargeComponent.Part, Money> sums = new EnumMap<>(ChargeComponent.Part.class);
    for (Map.Entry<ChargeComponent, Money> e : components().entrySet()) {
      nonNegativeSameCurrency("line.components[" + e.getKey() + "]", e.getValue());
      sums.merge(e.getKey().part(), e.getValue(), Money::plus);
    }
    Money itemPrice = components().get(ChargeComponent.ITEM_PRICE);
    if (itemPrice != null && !itemPrice.equals(itemSubtotal())) {
      throw new InvalidOrderException("line.components[ITEM_PRICE]", itemPrice,
          "must equal unit price times quantity ordered '" + itemSubtotal() + "'");
    }
    partEquals(sums, ChargeComponent.Part.SHIPPING, "line.shippingCharge", shippingCharge());
    partEquals(sums, ChargeComponent.Part.TAX, "line.tax", tax());
    partEquals(sums, ChargeComponent.Part.DISCOUNT, "line.discount", discount());
  }

  private static void partEquals(Map<ChargeComponent.Part, Money> sums, ChargeComponent.Part part, String field,
      Money value) {
    Money sum = sums.get(part);
    if (sum == null ? !value.isZero() : !sum.equals(value)) {
      throw new InvalidOrderException(field, value, "must equal the sum of its components '"
          + (sum == null ? Money.zero(value.currency()) : sum) + "' when the line has components");
    }
  }

  private void nonNegativeSameCurrency(String field, Money amount) {
    if (!amount.currency().equals(unitPrice().currency())) {
      throw new InvalidOrderException(field, amount,
          "currency must be " + unitPrice().currency().getCurrencyCode() + " like unitPrice");
    }
    if (amount.isNegative()) {
      throw new InvalidOrderException(field, amount, "must not be negative");
    }
  }

  /**
   * Builds an {@link OrderLine}.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableOrderLine.Builder {
    Builder() {}
  }
}
