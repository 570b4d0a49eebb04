package io.github.orderly.csv;

/**
 * What a column says about the buyer, which decides when an export may show it (R49).
 *
 * <p>A merchant sees of the buyer the order id, the date, the payment breakdown, the name, the
 * delivery address and the items; the phone only for an order the seller fulfils, and only while the
 * line is being fulfilled. An export shows a personal column's value only where {@link OrderExport}
 * allows it, and writes the field empty otherwise; see {@code docs/csv-export.md} for the table.
 * Immutable and thread-safe.
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
   * The buyer's phone: never for an order fulfilled by the marketplace; for a seller-fulfilled order
   * only while the line is being fulfilled (placed, preparing to ship, shipped, in transit, out for
   * delivery), never once it is delivered, undeliverable, returned or cancelled; and never where the
   * name and address are not shown.
   */
  BUYER_PHONE
}
