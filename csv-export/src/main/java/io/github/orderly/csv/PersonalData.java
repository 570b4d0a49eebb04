package io.github.orderly.csv;

/**
 * What a column says about the buyer, which decides when an export may show it (R49).
 *
 * <p>A merchant sees of the buyer the order id, the date, the payment breakdown, the name, the
 * delivery address and the items; the phone only while the line is being fulfilled. An export shows
 * a personal column's value only where {@link OrderExport} allows it, and writes the field empty
 * otherwise. See {@code docs/csv-export.md} for the table.
 */
public enum PersonalData {
  /** Not about the buyer as a person: ids, dates, items, amounts, statuses. */
  NONE,
  /**
   * The buyer's name and delivery address: shown unless the order is pending or cancelled, or the
   * export redacts buyer data.
   */
  BUYER_IDENTITY,
  /**
   * The buyer's phone: shown only while the line is being fulfilled (placed, preparing, shipped, in
   * transit, out for delivery), never once it is delivered or later, and never in a redacted export.
   */
  BUYER_PHONE
}
