package io.github.orderly.csv;

import java.util.List;

/**
 * The standard columns of order exports. Each returns a column with an English header; rename one
 * with {@link CsvColumn#withHeader(String)} (the marketplace flat-file layouts of {@link CsvLayouts}
 * do).
 *
 * <p>Formats, the same in every JVM locale: ids, titles, names and addresses are text (the formula
 * guard applies); statuses are the merchant console's labels ({@code "Preparing to ship"});
 * quantities are whole numbers; amounts are plain decimals at the currency's scale, without the
 * currency (see {@link #currency()}); instants are ISO-8601 with the offset of the export's zone.
 * Absent optional values are empty fields.
 *
 * <p>Only what a merchant may see of the buyer is offered (R49): the name, the delivery address and
 * the phone, each marked with its {@link PersonalData}. There is deliberately no e-mail column. Every
 * column here is immutable and thread-safe.
 */
public final class OrderColumns {
  private static final CsvColumn ORDER_ID = StandardColumn.ORDER_ID;
  private static final CsvColumn MERCHANT_ORDER_ID = StandardColumn.MERCHANT_ORDER_ID;
  private static final CsvColumn MARKETPLACE = StandardColumn.MARKETPLACE;
  private static final CsvColumn ORDER_DATE = StandardColumn.ORDER_DATE;
  private static final CsvColumn FIRST_REPORTED_AT = StandardColumn.FIRST_REPORTED_AT;
  private static final CsvColumn SHIP_BY = StandardColumn.SHIP_BY;
  private static final CsvColumn ORDER_STATUS = StandardColumn.ORDER_STATUS;
  private static final CsvColumn FULFILMENT_CHANNEL = StandardColumn.FULFILMENT_CHANNEL;
  private static final CsvColumn PAYMENT_METHOD = StandardColumn.PAYMENT_METHOD;
  private static final CsvColumn BUSINESS_ORDER = StandardColumn.BUSINESS_ORDER;
  private static final CsvColumn PURCHASE_ORDER = StandardColumn.PURCHASE_ORDER;
  private static final CsvColumn LINE_ID = StandardColumn.LINE_ID;
  private static final CsvColumn SKU = StandardColumn.SKU;
  private static final CsvColumn LISTING_ID = StandardColumn.LISTING_ID;
  private static final CsvColumn TITLE = StandardColumn.TITLE;
  private static final CsvColumn CUSTOMIZATION = StandardColumn.CUSTOMIZATION;
  private static final CsvColumn QUANTITY = StandardColumn.QUANTITY;
  private static final CsvColumn QUANTITY_SHIPPED = StandardColumn.QUANTITY_SHIPPED;
  private static final CsvColumn QUANTITY_TO_SHIP = StandardColumn.QUANTITY_TO_SHIP;
  private static final CsvColumn ITEM_STATUS = StandardColumn.ITEM_STATUS;
  private static final CsvColumn PAYMENT_STATUS = StandardColumn.PAYMENT_STATUS;
  private static final CsvColumn CURRENCY = StandardColumn.CURRENCY;
  private static final CsvColumn UNIT_PRICE = StandardColumn.UNIT_PRICE;
  private static final CsvColumn ITEM_PRICE = StandardColumn.ITEM_PRICE;
  private static final CsvColumn SHIPPING = StandardColumn.SHIPPING;
  private static final CsvColumn TAX = StandardColumn.TAX;
  private static final CsvColumn DISCOUNT = StandardColumn.DISCOUNT;
  private static final CsvColumn AMOUNT = StandardColumn.AMOUNT;
  private static final CsvColumn REFUNDED = StandardColumn.REFUNDED;
  private static final CsvColumn BUYER_NAME = StandardColumn.BUYER_NAME;
  private static final CsvColumn BUYER_PHONE = StandardColumn.BUYER_PHONE;
  private static final CsvColumn RECIPIENT = StandardColumn.RECIPIENT;
  private static final CsvColumn CITY = StandardColumn.CITY;
  private static final CsvColumn REGION = StandardColumn.REGION;
  private static final CsvColumn POSTAL_CODE = StandardColumn.POSTAL_CODE;
  private static final CsvColumn COUNTRY = StandardColumn.COUNTRY;
  private static final List<CsvColumn> STREETS = List.of(StandardColumn.STREET_1, StandardColumn.STREET_2,
      StandardColumn.STREET_3);

  private OrderColumns() {}

  /** Returns the marketplace's order id. */
  public static CsvColumn orderId() {
    return ORDER_ID;
  }

  /** Returns the seller's own order id; empty when there is none. */
  public static CsvColumn merchantOrderId() {
    return MERCHANT_ORDER_ID;
  }

  /** Returns the marketplace the order came from, such as {@code amazon.com}. */
  public static CsvColumn marketplace() {
    return MARKETPLACE;
  }

  /** Returns the order date: when the buyer purchased (R24). */
  public static CsvColumn orderDate() {
    return ORDER_DATE;
  }

  /** Returns when the order was first reported to the host (R24). */
  public static CsvColumn firstReportedAt() {
    return FIRST_REPORTED_AT;
  }

  /** Returns the latest ship date promised to the buyer; empty when none was given. */
  public static CsvColumn shipBy() {
    return SHIP_BY;
  }

  /** Returns the order status derived from the lines (R41), such as {@code Partially shipped}. */
  public static CsvColumn orderStatus() {
    return ORDER_STATUS;
  }

  /** Returns who ships the order: {@code SELLER} or {@code MARKETPLACE}. */
  public static CsvColumn fulfilmentChannel() {
    return FULFILMENT_CHANNEL;
  }

  /** Returns how the buyer pays, such as {@code CARD}. */
  public static CsvColumn paymentMethod() {
    return PAYMENT_METHOD;
  }

  /** Returns {@code true} for a business order (R21), {@code false} otherwise. */
  public static CsvColumn businessOrder() {
    return BUSINESS_ORDER;
  }

  /** Returns the business buyer's purchase-order number (R21); empty when there is none. */
  public static CsvColumn purchaseOrderNumber() {
    return PURCHASE_ORDER;
  }

  /** Returns the line's id, the marketplace's order-item id. */
  public static CsvColumn lineId() {
    return LINE_ID;
  }

  /** Returns the seller's SKU. */
  public static CsvColumn sku() {
    return SKU;
  }

  /** Returns the marketplace's listing id. */
  public static CsvColumn listingId() {
    return LISTING_ID;
  }

  /** Returns the item's title: the "Items" of the orders page. */
  public static CsvColumn title() {
    return TITLE;
  }

  /** Returns the buyer's customisation of the item (R23); empty when there is none. */
  public static CsvColumn customization() {
    return CUSTOMIZATION;
  }

  /** Returns the quantity ordered. */
  public static CsvColumn quantity() {
    return QUANTITY;
  }

  /** Returns the quantity confirmed as shipped. */
  public static CsvColumn quantityShipped() {
    return QUANTITY_SHIPPED;
  }

  /** Returns the quantity still to ship. */
  public static CsvColumn quantityToShip() {
    return QUANTITY_TO_SHIP;
  }

  /** Returns the line's item (fulfilment) status label (R40). */
  public static CsvColumn itemStatus() {
    return ITEM_STATUS;
  }

  /** Returns the line's payment status label (R40). */
  public static CsvColumn paymentStatus() {
    return PAYMENT_STATUS;
  }

  /** Returns the ISO 4217 code of the order's currency, such as {@code JPY}. */
  public static CsvColumn currency() {
    return CURRENCY;
  }

  /** Returns the price of one unit. */
  public static CsvColumn unitPrice() {
    return UNIT_PRICE;
  }

  /** Returns unit price times quantity ordered. */
  public static CsvColumn itemPrice() {
    return ITEM_PRICE;
  }

  /** Returns the shipping charged for the line. */
  public static CsvColumn shipping() {
    return SHIPPING;
  }

  /** Returns the tax charged for the line. */
  public static CsvColumn tax() {
    return TAX;
  }

  /** Returns the line's promotion discount, a non-negative amount. */
  public static CsvColumn discount() {
    return DISCOUNT;
  }

  /** Returns what the buyer is charged for the line: item price plus shipping and tax, less discount. */
  public static CsvColumn amount() {
    return AMOUNT;
  }

  /** Returns what the line has given back so far: its refunds that did not fail (R13). */
  public static CsvColumn refunded() {
    return REFUNDED;
  }

  /** Returns the buyer's name ({@link PersonalData#BUYER_IDENTITY}). */
  public static CsvColumn buyerName() {
    return BUYER_NAME;
  }

  /**
   * Returns the buyer's phone ({@link PersonalData#BUYER_PHONE}): only for an order the seller fulfils,
   * while the line is being fulfilled (R49).
   */
  public static CsvColumn buyerPhone() {
    return BUYER_PHONE;
  }

  /** Returns the name the parcel is addressed to ({@link PersonalData#BUYER_IDENTITY}). */
  public static CsvColumn recipient() {
    return RECIPIENT;
  }

  /**
   * Returns a street line of the delivery address ({@link PersonalData#BUYER_IDENTITY}).
   *
   * @param number 1, 2 or 3
   * @return the column; empty where the address has fewer lines
   * @throws InvalidCsvException if the number is not 1, 2 or 3
   */
  public static CsvColumn streetLine(int number) {
    if (number < 1 || number > 3) {
      throw new InvalidCsvException("number", number, "an address has street lines 1 to 3");
    }
    return STREETS.get(number - 1);
  }

  /** Returns the city of the delivery address ({@link PersonalData#BUYER_IDENTITY}). */
  public static CsvColumn city() {
    return CITY;
  }

  /** Returns the region (state, prefecture) of the delivery address ({@link PersonalData#BUYER_IDENTITY}). */
  public static CsvColumn region() {
    return REGION;
  }

  /** Returns the postal code of the delivery address ({@link PersonalData#BUYER_IDENTITY}). */
  public static CsvColumn postalCode() {
    return POSTAL_CODE;
  }

  /** Returns the ISO 3166-1 country code of the delivery address; not personal on its own. */
  public static CsvColumn country() {
    return COUNTRY;
  }
}
