package io.github.orderly;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every rule Orderly enforces, each once: its id ({@code R7}), a one-sentence statement, the help pages it
 * comes from, and, where those pages are vague, how Orderly settles it. This enum is the only place a rule
 * id is written: a {@code Rejection}, a transition row, a deadline or a due action names its rule by one of
 * these constants, and {@code docs/rules.md} is rendered from them.
 *
 * <p>Ids are stable and never reused; the numbering has gaps (R32 to R39 are unused). Immutable and
 * thread-safe.
 */
public enum Rule {
  /** A pending order cannot be handled by the seller. */
  R1("A pending order (payment not verified, or a convenience-store payment not yet made) cannot be shipped,"
      + " confirmed or cancelled by the seller; it is left out of the order reports and shown in search only"
      + " on request.", Source.SELLER_CENTRAL_US, Source.SELLER_CENTRAL_JAPAN),
  /** An unshipped order is either confirmed or cancelled. */
  R2("An unshipped order must be either shipment-confirmed or cancelled: both actions are open.",
      Source.SELLER_CENTRAL_US),
  /** No cancellation after the first confirmed shipment. */
  R3("An order can be cancelled only before any of it is confirmed as shipped; after that the lines not sent"
      + " are refunded instead.", Source.INTEGRATOR),
  /** A cancellation needs a reason. */
  R4("A cancellation needs a reason from a fixed, extensible set; with reason \"no stock\" and the host's"
      + " switch on, the SKUs' inventory is to be zeroed.", Source.INTEGRATOR),
  /** A cancelled order accepts nothing. */
  R5("A cancelled order accepts no action and stays on record, in lists and reports, as it is.",
      Source.SELLER_CENTRAL_US),
  /** Cancel before confirmation, return after it. */
  R6("Shipped but not confirmed: cancel, and the buyer is never charged; shipped and confirmed: the buyer"
      + " returns it and a refund follows receipt of the return.", Source.SELLER_CENTRAL_US),
  /** One confirmation charges the whole order. */
  R7("Confirming shipment of one line charges the buyer for the whole order, and the order shows"
      + " \"Shipment is late\" until every line is confirmed, even when the rest was refunded.",
      Source.SELLER_CENTRAL_JAPAN),
  /** Seller Central US automatic cancellation. */
  R8("Seller Central US cancels an order whose shipment is not confirmed in time and does not charge the"
      + " buyer, even if it was shipped.", "Both presets exist: the seed's 30 days after the order date, and"
      + " today's 7 business days after the ship-by date.", Source.SELLER_CENTRAL_US),
  /** Seller Central Japan's 7-day confirmation rule. */
  R9("Seller Central Japan cancels an order not confirmed within 7 days of the ship date, without payment,"
      + " and warns \"Confirm as shipped by [date] to avoid cancellation\" a week before.", "The ship date is"
      + " the promised ship-by date; the warning opens 7 days before the cutoff.", Source.SELLER_CENTRAL_JAPAN),
  /** Buyers request cancellations, sellers answer within 2 days. */
  R10("Buyers cannot cancel by themselves; they request it, and the seller must answer within 2 days or the"
      + " buyer may escalate to the marketplace.", "A request names its lines (all lines not cancelled for the"
      + " whole order), at most one open request per line, and its window counts from its own instant. Accepting"
      + " requests for every line not cancelled cancels the order; accepting them for some lines, before anything"
      + " shipped, cancels those lines as the seller's cancellation with reason buyer-requested, and the rest of"
      + " the order goes on.", Source.INTEGRATOR),
  /** Only the buyer edits an order, briefly. */
  R11("Sellers never change order information; the buyer may, within 5 minutes of checkout and for"
      + " seller-fulfilled orders only; after that the answer is cancel and reorder.", Source.SELLER_CENTRAL_JAPAN),
  /** Pending orders resolve within 7 days. */
  R12("Pending orders are normally resolved within 7 days.", "A policy may cancel a pending order still"
      + " unresolved after its pending window; the buyer is not charged.", Source.SELLER_CENTRAL_US),
  /** Refunds need a reason and never exceed the charge. */
  R13("Refunds may be for a whole order, single lines or partial amounts, need a reason, never give a line"
      + " back more than it was charged, and are refused before the buyer was charged.", Source.INTEGRATOR,
      Source.SELLER_CENTRAL_US),
  /** Undeliverable parcels are refunded less shipping. */
  R14("A return because the parcel was undeliverable, refused or misaddressed refunds the buyer less the"
      + " actual shipping cost.", Source.SELLER_CENTRAL_JAPAN),
  /** Combined shipments. */
  R15("Several orders to one address may ship together, but each is confirmed on its own and the buyer is"
      + " refunded the shipping saved.", Source.SELLER_CENTRAL_JAPAN),
  /** Partial availability. */
  R16("Ship what is available, confirm shipment for the order, and refund the lines not sent.",
      Source.SELLER_CENTRAL_JAPAN),
  /** Double sales. */
  R17("A listing sold to more buyers than its quantity is detected, telling duplicate listings from a quantity"
      + " raised while a sale was pending; the order that cannot be filled is cancelled.", Source.SELLER_CENTRAL_US),
  /** Marketplace-fulfilled cancellations. */
  R18("When the marketplace cannot fulfil a marketplace-fulfilled order its lines become Unable to fulfill and"
      + " Refunded; when the seller cancels one, Unfulfilled and Refunded.", Source.BUY_WITH_PRIME),
  /** Failed automatic refunds. */
  R19("An automatic refund during a return can fail: the line becomes Refund failed, the seller refunds by"
      + " hand, and such orders are easy to find.", Source.BUY_WITH_PRIME),
  /** Returns under an RMA id within the window. */
  R20("Every seller accepts returns: a return is authorised under an RMA id, within a return window that is a"
      + " policy value.", Source.SELLER_CENTRAL_US, Source.INTEGRATOR),
  /** Business packing slips. */
  R21("Business orders need a packing slip, and the buyer's purchase-order number is printed on it when"
      + " present.", Source.SELLER_CENTRAL_JAPAN),
  /** Order subtypes. */
  R22("Orders carry subtypes: Prime, Business, Business Prime, Second day.", Source.INTEGRATOR),
  /** Custom items. */
  R23("A personalised item carries the buyer's customisation with its line.", Source.INTEGRATOR),
  /** The order date. */
  R24("The order date is when the buyer purchased, not when the order was completed or first reported; both"
      + " instants are kept and reports can be cut by either.", Source.INTEGRATOR),
  /** Batches of requests. */
  R25("Refund and cancellation requests can be queued and sent together, at most 15 in one batch.",
      Source.INTEGRATOR),
  /** The orders page. */
  R26("The orders page searches order, RMA and tracking ids (partially) and buyer e-mail, filters by item and"
      + " payment status (OR inside a category, AND across), subtype and channel, shows the past 30 days newest"
      + " first by default, and pending orders only on request.", Source.BUY_WITH_PRIME,
      Source.SELLER_CENTRAL_JAPAN, Source.SELLER_CENTRAL_US),
  /** The reports. */
  R27("The Order report has one row per line for a date range without pending orders; the Unshipped orders"
      + " report only orders that must still ship; the orders-page export the page's columns; hosts may define"
      + " their own.", Source.SELLER_CENTRAL_US, Source.BUY_WITH_PRIME),
  /** Importing orders into the host's workflow. */
  R28("An order enters the host's workflow only when every item is in the catalogue, enabled and in stock"
      + " (else it is retried at the next sync), never when placed before the integration started, and with"
      + " import disabled it is view-only: no command is accepted.", Source.COMMERCE_PLATFORM),
  /** Imported orders' path. */
  R29("Imported orders follow Pending, Unshipped, Shipped.", Source.COMMERCE_PLATFORM),
  /** Disbursements. */
  R30("Sellers are paid every 14 days from their approval date, and the money arrives about 5 business days"
      + " later, by a pluggable holiday calendar.", Source.SELLER_CENTRAL_US),
  /** Orders are never deleted. */
  R31("Orders are never archived or deleted by the library.", Source.BUY_WITH_PRIME),
  /** Statuses per line. */
  R40("Item status and payment status live on each line; filters and report rows show them per line.",
      "A line cancelled before the buyer was ever charged is Not charged, not Refunded.", Source.BUY_WITH_PRIME),
  /** The derived order status. */
  R41("The order status is a pure function of the lines: Pending, Unshipped, Partially shipped, Shipped or"
      + " Cancelled, never stored beside them.", Source.SELLER_CENTRAL_US, Source.SELLER_CENTRAL_JAPAN,
      Source.COMMERCE_PLATFORM),
  /** Transitions as data. */
  R42("Every allowed status change is declared once, as a row of a table; any other change is refused naming"
      + " the order, the line, both statuses and the rule.", Source.BUY_WITH_PRIME),
  /** Events and idempotence. */
  R43("Every accepted command yields an event that says what changed, applying the events to the old order"
      + " gives the new one, and a repeated command is recognised and changes nothing.", Source.INTEGRATOR),
  /** Roles and permissions. */
  R44("Commands and exports carry the acting role and are refused when the role lacks the permission; only"
      + " Owner and Admin may download order data.", Source.BUY_WITH_PRIME),
  /** The sweep. */
  R45("A sweep over many orders at one instant returns what is due (automatic cancellations, warnings,"
      + " escalations); the same sweep twice gives the same result, and applying it twice changes nothing.",
      Source.SELLER_CENTRAL_US, Source.SELLER_CENTRAL_JAPAN),
  /** Policies are values. */
  R46("Deadline policies are values: a preset for each marketplace and a builder for a host's own; every"
      + " number is a field of a policy.", Source.SELLER_CENTRAL_US, Source.SELLER_CENTRAL_JAPAN,
      Source.BUY_WITH_PRIME),
  /** Queries are values. */
  R47("Queries are immutable values that serialise to JSON and evaluate as predicates over orders, sorting and"
      + " paging included.", Source.BUY_WITH_PRIME),
  /** CSV output. */
  R48("CSV output follows RFC 4180, streams in constant memory, writes numbers and instants alike in every"
      + " locale and neutralises spreadsheet formulas in text.", Source.BUY_WITH_PRIME, Source.SELLER_CENTRAL_US),
  /** Buyer data in exports. */
  R49("An export shows only what a merchant may see of the buyer; the buyer's phone only while a line is being"
      + " fulfilled, never for marketplace-fulfilled orders.", Source.BUY_WITH_PRIME, Source.SELLER_CENTRAL_JAPAN),
  /** Upstream status merges. */
  R50("Status updates pulled from the marketplace are merged monotonically: an older or repeated update never"
      + " rolls an order back, and an upstream cancellation blocks a later local shipment.", Source.INTEGRATOR),
  /** The delivery address is given only once the order can ship. */
  R51("An order may lack a delivery address while it is pending or cancelled, or fulfilled by the marketplace;"
      + " the seller confirms a shipment only to an address.", Source.SELLER_CENTRAL_US),
  /** A pre-order waits for its release. */
  R52("A pre-order (an item whose release date is in the future) is Pending availability: the payment is not"
      + " authorized before the release, the seller can neither ship nor cancel it, the marketplace releases it"
      + " (to Pending or Unshipped) or cancels it, and the pending window does not run before the release.",
      Source.SELLING_PARTNER_API),
  /** A marketplace may require the seller to confirm the invoice. */
  R53("An order whose every line shipped is Invoice unconfirmed while the marketplace requires the seller to"
      + " confirm that the invoice went to the buyer and no confirmation is recorded; the seller confirms it, once,"
      + " only when the marketplace requires it and every line not cancelled shipped in full, and the marketplace"
      + " reporting the order Shipped confirms it too.",
      Source.SELLING_PARTNER_API);

  /** The help pages of real seller tools that the rules come from. Immutable and thread-safe. */
  public enum Source {
    /** The Buy with Prime merchant console: orders page, statuses, search, filters, CSV export, roles. */
    BUY_WITH_PRIME("Buy with Prime merchant console help"),
    /** Seller Central (US), Manage Orders FAQ: pending, unshipped, cancel, returns, reports, disbursements. */
    SELLER_CENTRAL_US("Seller Central (US) Manage Orders FAQ"),
    /** Seller Central (Japan), Manage Orders FAQ: the 7-day rule, partial and combined shipment, business buyers. */
    SELLER_CENTRAL_JAPAN("Seller Central (Japan) Manage Orders FAQ"),
    /** A multi-channel order-management integrator: cancellation, reasons, requests, refunds, subtypes. */
    INTEGRATOR("Order-management integrator help (multi-channel)"),
    /** A commerce platform's marketplace channel: order import, creation blockers, import switch. */
    COMMERCE_PLATFORM("Commerce platform marketplace-channel help"),
    /** The marketplace's Selling Partner API reference: Orders API v0 and 2026-01-01 order statuses. */
    SELLING_PARTNER_API("Selling Partner API reference, Orders API");

    private final String title;

    Source(String title) {
      this.title = title;
    }

    /** Returns the title of the help pages, such as {@code Seller Central (US) Manage Orders FAQ}. */
    public String title() {
      return title;
    }
  }

  private final String statement;
  private final String decision;
  private final Set<Source> sources;
  /** {@link #cite()}, spelt once: every rejection's message is checked against it. */
  private final String cite;

  Rule(String statement, Source first, Source... rest) {
    this(statement, null, first, rest);
  }

  Rule(String statement, String decision, Source first, Source... rest) {
    this.statement = statement;
    this.decision = decision;
    this.sources = Collections.unmodifiableSet(EnumSet.of(first, rest));
    this.cite = "(" + name() + ")";
  }

  /** Returns the rule's id, such as {@code R7}: its constant's name. */
  public String id() {
    return name();
  }

  /** Returns the rule in one sentence. */
  public String statement() {
    return statement;
  }

  /** Returns how Orderly settles what the help pages leave open, if they do. */
  public Optional<String> decision() {
    return Optional.ofNullable(decision);
  }

  /** Returns the help pages the rule comes from, at least one. */
  public Set<Source> sources() {
    return sources;
  }

  /** Returns the id in brackets as messages cite it: {@code (R7)}. */
  public String cite() {
    return cite;
  }

  /**
   * Returns the rule with the given id.
   *
   * @param id the id, such as {@code R7}
   * @return the rule
   * @throws IllegalArgumentException if no rule has the id
   */
  public static Rule of(String id) {
    java.util.Objects.requireNonNull(id, "id");
    try {
      return valueOf(id);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rule = '" + id + "': no rule has this id", e);
    }
  }
}
