package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.orderly.Limits;
import io.github.orderly.internal.OrderDraft;
import io.github.orderly.internal.OrderlyCopyStyle;
import io.github.orderly.money.Money;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A marketplace order as a seller sees it: an immutable value.
 *
 * <p>Build one with {@link #builder()}; change one with {@code Order.builder().from(order)...build()}
 * (the workflow does this for you). The order status is never stored: {@link #status()} derives it from
 * the lines (R41), and every line carries its own item and payment status (R40).
 *
 * <h2>Checks made when an order is built</h2>
 * An order that could not exist is refused with an {@link InvalidOrderException} naming the field and
 * the value. The checks are linear in the size of the order (lines, shipments, refunds, returns and
 * their lines); for a valid order of up to 16 lines and 16 records of each kind they allocate nothing
 * of their own (reading a present optional field, such as the ship-by date, makes a new
 * {@code Optional}).
 *
 * <p><b>Limits</b> ({@link Limits}): at most {@value Limits#MAX_LINES} lines,
 * {@value Limits#MAX_SHIPMENTS} shipments, {@value Limits#MAX_REFUNDS} refunds and
 * {@value Limits#MAX_RETURNS} returns; every text within its field's length and free of control
 * characters and lone surrogates (see {@link Limits#checkText}); every amount and line charge below
 * 10^{@value Limits#MAX_AMOUNT_INTEGER_DIGITS}; every instant in the years 1970 to 9999.
 *
 * <p><b>Structure</b>:
 * <ul>
 *   <li>at least one line; no two lines with the same id;
 *   <li>every line valid on its own (see {@link OrderLine}): positive quantity, no more shipped than
 *       ordered, amounts at their currency's scale and not negative;
 *   <li>one currency for every amount of the order: lines, refunds and shipping costs;
 *   <li>every shipment, refund and return names lines the order has, each line at most once; shipped
 *       quantities per line add up to the line's quantity shipped; returns not failed bring back no more
 *       than shipped;
 *   <li>what a line has refunded (refunds not failed) never exceeds what it was charged (R13);
 *   <li>no two shipments with one tracking id, refunds with one id, or returns with one RMA id;
 *   <li>a buyer's purchase-order number, on any order, a single line (R21); version not negative;
 *   <li>payments ({@link #payments()}): no method twice, the primary {@link #paymentMethod()} among them, every
 *       amount in the order's currency and their sum never above {@link #total()};
 *   <li>an order never replaces itself ({@link MarketplaceFlags#replacedOrderId()}) nor is an exchange for
 *       itself ({@link MarketplaceFlags#exchangedOrderId()});
 *   <li>a delivery address on every seller-fulfilled order with a shipment the seller confirmed (R51):
 *       without one the seller cannot have shipped (the marketplace may report shipments of an order read
 *       without its address).
 * </ul>
 *
 * <p><b>Time</b>: the earliest ship instant, when given, in range and not after the ship-by date; first
 * reported (R24), every shipment, refund, return, the cancellation and the buyer's
 * cancellation requests no earlier than the purchase.
 *
 * <p><b>No impossible states</b>: every item and payment status is one that some sequence of the
 * workflow's events reaches from the order's own shipments, refunds, returns and cancellation.
 * <ul>
 *   <li>R7: once any line shipped, no line is still pending payment or merely authorised (confirming one
 *       line charges the whole order); and a line charged ({@code PAID}, {@code REFUND_PROCESSING},
 *       {@code REFUND_FAILED}, or {@code REFUNDED} by refunds) needs a shipment on the order;
 *   <li>a refund only on a line that was charged (R13, R6);
 *   <li>{@code REFUND_PROCESSING} needs a processing refund of the line; {@code REFUND_FAILED} a failed
 *       one (R19); a line with a refund still processing is {@code REFUND_PROCESSING}, or
 *       {@code REFUND_FAILED} when another of its refunds failed;
 *   <li>{@code REFUNDED} needs refunds that add up to the line's whole charge, except R18: a cancelled
 *       line of a marketplace-fulfilled order shows Refunded without a refund record (the marketplace
 *       took and gave back the money); {@code PAID} is never a line whose refunds cover its whole charge;
 *   <li>a cancelled line ({@code UNFULFILLED}, {@code UNABLE_TO_FULFILL}) was never charged: it is
 *       {@code NOT_CHARGED}, or {@code REFUNDED} on a marketplace-fulfilled order (R6, R18), and has no
 *       refund; {@code NOT_CHARGED} only on a cancelled line; {@code UNABLE_TO_FULFILL} only on a
 *       marketplace-fulfilled order (R18);
 *   <li>{@code RETURN_STARTED} and {@code RETURNING} need a return of the line still authorised,
 *       {@code RETURNED} a received one, {@code RETURN_FAILED} a failed one (R20); a line with any return
 *       is in one of these four statuses, never back in {@code SHIPPED} to {@code UNABLE_TO_DELIVER};
 *   <li>a cancellation only when every line is cancelled; a cancelled order has no open buyer
 *       cancellation request (cancelling answers it, R10); every request names lines the order has, and
 *       no line is in two open requests.
 * </ul>
 * A line may be cancelled on its own without an order cancellation: marketplaces report item-level
 * cancellations.
 *
 * Business refusals of the workflow (cancelling a shipped order, refunding before a charge) are not
 * build-time checks: they are rejections of commands that name a rule.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@OrderlyCopyStyle
@JsonSerialize(as = ImmutableOrder.class)
@JsonDeserialize(as = ImmutableOrder.class)
public abstract class Order {
  /*
   * Derived values cached as String caches its hash: computed on first use without a lock. The values are
   * immutable (an enum constant, a Money whose fields are final) and equal whichever thread computes them,
   * so a race only computes one twice. Immutables' lazy attributes would take a lock per new order, and the
   * workflow builds an order per event.
   */
  @SuppressWarnings("immutables:incompat")
  private transient OrderStatus status;
  @SuppressWarnings("immutables:incompat")
  private transient Money total;

  static {
    OrderDraft.register(Drafts::of);
  }

  Order() {}

  /** Returns the marketplace's order id. */
  public abstract OrderId id();

  /** Returns the seller's own order id, if any. */
  public abstract Optional<MerchantOrderId> merchantOrderId();

  /** Returns the marketplace or channel the order came from. */
  public abstract MarketplaceId marketplace();

  /** Returns when the buyer purchased: the order date (R24). */
  public abstract Instant purchasedAt();

  /**
   * Returns when the order was first reported to the host (R24); the purchase instant by default.
   * Marketplaces may hold an order for days to verify payment before reporting it.
   */
  @Value.Default
  public Instant firstReportedAt() {
    return purchasedAt();
  }

  /** Returns the latest ship date the marketplace promised the buyer, if it gave one (R8, R9). */
  public abstract Optional<Instant> shipBy();

  /**
   * Returns the earliest ship instant the marketplace gave, if any: with {@link #shipBy()} the ship window,
   * never after it. The deadlines count from {@link #shipBy()} alone (R8, R9).
   */
  public abstract Optional<Instant> earliestShipAt();

  /** Returns when the marketplace told the buyer the order arrives, if it said. */
  public abstract Optional<DeliveryWindow> deliveryWindow();

  /** Returns the buyer. */
  @Value.Default
  public Buyer buyer() {
    return Buyer.anonymous();
  }

  /**
   * Returns the delivery address, if known. A marketplace gives none while an order is pending or cancelled,
   * nor for an order it fulfils itself; confirming a shipment of a seller-fulfilled order needs one (R51).
   */
  public abstract Optional<Address> deliveryAddress();

  /** Returns the lines, at least one. */
  public abstract List<OrderLine> lines();

  /** Returns who ships the order; {@link FulfilmentChannel#SELLER} by default. */
  @Value.Default
  public FulfilmentChannel fulfilmentChannel() {
    return FulfilmentChannel.SELLER;
  }

  /** Returns the order's subtype flags (R22); empty for a regular order. */
  public abstract Set<OrderSubtype> subtypes();

  /**
   * Returns the buyer's purchase-order number, if the buyer gave one: kept on any order, business or not, and
   * printed on every packing slip of the order (R21; business orders always get a slip).
   */
  public abstract Optional<String> businessPurchaseOrder();

  /**
   * Returns what the marketplace says about the order beyond its subtypes: order type, flags, the order a
   * replacement replaces; empty when it said nothing. Omitted from JSON when empty.
   */
  public abstract Optional<MarketplaceFlags> marketplaceFlags();

  /**
   * Returns how the buyer pays: the primary method, {@link PaymentMethod#CARD} by default. It alone decides
   * whether the order waits for the buyer to pay (R1, a convenience-store payment); when {@link #payments()}
   * lists the methods, it is one of them.
   */
  @Value.Default
  public PaymentMethod paymentMethod() {
    return PaymentMethod.CARD;
  }

  /**
   * Returns every way the buyer pays, when the marketplace lists them: each method once, with the amount paid
   * that way when given (amounts in the order's currency, together never above {@link #total()}); the
   * {@link #paymentMethod()} among them. Empty by default (the order is paid by {@link #paymentMethod()} alone),
   * and omitted from JSON when empty, so an order without them writes the JSON it wrote before.
   */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<Payment> payments();

  /**
   * Returns whether the marketplace requires the seller to confirm the invoice and whether the seller did
   * (R53); empty when the marketplace requires nothing. Omitted from JSON when empty.
   */
  public abstract Optional<InvoiceConfirmation> invoice();

  /** Returns the confirmed shipments, in the order they were confirmed. */
  public abstract List<Shipment> shipments();

  /** Returns the refunds, in the order they were issued. */
  public abstract List<Refund> refunds();

  /** Returns the return authorisations, in the order they were made (R20). */
  public abstract List<ReturnAuthorization> returns();

  /** Returns how the order was cancelled, if it was. */
  public abstract Optional<Cancellation> cancellation();

  /**
   * Returns the buyer's open cancellation requests, in the order they were made (R10): each names its lines,
   * and no line is in two of them. JSON written when an order held one request, as
   * {@code "cancellationRequest": {...}} without lines, still reads: as one request over all the lines not
   * cancelled. Omitted from JSON when empty, so an order without requests writes the JSON it wrote before.
   */
  @JsonAlias("cancellationRequest")
  @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<BuyerCancellationRequest> cancellationRequests();

  /**
   * Returns the open cancellation request that covers the line, if any (R10).
   *
   * @param lineId the line's id
   * @return the request, or empty
   */
  public Optional<BuyerCancellationRequest> cancellationRequest(LineId lineId) {
    for (int i = 0, n = cancellationRequests().size(); i < n; i++) {
      BuyerCancellationRequest r = cancellationRequests().get(i);
      if (r.covers(lineId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the last order status the marketplace reported and the workflow merged (R50), if any: merged
   * monotonically, so an older or repeated report never rolls it back, and a reported cancellation blocks a
   * later local shipment. Omitted from JSON when empty.
   */
  public abstract Optional<UpstreamStatus> upstream();

  /**
   * Returns when the marketplace released the order, if it was a pre-order (R52): the instant of the report that
   * moved its lines out of Awaiting release (the workflow records it), or, for an order mapped from a marketplace
   * payload that says it is a released pre-order, the latest instant the release can have been. The pending
   * window counts from it (R12, R52). Empty for an order that never awaited a release; omitted from JSON when
   * empty.
   */
  public abstract Optional<Instant> releasedAt();

  /**
   * Returns whether the order is view-only: imported while the host's import was disabled, so the workflow
   * accepts no command on it (R28). False by default; omitted from JSON when false.
   */
  @Value.Default
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean viewOnly() {
    return false;
  }

  /**
   * Returns the order's version for the host's optimistic locking: 0 for a new order, and one more for every
   * command the workflow accepted (each accepted command yields one event, and applying an event adds one).
   * A host saves with "update where version = the version it loaded".
   */
  @Value.Default
  public long version() {
    return 0;
  }

  /**
   * Takes the total {@code previous} computed, when every line charges what the previous order's line at its
   * position charges (a copy that changes no quantity ordered; see {@link OrderLine#shareCharge}).
   */
  void shareTotal(Order previous) {
    Money known = previous.total;
    if (total != null || known == null || lines().size() != previous.lines().size()) {
      return;
    }
    for (int i = 0, n = lines().size(); i < n; i++) {
      OrderLine a = lines().get(i);
      OrderLine b = previous.lines().get(i);
      if (a != b && (a.cachedCharge() == null || a.cachedCharge() != b.cachedCharge())) {
        return;
      }
    }
    total = known;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the currency of every amount of the order. */
  public Currency currency() {
    return lines().get(0).unitPrice().currency();
  }

  /** Returns what the buyer is charged for the whole order: the sum of the lines' charges. */
  public Money total() {
    Money cached = total;
    if (cached != null) {
      return cached;
    }
    Money sum = Money.zero(currency());
    for (int i = 0, n = lines().size(); i < n; i++) {
      OrderLine line = lines().get(i);
      sum = sum.plus(line.charge());
    }
    total = sum;
    return sum;
  }

  /**
   * Returns the order status, derived from the lines (R41):
   * <ol>
   *   <li>{@link OrderStatus#CANCELLED} when every line is cancelled or unfulfillable;
   *   <li>otherwise {@link OrderStatus#PENDING_AVAILABILITY} while a line awaits its release
   *       ({@link io.github.orderly.status.ItemStatus#AWAITING_RELEASE}) and nothing shipped (R52);
   *   <li>otherwise {@link OrderStatus#PENDING} while a line's payment is processing and nothing shipped;
   *   <li>otherwise, over the lines not cancelled: {@link OrderStatus#UNSHIPPED} when none shipped,
   *       {@link OrderStatus#SHIPPED} when all shipped in full, else {@link OrderStatus#PARTIALLY_SHIPPED};
   *   <li>all shipped in full is {@link OrderStatus#INVOICE_UNCONFIRMED} instead of {@code SHIPPED} while
   *       {@link #invoice()} requires a confirmation not given yet (R53).
   * </ol>
   * A line refunded instead of shipped (R16) is not cancelled: it still counts as not shipped, so the
   * order stays partially shipped and late (R7).
   */
  public OrderStatus status() {
    OrderStatus cached = status;
    if (cached == null) {
      cached = deriveStatus();
      status = cached;
    }
    return cached;
  }

  private OrderStatus deriveStatus() {
    boolean anyActive = false;
    boolean anyShipped = false;
    boolean allShipped = true;
    boolean paymentProcessing = false;
    boolean awaitingRelease = false;
    for (int i = 0, n = lines().size(); i < n; i++) {
      OrderLine line = lines().get(i);
      if (line.itemStatus().isCancelled()) {
        continue;
      }
      anyActive = true;
      anyShipped |= line.quantityShipped() > 0;
      allShipped &= line.isFullyShipped();
      paymentProcessing |= line.paymentStatus() == PaymentStatus.PAYMENT_PROCESSING;
      awaitingRelease |= line.itemStatus() == ItemStatus.AWAITING_RELEASE;
    }
    if (!anyActive) {
      return OrderStatus.CANCELLED;
    }
    if (!anyShipped) {
      return awaitingRelease ? OrderStatus.PENDING_AVAILABILITY
          : paymentProcessing ? OrderStatus.PENDING : OrderStatus.UNSHIPPED;
    }
    if (!allShipped) {
      return OrderStatus.PARTIALLY_SHIPPED;
    }
    return invoice().isPresent() && invoice().get().outstanding() ? OrderStatus.INVOICE_UNCONFIRMED
        : OrderStatus.SHIPPED;
  }

  /**
   * Returns whether the order carries "Shipment is late" (R7): some of it was confirmed but not all of
   * it, even when the rest was refunded.
   */
  public boolean shipmentLate() {
    return status() == OrderStatus.PARTIALLY_SHIPPED;
  }

  /**
   * Returns the line with the given id.
   *
   * @param lineId the line's id
   * @return the line, or empty if the order has no such line
   */
  public Optional<OrderLine> line(LineId lineId) {
    for (int i = 0, n = lines().size(); i < n; i++) {
      OrderLine line = lines().get(i);
      if (line.id().equals(lineId)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the shipment with the given tracking id.
   *
   * @param trackingId the tracking id
   * @return the shipment, or empty
   */
  public Optional<Shipment> shipment(TrackingId trackingId) {
    for (int i = 0, n = shipments().size(); i < n; i++) {
      Shipment s = shipments().get(i);
      if (trackingId.equals(s.trackingOrNull())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the refund with the given id.
   *
   * @param refundId the refund's id
   * @return the refund, or empty
   */
  public Optional<Refund> refund(RefundId refundId) {
    for (int i = 0, n = refunds().size(); i < n; i++) {
      Refund r = refunds().get(i);
      if (r.id().equals(refundId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the return authorised under the given RMA id.
   *
   * @param rmaId the RMA id
   * @return the return, or empty
   */
  public Optional<ReturnAuthorization> returnOf(RmaId rmaId) {
    for (int i = 0, n = returns().size(); i < n; i++) {
      ReturnAuthorization r = returns().get(i);
      if (r.rmaId().equals(rmaId)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns what a line has given back so far: the sum of its refunds that did not fail (R13).
   *
   * @param lineId the line's id
   * @return the refunded amount, zero if none
   */
  public Money refunded(LineId lineId) {
    // The deciders and the guards ask this for every line they refund, ship or settle: a line refunded once
    // returns that refund's amount, and zero is made only when nothing was refunded.
    Money sum = null;
    List<Refund> refunds = refunds();
    for (int i = 0, n = refunds.size(); i < n; i++) {
      Refund refund = refunds.get(i);
      if (refund.state().counts()) {
        List<RefundLine> lines = refund.lines();
        for (int j = 0, m = lines.size(); j < m; j++) {
          RefundLine rl = lines.get(j);
          if (rl.lineId().equals(lineId)) {
            sum = sum == null ? rl.amount() : sum.plus(rl.amount());
          }
        }
      }
    }
    return sum == null ? Money.zero(currency()) : sum;
  }

  /**
   * The checks of the class description; see {@link OrderChecks} for their cost. A request without lines
   * (JSON written before requests named them) becomes a request over the lines not cancelled first.
   */
  @Value.Check
  Order check() {
    if (OrderChecks.hasRequestWithoutLines(this) && status() != OrderStatus.CANCELLED) {
      return builder().from(this).cancellationRequests(OrderChecks.requestsWithLines(this)).build();
    }
    OrderChecks.check(this);
    return this;
  }

  /**
   * Builds an {@link Order}. Unset optional fields are empty; see each accessor for defaults.
   *
   * <p>Not thread-safe: a builder is mutable, for one thread; what it builds is immutable and thread-safe.
   */
  public static final class Builder extends ImmutableOrder.Builder {
    Builder() {}
  }
}
