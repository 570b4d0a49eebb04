package io.github.orderly.order;

/**
 * One component of what a line charges the buyer, as the marketplace itemises it. Each component belongs to
 * one {@link Part} of the line: the components of a part sum to the line's amount for that part
 * ({@link OrderLine#shippingCharge()}, {@link OrderLine#tax()}, {@link OrderLine#discount()}), and the
 * components of {@link Part#FEE} add to the charge on top of them.
 *
 * <p>Every component is a non-negative amount: a discount is written as the amount taken off, never as a
 * negative charge. Immutable and thread-safe.
 */
public enum ChargeComponent {
  /** The item price: unit price times quantity ordered. */
  ITEM_PRICE(Part.ITEM),
  /** The tax on the item price. */
  ITEM_TAX(Part.TAX),
  /** Shipping. */
  SHIPPING(Part.SHIPPING),
  /** The tax on shipping. */
  SHIPPING_TAX(Part.TAX),
  /** The discount on shipping (the marketplace's shipping or ship promotion discount). */
  SHIPPING_DISCOUNT(Part.DISCOUNT),
  /** The tax taken off with the shipping discount. */
  SHIPPING_DISCOUNT_TAX(Part.DISCOUNT),
  /** The promotion discount on the item. */
  PROMOTION_DISCOUNT(Part.DISCOUNT),
  /** The tax taken off with the promotion discount. */
  PROMOTION_DISCOUNT_TAX(Part.DISCOUNT),
  /** Gift wrap. */
  GIFT_WRAP(Part.FEE),
  /** The tax on gift wrap. */
  GIFT_WRAP_TAX(Part.TAX),
  /** The cash-on-delivery fee. */
  COD_FEE(Part.FEE),
  /** The discount on the cash-on-delivery fee. */
  COD_FEE_DISCOUNT(Part.DISCOUNT);

  /**
   * The part of a line's charge a component belongs to.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Part {
    /** The item subtotal ({@link OrderLine#itemSubtotal()}). */
    ITEM,
    /** Shipping ({@link OrderLine#shippingCharge()}). */
    SHIPPING,
    /** Tax ({@link OrderLine#tax()}). */
    TAX,
    /** A discount ({@link OrderLine#discount()}), taken off the charge. */
    DISCOUNT,
    /** A fee added to the charge ({@link OrderLine#fees()}), such as gift wrap or the COD fee. */
    FEE
  }

  private final Part part;

  ChargeComponent(Part part) {
    this.part = part;
  }

  /** Returns the part of the line's charge this component belongs to. */
  public Part part() {
    return part;
  }

  /** Returns whether the component is taken off the charge rather than added to it. */
  public boolean isDeduction() {
    return part == Part.DISCOUNT;
  }
}
