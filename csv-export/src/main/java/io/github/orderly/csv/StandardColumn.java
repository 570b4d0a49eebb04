package io.github.orderly.csv;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.StringValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The columns {@link OrderColumns} hands out, as one enum: every standard column is an instance of one
 * class, so that an export's call to {@link #write} is not a call through a dozen column classes and
 * lambdas but one switch. Immutable and thread-safe.
 */
enum StandardColumn implements CsvColumn {
  ORDER_ID("Order ID"),
  MERCHANT_ORDER_ID("Merchant order ID"),
  MARKETPLACE("Marketplace"),
  ORDER_DATE("Order date"),
  FIRST_REPORTED_AT("Reported"),
  SHIP_BY("Ship by"),
  ORDER_STATUS("Order status"),
  FULFILMENT_CHANNEL("Fulfilment channel"),
  PAYMENT_METHOD("Payment method"),
  BUSINESS_ORDER("Business order"),
  PURCHASE_ORDER("Purchase order"),
  LINE_ID("Line ID"),
  SKU("SKU"),
  LISTING_ID("Listing ID"),
  TITLE("Item"),
  CUSTOMIZATION("Customisation"),
  QUANTITY("Quantity"),
  QUANTITY_SHIPPED("Quantity shipped"),
  QUANTITY_TO_SHIP("Quantity to ship"),
  ITEM_STATUS("Item status"),
  PAYMENT_STATUS("Payment status"),
  CURRENCY("Currency"),
  UNIT_PRICE("Unit price"),
  ITEM_PRICE("Item price"),
  SHIPPING("Shipping"),
  TAX("Tax"),
  DISCOUNT("Discount"),
  AMOUNT("Amount"),
  REFUNDED("Refunded"),
  BUYER_NAME("Buyer name", PersonalData.BUYER_IDENTITY),
  BUYER_PHONE("Buyer phone", PersonalData.BUYER_PHONE),
  RECIPIENT("Recipient", PersonalData.BUYER_IDENTITY),
  STREET_1("Street 1", PersonalData.BUYER_IDENTITY),
  STREET_2("Street 2", PersonalData.BUYER_IDENTITY),
  STREET_3("Street 3", PersonalData.BUYER_IDENTITY),
  CITY("City", PersonalData.BUYER_IDENTITY),
  REGION("Region", PersonalData.BUYER_IDENTITY),
  POSTAL_CODE("Postal code", PersonalData.BUYER_IDENTITY),
  COUNTRY("Country");

  private final String header;
  private final PersonalData personalData;

  StandardColumn(String header) {
    this(header, PersonalData.NONE);
  }

  StandardColumn(String header, PersonalData personalData) {
    this.header = header;
    this.personalData = personalData;
  }

  @Override
  public String header() {
    return header;
  }

  @Override
  public PersonalData personalData() {
    return personalData;
  }

  @Override
  public void write(Order o, OrderLine l, CsvCell cell) {
    cell.standard(this, o, l);
  }

  /**
   * Writes this column's one field for a row straight into the writer: what {@link #write} writes
   * through a cell, without the cell's bookkeeping (a standard column writes exactly one field), so that
   * the export's loop over the standard columns calls the writer directly.
   */
  void writeTo(Order o, OrderLine l, CsvWriter w, CsvCell cell) {
    switch (this) {
      case ORDER_ID -> w.text(o.id().value());
      case MERCHANT_ORDER_ID -> w.text(value(o.merchantOrderId()));
      case MARKETPLACE -> w.text(o.marketplace().value());
      case ORDER_DATE -> instant(w, cell, o.purchasedAt());
      case FIRST_REPORTED_AT -> instant(w, cell, o.firstReportedAt());
      case SHIP_BY -> instant(w, cell, o.shipBy().orElse(null));
      case ORDER_STATUS -> w.text(o.status().label());
      case FULFILMENT_CHANNEL -> w.text(o.fulfilmentChannel().name());
      case PAYMENT_METHOD -> w.text(o.paymentMethod().name());
      case BUSINESS_ORDER -> w.text(o.subtypes().stream().anyMatch(OrderSubtype::isBusiness) ? "true" : "false");
      case PURCHASE_ORDER -> w.text(o.businessPurchaseOrder().orElse(null));
      case LINE_ID -> w.text(l.id().value());
      case SKU -> w.text(l.sku().value());
      case LISTING_ID -> w.text(l.listingId().value());
      case TITLE -> w.text(l.title());
      case CUSTOMIZATION -> w.text(l.customization().orElse(null));
      case QUANTITY -> w.number(l.quantityOrdered());
      case QUANTITY_SHIPPED -> w.number(l.quantityShipped());
      case QUANTITY_TO_SHIP -> w.number(l.quantityUnshipped());
      case ITEM_STATUS -> w.text(l.itemStatus().label());
      case PAYMENT_STATUS -> w.text(l.paymentStatus().label());
      case CURRENCY -> w.text(o.currency().getCurrencyCode());
      case UNIT_PRICE -> money(w, l.unitPrice());
      case ITEM_PRICE -> money(w, l.itemSubtotal());
      case SHIPPING -> money(w, l.shippingCharge());
      case TAX -> money(w, l.tax());
      case DISCOUNT -> money(w, l.discount());
      case AMOUNT -> money(w, l.charge());
      case REFUNDED -> money(w, o.refunded(l.id()));
      case BUYER_NAME -> w.text(cell.buyerName(o));
      case BUYER_PHONE -> w.text(o.buyer().phone().orElse(null));
      case RECIPIENT, STREET_1, STREET_2, STREET_3, CITY, REGION, POSTAL_CODE, COUNTRY ->
          w.text(addressField(cell.address(o)));
    }
  }

  @Override
  public String toString() {
    return "CsvColumn[" + header + (personalData == PersonalData.NONE ? "" : ", " + personalData) + "]";
  }

  /**
   * This address column's part of the delivery address, the address looked up once per cell; null
   * while the order has no address (R51): its cells are empty.
   */
  private String addressField(Address a) {
    if (a == null) {
      return null;
    }
    return switch (this) {
      case RECIPIENT -> a.recipient();
      case STREET_1 -> street(a, 1);
      case STREET_2 -> street(a, 2);
      case STREET_3 -> street(a, 3);
      case CITY -> a.city();
      case REGION -> a.region().orElse(null);
      case POSTAL_CODE -> a.postalCode().orElse(null);
      case COUNTRY -> a.countryCode();
      default -> throw new IllegalStateException("not an address column: " + name());
    };
  }

  private static void money(CsvWriter w, Money value) {
    w.number(value == null ? null : value.amount());
  }

  private static void instant(CsvWriter w, CsvCell cell, Instant value) {
    w.plain(value == null ? null : cell.instants().format(value));
  }

  private static String street(Address address, int number) {
    List<String> lines = address.streetLines();
    return lines.size() >= number ? lines.get(number - 1) : null;
  }

  private static String value(Optional<? extends StringValue<?>> value) {
    return value.isPresent() ? value.get().value() : null;
  }
}
