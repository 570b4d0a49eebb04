package io.github.orderly.order;

import io.github.orderly.Rule;
import io.github.orderly.Limits;
import io.github.orderly.money.Money;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The build-time checks of an {@link Order}, as its Javadoc lists them.
 *
 * <p>They run on every build, and the workflow builds an order per event, so their cost matters:
 * <ul>
 *   <li>Linear: the work is O(lines + shipments + refunds + returns + their lines). Every list's size is
 *       checked against {@link Limits} before it is scanned.
 *   <li>A small order (at most {@value #SMALL} lines and {@value #SMALL} shipments, refunds and returns
 *       each, the common case) allocates nothing while it is valid, except the sum of a line's refunds
 *       when it has more than one: lines are found by scanning the few of them, and each line's facts
 *       (units shipped and returned, refunds and their states) are gathered by one scan of the records
 *       per line, which is linear because the number of lines is bounded. (Each optional field is read
 *       once: Immutables makes a new {@code Optional} per read, which the JIT removes when it inlines.)
 *   <li>A larger order gets a {@link LineIndex} and one array of facts per line, filled in one pass over
 *       the records; more than {@value #SMALL} records of a kind are told apart by a hash set.
 * </ul>
 * Field paths and messages are only spelt out when a check fails.
 */
final class OrderChecks {
  /** Orders with at most this many lines are checked without allocating. */
  static final int SMALL = 16;

  // The facts gathered for one line, packed into a long: units in the low 32 bits, flags above.
  private static final long RETURN_OPEN = 1L << 32;
  private static final long RETURN_RECEIVED = 1L << 33;
  private static final long RETURN_FAILED = 1L << 34;
  private static final long RETURN_ANY = 1L << 35;
  private static final int REFUND_ANY = 1;
  private static final int REFUND_PROCESSING = 2;
  private static final int REFUND_FAILED = 4;
  private static final int REFUND_COUNTING = 8;

  private OrderChecks() {}

  /** The facts of a large order's lines, gathered in one pass over its records. */
  private static final class Tally {
    final LineIndex index;
    final int[] shippedUnits;
    final long[] returnFacts;
    final int[] refundFacts;
    final BigDecimal[] refunded;
    /** The record that last named each line, to find a line one record names twice. */
    final int[] namedBy;

    Tally(List<OrderLine> lines) {
      int n = lines.size();
      index = LineIndex.of(lines);
      shippedUnits = new int[n];
      returnFacts = new long[n];
      refundFacts = new int[n];
      refunded = new BigDecimal[n];
      namedBy = new int[n];
    }

    /** Fails if the record already named the line; stamps tell shipments, refunds and returns apart. */
    void named(String list, int stamp, int record, LineId id, int line) {
      if (namedBy[line] == stamp) {
        throw namedTwice(list, record, id);
      }
      namedBy[line] = stamp;
    }
  }

  static void check(Order order) {
    check(order, null);
  }

  /**
   * The checks of an order made from {@code previous}, a valid order, by the generated copy methods: the result
   * is that of {@link #check(Order)}, the same exception for the same order, but a check whose every input is
   * the same object in both orders is skipped, as {@code previous} passed it. Only lines, records and the
   * optional fields change in such a copy; line ids, currencies, the purchase instant and the fulfilment
   * channel never do. A large order is checked in full.
   */
  static void checkEvolved(Order previous, Order order) {
    List<OrderLine> lines = order.lines();
    boolean small = lines.size() <= SMALL && lines.size() == previous.lines().size()
        && order.shipments().size() <= SMALL && order.refunds().size() <= SMALL && order.returns().size() <= SMALL;
    check(order, small ? previous : null);
  }

  private static void check(Order order, Order previous) {
    List<OrderLine> lines = order.lines();
    if (lines.isEmpty()) {
      throw new InvalidOrderException("lines", lines, "an order needs at least one line");
    }
    Checks.count("lines", lines, lines.size(), Limits.MAX_LINES);
    Checks.count("shipments", order.shipments(), order.shipments().size(), Limits.MAX_SHIPMENTS);
    Checks.count("refunds", order.refunds(), order.refunds().size(), Limits.MAX_REFUNDS);
    Checks.count("returns", order.returns(), order.returns().size(), Limits.MAX_RETURNS);
    if (previous == null) {
      checkFixedFields(order);
    }
    // A copy changes the release and the invoice confirmation at most; the other fields are the previous order's.
    Optional<Instant> released = order.releasedAt();
    if (released.isPresent() && (previous == null || released.get() != previous.releasedAt().orElse(null))) {
      Checks.instant("releasedAt", released.get());
      if (released.get().isBefore(order.purchasedAt())) {
        throw new InvalidOrderException("releasedAt", released.get(),
            "must not be before purchasedAt '" + order.purchasedAt() + "'");
      }
    }
    Optional<InvoiceConfirmation> invoice = order.invoice();
    if (invoice.isPresent() && (previous == null || invoice.get() != previous.invoice().orElse(null))) {
      Optional<Instant> invoiced = invoice.get().confirmedAt();
      if (invoiced.isPresent() && invoiced.get().isBefore(order.purchasedAt())) {
        throw new InvalidOrderException("invoice.confirmedAt", invoiced.get(),
            "must not be before purchasedAt '" + order.purchasedAt() + "'");
      }
    }
    if (previous == null) {
      checkShipWindow(order);
    }
    run(order, lines.size() > SMALL ? new Tally(lines) : null, previous);
  }

  /** The fields a copy never changes: the purchase, first report, ship-by date and marketplace flags. */
  private static void checkFixedFields(Order order) {
    Instant purchasedAt = order.purchasedAt();
    if (!Limits.isInRange(purchasedAt)) {
      Checks.instant("purchasedAt", purchasedAt);
    }
    notBeforePurchase("firstReportedAt", order.firstReportedAt(), purchasedAt);
    Optional<Instant> shipBy = order.shipBy();
    if (shipBy.isPresent() && !Limits.isInRange(shipBy.get())) {
      Checks.instant("shipBy", shipBy.get());
    }
    Optional<MarketplaceFlags> flags = order.marketplaceFlags();
    if (flags.isPresent() && flags.get().replacedOrderId().isPresent()
        && flags.get().replacedOrderId().get().equals(order.id())) {
      throw new InvalidOrderException("marketplaceFlags.replacedOrderId", order.id(), "an order cannot replace itself");
    }
    if (flags.isPresent() && flags.get().exchangedOrderId().isPresent()
        && flags.get().exchangedOrderId().get().equals(order.id())) {
      throw new InvalidOrderException("marketplaceFlags.exchangedOrderId", order.id(),
          "an order cannot be an exchange for itself");
    }
  }

  /** The earliest ship instant, in range and not after the ship-by date. */
  private static void checkShipWindow(Order order) {
    Optional<Instant> shipBy = order.shipBy();
    Optional<Instant> earliestShip = order.earliestShipAt();
    if (earliestShip.isPresent()) {
      Checks.instant("earliestShipAt", earliestShip.get());
      if (shipBy.isPresent() && earliestShip.get().isAfter(shipBy.get())) {
        throw new InvalidOrderException("earliestShipAt", earliestShip.get(),
            "must not be after shipBy '" + shipBy.get() + "'");
      }
    }
  }

  /** The checks of the lines and records; {@code previous}, when given, a valid small order this one copies. */
  private static void run(Order order, Tally tally, Order previous) {
    List<OrderLine> lines = order.lines();
    int n = lines.size();
    Currency currency = order.currency();
    boolean anyShipped = false;
    for (int i = 0; i < n; i++) {
      OrderLine line = lines.get(i);
      if (previous != null) {
        // A copy's lines have the previous order's ids and currencies.
        anyShipped |= line.itemStatus().isShipped();
        continue;
      }
      if (tally == null) {
        for (int j = 0; j < i; j++) {
          if (lines.get(j).id().equals(line.id())) {
            throw new InvalidOrderException("lines[" + i + "].id", line.id(), "appears on two lines");
          }
        }
      }
      if (!line.unitPrice().currency().equals(currency)) {
        throw new InvalidOrderException("lines[" + i + "].unitPrice", line.unitPrice(),
            "currency must be " + currency.getCurrencyCode() + " like lines[0]");
      }
      anyShipped |= line.itemStatus().isShipped();
    }
    if (anyShipped) {
      for (int i = 0; i < n; i++) {
        PaymentStatus p = lines.get(i).paymentStatus();
        if (p == PaymentStatus.PAYMENT_PROCESSING || p == PaymentStatus.AUTHORIZED) {
          throw new InvalidOrderException("lines[" + i + "].paymentStatus", p,
              "a confirmed shipment charges the whole order " + Rule.R7.cite() + ", so no line can stay " + p);
        }
      }
    }
    // A record list that is the previous order's own list holds the records it held, over the same lines.
    boolean sameShipments = previous != null && previous.shipments() == order.shipments();
    boolean sameRefunds = previous != null && previous.refunds() == order.refunds();
    boolean sameReturns = previous != null && previous.returns() == order.returns();
    if (!sameShipments) {
      checkShipments(order, tally, currency);
    }
    if (!sameRefunds) {
      checkRefunds(order, tally, currency);
    }
    if (!sameReturns) {
      checkReturns(order, tally);
    }
    // A line's checks read the line, the records that name it, whether there is a shipment at all, and the
    // fulfilment channel: a copy's line that is the previous line, named by the same records, passed them.
    int changed = previous == null ? -1 : 0;
    if (previous != null) {
      if (previous.shipments().isEmpty() != order.shipments().isEmpty()) {
        changed = -1;
      }
      if (!sameShipments) {
        changed |= linesOfChangedRecords(order, previous.shipments(), order.shipments());
      }
      if (!sameRefunds) {
        changed |= linesOfChangedRecords(order, previous.refunds(), order.refunds());
      }
      if (!sameReturns) {
        changed |= linesOfChangedRecords(order, previous.returns(), order.returns());
      }
    }
    for (int i = 0; i < n; i++) {
      if ((changed & (1 << i)) != 0 || previous.lines().get(i) != lines.get(i)) {
        checkLine(order, tally, i);
      }
    }
    checkCancellation(order);
    checkPayments(order, currency);
    Optional<String> purchaseOrder = order.businessPurchaseOrder();
    if (purchaseOrder.isPresent()) {
      String po = purchaseOrder.get();
      Checks.singleLine("businessPurchaseOrder", po, Limits.MAX_PURCHASE_ORDER_LENGTH);
    }
    if (Drafts.addressOrNull(order) == null && order.fulfilmentChannel() == FulfilmentChannel.SELLER) {
      List<Shipment> shipments = order.shipments();
      for (int s = 0, count = shipments.size(); s < count; s++) {
        if (!shipments.get(s).reportedByMarketplace()) {
          throw new InvalidOrderException("deliveryAddress", null, "a seller-fulfilled order with a shipment the"
              + " seller confirmed was shipped to an address " + Rule.R51.cite());
        }
      }
    }
    if (order.version() < 0) {
      throw new InvalidOrderException("version", order.version(), "must not be negative");
    }
  }

  /**
   * The payments: no method twice, the primary method among them, amounts in the order's currency and together
   * never above the total. At most one payment per {@link PaymentMethod}, so the pairwise scan is bounded.
   */
  private static void checkPayments(Order order, Currency currency) {
    List<Payment> payments = order.payments();
    int count = payments.size();
    if (count == 0) {
      return;
    }
    boolean primaryListed = false;
    BigDecimal sum = null;
    for (int p = 0; p < count; p++) {
      Payment payment = payments.get(p);
      PaymentMethod method = payment.method();
      for (int q = 0; q < p; q++) {
        if (payments.get(q).method() == method) {
          throw new InvalidOrderException("payments[" + p + "].method", method, "appears on two payments");
        }
      }
      primaryListed |= method == order.paymentMethod();
      Optional<Money> amount = payment.amount();
      if (amount.isPresent()) {
        sameCurrency("payments[" + p + "].amount", amount.get(), currency);
        sum = sum == null ? amount.get().amount() : sum.add(amount.get().amount());
      }
    }
    if (!primaryListed) {
      throw new InvalidOrderException("paymentMethod", order.paymentMethod(),
          "must be one of the payments' methods when payments are listed");
    }
    Money total = order.total();
    if (sum != null && sum.compareTo(total.amount()) > 0) {
      throw new InvalidOrderException("payments", text(total, sum),
          "the payments' amounts must not add up to more than the order's total '" + total + "'");
    }
  }

  // ---- records ------------------------------------------------------------------------------------------

  private static void checkShipments(Order order, Tally tally, Currency currency) {
    List<Shipment> shipments = order.shipments();
    int count = shipments.size();
    Set<TrackingId> seen = count > SMALL ? new HashSet<>(count * 2) : null;
    for (int s = 0; s < count; s++) {
      Shipment shipment = shipments.get(s);
      TrackingId tracking = shipment.trackingOrNull();
      if (tracking != null && (seen != null ? !seen.add(tracking) : appearsBefore(shipments, s))) {
        throw new InvalidOrderException("shipments[" + s + "].trackingId", tracking, "appears on two shipments");
      }
      Optional<Money> cost = shipment.actualShippingCost();
      if (cost.isPresent() && !cost.get().currency().equals(currency)) {
        sameCurrency("shipments[" + s + "].actualShippingCost", cost.get(), currency);
      }
      if (isBeforePurchase(shipment.shippedAt(), order)) {
        notBeforePurchase("shipments[" + s + "].shippedAt", shipment.shippedAt(), order.purchasedAt());
      }
      List<ShipmentLine> shipmentLines = shipment.lines();
      for (int k = 0; k < shipmentLines.size(); k++) {
        ShipmentLine sl = shipmentLines.get(k);
        int i = lineOf(order, tally, "shipments", s, sl.lineId());
        if (tally != null) {
          tally.named("shipments", s + 1, s, sl.lineId(), i);
          tally.shippedUnits[i] += sl.quantity();
        } else if (namedEarlier(order, shipmentLines, k)) {
          throw namedTwice("shipments", s, sl.lineId());
        }
      }
    }
  }

  private static void checkRefunds(Order order, Tally tally, Currency currency) {
    List<Refund> refunds = order.refunds();
    int count = refunds.size();
    Set<RefundId> seen = count > SMALL ? new HashSet<>(count * 2) : null;
    for (int r = 0; r < count; r++) {
      Refund refund = refunds.get(r);
      if (seen != null ? !seen.add(refund.id()) : appearsBefore(refunds, r)) {
        throw new InvalidOrderException("refunds[" + r + "].id", refund.id(), "appears on two refunds");
      }
      if (isBeforePurchase(refund.issuedAt(), order)) {
        notBeforePurchase("refunds[" + r + "].issuedAt", refund.issuedAt(), order.purchasedAt());
      }
      List<RefundLine> refundLines = refund.lines();
      for (int k = 0; k < refundLines.size(); k++) {
        RefundLine rl = refundLines.get(k);
        int i = lineOf(order, tally, "refunds", r, rl.lineId());
        if (!rl.amount().currency().equals(currency)) {
          sameCurrency("refunds[" + r + "].lines[" + rl.lineId() + "].amount", rl.amount(), currency);
        }
        if (tally != null) {
          tally.named("refunds", Limits.MAX_SHIPMENTS + r + 1, r, rl.lineId(), i);
          tally.refundFacts[i] |= refundFlags(refund.state());
          if (refund.state().counts()) {
            BigDecimal sum = tally.refunded[i];
            tally.refunded[i] = sum == null ? rl.amount().amount() : sum.add(rl.amount().amount());
          }
        } else if (namedEarlier(order, refundLines, k)) {
          throw namedTwice("refunds", r, rl.lineId());
        }
      }
    }
  }

  private static void checkReturns(Order order, Tally tally) {
    List<ReturnAuthorization> returns = order.returns();
    int count = returns.size();
    Set<RmaId> seen = count > SMALL ? new HashSet<>(count * 2) : null;
    for (int r = 0; r < count; r++) {
      ReturnAuthorization ra = returns.get(r);
      if (seen != null ? !seen.add(ra.rmaId()) : appearsBefore(returns, r)) {
        throw new InvalidOrderException("returns[" + r + "].rmaId", ra.rmaId(), "appears on two returns");
      }
      if (isBeforePurchase(ra.authorizedAt(), order)) {
        notBeforePurchase("returns[" + r + "].authorizedAt", ra.authorizedAt(), order.purchasedAt());
      }
      List<ReturnLine> returnLines = ra.lines();
      for (int k = 0; k < returnLines.size(); k++) {
        ReturnLine rl = returnLines.get(k);
        int i = lineOf(order, tally, "returns", r, rl.lineId());
        if (tally != null) {
          tally.named("returns", Limits.MAX_SHIPMENTS + Limits.MAX_REFUNDS + r + 1, r, rl.lineId(), i);
          tally.returnFacts[i] = addReturn(tally.returnFacts[i], ra.state(), rl.quantity());
        } else if (namedEarlier(order, returnLines, k)) {
          throw namedTwice("returns", r, rl.lineId());
        }
      }
    }
  }

  // ---- one line -----------------------------------------------------------------------------------------

  private static void checkLine(Order order, Tally tally, int i) {
    OrderLine line = order.lines().get(i);
    LineId id = line.id();
    int shipped = tally != null ? tally.shippedUnits[i] : scanShipped(order, id);
    if (shipped != line.quantityShipped()) {
      throw new InvalidOrderException("lines[" + i + "].quantityShipped", line.quantityShipped(),
          "must equal the units the shipments carry for the line '" + shipped + "'");
    }
    long returns = tally != null ? tally.returnFacts[i] : scanReturns(order, id);
    int returned = (int) returns;
    if (returned > line.quantityShipped()) {
      throw new InvalidOrderException("lines[" + i + "].returned", returned,
          "must not exceed quantityShipped '" + line.quantityShipped() + "'");
    }
    int refunds = tally != null ? tally.refundFacts[i] : scanRefunds(order, id);
    Money charge = line.charge();
    BigDecimal refunded = null;
    if ((refunds & REFUND_COUNTING) != 0) {
      refunded = tally != null ? tally.refunded[i] : scanRefunded(order, id);
      if (refunded.compareTo(charge.amount()) > 0) {
        throw new InvalidOrderException("lines[" + i + "].refunded", text(charge, refunded),
            "must not exceed what the line was charged '" + charge + "' " + Rule.R13.cite());
      }
    }
    checkItemStatus(order, i, line, returns);
    checkPaymentStatus(order, i, line, refunds, refunded);
  }

  /** The item status agrees with the line's returns (R20) and the order's fulfilment channel (R18). */
  private static void checkItemStatus(Order order, int i, OrderLine line, long returns) {
    ItemStatus s = line.itemStatus();
    switch (s) {
      case RETURN_STARTED, RETURNING -> {
        if ((returns & RETURN_OPEN) == 0) {
          throw new InvalidOrderException(field(i, "itemStatus"), s, "needs an authorised return of the line that is still open"
              + " " + Rule.R20.cite());
        }
      }
      case RETURNED -> {
        if ((returns & RETURN_RECEIVED) == 0) {
          throw new InvalidOrderException(field(i, "itemStatus"), s, "needs a received return of the line " + Rule.R20.cite());
        }
      }
      case RETURN_FAILED -> {
        if ((returns & RETURN_FAILED) == 0) {
          throw new InvalidOrderException(field(i, "itemStatus"), s, "needs a failed return of the line " + Rule.R20.cite());
        }
      }
      case SHIPPED, IN_TRANSIT, OUT_FOR_DELIVERY, DELIVERED, UNABLE_TO_DELIVER -> {
        if ((returns & RETURN_ANY) != 0) {
          throw new InvalidOrderException(field(i, "itemStatus"), s, "the line has a return, so it is RETURN_STARTED, RETURNING,"
              + " RETURNED or RETURN_FAILED " + Rule.R20.cite());
        }
      }
      case UNABLE_TO_FULFILL -> {
        if (order.fulfilmentChannel() != FulfilmentChannel.MARKETPLACE) {
          throw new InvalidOrderException(field(i, "itemStatus"), s, "only the marketplace fails to fulfil, on a"
              + " marketplace-fulfilled order " + Rule.R18.cite() + "; a seller cancels as UNFULFILLED");
        }
      }
      case AWAITING_RELEASE -> {
        if (line.paymentStatus() != PaymentStatus.PAYMENT_PROCESSING) {
          throw new InvalidOrderException(field(i, "itemStatus"), s, "a pre-order's payment is authorized at its"
              + " release, so it is PAYMENT_PROCESSING until then " + Rule.R52.cite());
        }
      }
      case ORDER_PLACED, PREPARING_TO_SHIP, UNFULFILLED -> {
        // nothing shipped (OrderLine checks that), so no return either
      }
    }
  }

  /** The payment status agrees with the line's refunds (R13, R19), the shipments (R7) and R18. */
  private static void checkPaymentStatus(Order order, int i, OrderLine line, int refunds, BigDecimal refunded) {
    PaymentStatus p = line.paymentStatus();
    boolean anyRefund = (refunds & REFUND_ANY) != 0;
    if (line.itemStatus().isCancelled()) {
      boolean r18 = p == PaymentStatus.REFUNDED && order.fulfilmentChannel() == FulfilmentChannel.MARKETPLACE;
      if (p != PaymentStatus.NOT_CHARGED && !r18) {
        throw new InvalidOrderException(field(i, "paymentStatus"), p, "a cancelled line was never charged: it is NOT_CHARGED, or"
            + " REFUNDED on a marketplace-fulfilled order (" + Rule.R6 + ", " + Rule.R18 + ")");
      }
      if (anyRefund) {
        throw new InvalidOrderException("lines[" + i + "].itemStatus", line.itemStatus(),
            "a cancelled line was never charged, so it has no refund " + Rule.R6.cite());
      }
      return;
    }
    if (anyRefund && !p.wasCharged()) {
      throw new InvalidOrderException(field(i, "paymentStatus"), p, "the line has a refund but was never charged; refund only after"
          + " the buyer was charged, cancel before (" + Rule.R13 + ", " + Rule.R6 + ")");
    }
    if (p.wasCharged() && order.shipments().isEmpty()) {
      throw new InvalidOrderException(field(i, "paymentStatus"), p, "the buyer is charged when a shipment is confirmed " + Rule.R7.cite() + ", but the"
          + " order has no shipment");
    }
    if ((refunds & REFUND_PROCESSING) != 0
        && p != PaymentStatus.REFUND_PROCESSING && p != PaymentStatus.REFUND_FAILED) {
      throw new InvalidOrderException(field(i, "paymentStatus"), p, "a refund of the line is still processing, so it is"
          + " REFUND_PROCESSING, or REFUND_FAILED when another refund of it failed (" + Rule.R13 + ", " + Rule.R19 + ")");
    }
    Money charge = line.charge();
    boolean coversCharge = refunded != null && refunded.compareTo(charge.amount()) == 0;
    switch (p) {
      case REFUND_PROCESSING -> {
        if ((refunds & REFUND_PROCESSING) == 0) {
          throw new InvalidOrderException(field(i, "paymentStatus"), p, "needs a refund of the line that is still processing " + Rule.R13.cite());
        }
      }
      case REFUND_FAILED -> {
        if ((refunds & REFUND_FAILED) == 0) {
          throw new InvalidOrderException(field(i, "paymentStatus"), p, "needs a failed refund of the line " + Rule.R19.cite());
        }
      }
      case REFUNDED -> {
        if (!anyRefund) {
          throw new InvalidOrderException(field(i, "paymentStatus"), p, "no refund covers the line's charge '" + charge
              + "'; only a cancelled line of a marketplace-fulfilled order is refunded without one " + Rule.R18.cite());
        }
        if (!coversCharge) {
          throw new InvalidOrderException(field(i, "paymentStatus"), p, "the line's refunds add up to '"
              + text(charge, refunded == null ? BigDecimal.ZERO.setScale(charge.amount().scale()) : refunded)
              + "' of its charge '" + charge + "' " + Rule.R13.cite());
        }
      }
      case PAID -> {
        if (coversCharge && refunded.signum() > 0) {
          throw new InvalidOrderException(field(i, "paymentStatus"), p, "the line's refunds cover its whole charge '" + charge
              + "', so it is REFUNDED " + Rule.R13.cite());
        }
      }
      case PAYMENT_PROCESSING, AUTHORIZED, NOT_CHARGED -> {
        // not charged: no refund (checked above); NOT_CHARGED only when cancelled (OrderLine checks that)
      }
    }
  }

  private static void checkCancellation(Order order) {
    Instant purchasedAt = order.purchasedAt();
    List<OrderLine> lines = order.lines();
    Optional<Cancellation> cancellation = order.cancellation();
    if (cancellation.isPresent()) {
      for (int i = 0; i < lines.size(); i++) {
        ItemStatus s = lines.get(i).itemStatus();
        if (!s.isCancelled()) {
          throw new InvalidOrderException("lines[" + i + "].itemStatus", s,
              "the order has a cancellation, so every line must be cancelled");
        }
      }
      notBeforePurchase("cancellation.at", cancellation.get().at(), purchasedAt);
    }
    List<BuyerCancellationRequest> open = order.cancellationRequests();
    for (int r = 0; r < open.size(); r++) {
      BuyerCancellationRequest request = open.get(r);
      String field = "cancellationRequests[" + r + "]";
      notBeforePurchase(field + ".requestedAt", request.requestedAt(), purchasedAt);
      if (order.status() == OrderStatus.CANCELLED) {
        throw new InvalidOrderException(field, request.requestedAt(),
            "a cancelled order has no open cancellation request: cancelling answers it " + Rule.R10.cite());
      }
      if (request.lines().isEmpty()) {
        throw new InvalidOrderException(field + ".lines", request.lines(), "a request covers at least one line "
            + Rule.R10.cite());
      }
      for (LineId line : request.lines()) {
        if (order.line(line).isEmpty()) {
          throw new InvalidOrderException(field + ".lines", line, "the order has no such line");
        }
        for (int earlier = 0; earlier < r; earlier++) {
          if (open.get(earlier).covers(line)) {
            throw new InvalidOrderException(field + ".lines", line, "the line is in open request " + earlier
                + " already: a line has at most one open cancellation request " + Rule.R10.cite());
          }
        }
      }
    }
  }

  /**
   * A small copy's lines (at most {@value #SMALL}, one bit each, by position) named by a record that is not the
   * previous order's record at its position: a record added, removed or replaced, the old one and the new one.
   * A line named by no such record is named by the same records as before. Every bit when a record names a line
   * the order does not have (the checks of the records refuse it first).
   */
  private static int linesOfChangedRecords(Order order, List<?> before, List<?> after) {
    int bits = 0;
    for (int r = 0, count = Math.max(before.size(), after.size()); r < count; r++) {
      Object was = r < before.size() ? before.get(r) : null;
      Object is = r < after.size() ? after.get(r) : null;
      if (was != is) {
        bits |= linesOf(order, was) | linesOf(order, is);
      }
    }
    return bits;
  }

  private static int linesOf(Order order, Object record) {
    if (record == null) {
      return 0;
    }
    List<?> recordLines = record instanceof Shipment s ? s.lines()
        : record instanceof Refund r ? r.lines() : ((ReturnAuthorization) record).lines();
    List<OrderLine> lines = order.lines();
    int bits = 0;
    for (int k = 0, m = recordLines.size(); k < m; k++) {
      LineId id = lineId(recordLines.get(k));
      int i = 0;
      while (i < lines.size() && !lines.get(i).id().equals(id)) {
        i++;
      }
      if (i == lines.size()) {
        return -1;
      }
      bits |= 1 << i;
    }
    return bits;
  }

  /** Whether a request has no lines: read from JSON written before requests named their lines. */
  static boolean hasRequestWithoutLines(Order order) {
    List<BuyerCancellationRequest> open = order.cancellationRequests();
    for (int r = 0; r < open.size(); r++) {
      if (open.get(r).lines().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  /** The requests, each one without lines over the order's lines not cancelled. */
  static List<BuyerCancellationRequest> requestsWithLines(Order order) {
    List<LineId> active = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      if (!line.itemStatus().isCancelled()) {
        active.add(line.id());
      }
    }
    List<BuyerCancellationRequest> requests = new ArrayList<>();
    for (BuyerCancellationRequest request : order.cancellationRequests()) {
      requests.add(request.lines().isEmpty()
          ? BuyerCancellationRequest.builder().from(request).lines(active).build() : request);
    }
    return requests;
  }

  // ---- the facts of one line of a small order, by scanning -----------------------------------------------

  // Indexed loops: the lists are random-access, and an iterator per loop is an allocation the JIT may not
  // remove.

  private static int scanShipped(Order order, LineId id) {
    int units = 0;
    List<Shipment> shipments = order.shipments();
    for (int s = 0; s < shipments.size(); s++) {
      List<ShipmentLine> lines = shipments.get(s).lines();
      for (int k = 0; k < lines.size(); k++) {
        ShipmentLine sl = lines.get(k);
        if (sl.lineId().equals(id)) {
          units += sl.quantity();
        }
      }
    }
    return units;
  }

  private static long scanReturns(Order order, LineId id) {
    long facts = 0;
    List<ReturnAuthorization> returns = order.returns();
    for (int r = 0; r < returns.size(); r++) {
      ReturnAuthorization ra = returns.get(r);
      List<ReturnLine> lines = ra.lines();
      for (int k = 0; k < lines.size(); k++) {
        ReturnLine rl = lines.get(k);
        if (rl.lineId().equals(id)) {
          facts = addReturn(facts, ra.state(), rl.quantity());
        }
      }
    }
    return facts;
  }

  private static int scanRefunds(Order order, LineId id) {
    int facts = 0;
    List<Refund> refunds = order.refunds();
    for (int r = 0; r < refunds.size(); r++) {
      Refund refund = refunds.get(r);
      List<RefundLine> lines = refund.lines();
      for (int k = 0; k < lines.size(); k++) {
        if (lines.get(k).lineId().equals(id)) {
          facts |= refundFlags(refund.state());
        }
      }
    }
    return facts;
  }

  /** The amount the line's refunds that count (not failed) give back. */
  private static BigDecimal scanRefunded(Order order, LineId id) {
    BigDecimal sum = null;
    List<Refund> refunds = order.refunds();
    for (int r = 0; r < refunds.size(); r++) {
      Refund refund = refunds.get(r);
      if (refund.state().counts()) {
        List<RefundLine> lines = refund.lines();
        for (int k = 0; k < lines.size(); k++) {
          RefundLine rl = lines.get(k);
          if (rl.lineId().equals(id)) {
            sum = sum == null ? rl.amount().amount() : sum.add(rl.amount().amount());
          }
        }
      }
    }
    return sum;
  }

  private static long addReturn(long facts, ReturnState state, int units) {
    return switch (state) {
      case AUTHORIZED -> (facts | RETURN_OPEN | RETURN_ANY) + units;
      case RECEIVED -> (facts | RETURN_RECEIVED | RETURN_ANY) + units;
      case FAILED -> facts | RETURN_FAILED | RETURN_ANY;
    };
  }

  private static int refundFlags(RefundState state) {
    return switch (state) {
      case PROCESSING -> REFUND_ANY | REFUND_PROCESSING | REFUND_COUNTING;
      case SUCCEEDED -> REFUND_ANY | REFUND_COUNTING;
      case FAILED -> REFUND_ANY | REFUND_FAILED;
    };
  }

  // ---- helpers ------------------------------------------------------------------------------------------

  /** Finds a line by id, or fails naming {@code list[index].lines} and the unknown id. */
  private static int lineOf(Order order, Tally tally, String list, int record, LineId id) {
    if (tally != null) {
      int i = tally.index.find(id);
      if (i >= 0) {
        return i;
      }
    } else {
      List<OrderLine> lines = order.lines();
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).id().equals(id)) {
          return i;
        }
      }
    }
    throw new InvalidOrderException(list + "[" + record + "].lines", id, "names a line the order does not have");
  }

  /**
   * Small orders: whether the record line at {@code k} names the same line as an earlier one. A record
   * with more lines than the order must repeat one among its first n + 1, so at most (n + 1)² / 2
   * comparisons are made.
   */
  private static boolean namedEarlier(Order order, List<?> recordLines, int k) {
    if (k > order.lines().size()) {
      return true;
    }
    LineId id = lineId(recordLines.get(k));
    for (int j = 0; j < k; j++) {
      if (lineId(recordLines.get(j)).equals(id)) {
        return true;
      }
    }
    return false;
  }

  private static LineId lineId(Object recordLine) {
    if (recordLine instanceof ShipmentLine sl) {
      return sl.lineId();
    }
    if (recordLine instanceof RefundLine rl) {
      return rl.lineId();
    }
    if (recordLine instanceof ReturnLine rl) {
      return rl.lineId();
    }
    throw new AssertionError(recordLine);
  }

  /** A line's field path, spelt out only when a check fails. */
  private static String field(int line, String name) {
    return "lines[" + line + "]." + name;
  }

  private static InvalidOrderException namedTwice(String list, int record, LineId id) {
    return new InvalidOrderException(list + "[" + record + "].lines", id, "names the line twice");
  }

  /** Small lists of records: whether the record's id appeared on an earlier record. */
  private static boolean appearsBefore(List<?> records, int r) {
    Object id = recordId(records.get(r));
    for (int t = 0; t < r; t++) {
      if (id.equals(recordId(records.get(t)))) {
        return true;
      }
    }
    return false;
  }

  private static Object recordId(Object record) {
    if (record instanceof Shipment s) {
      return s.trackingOrNull();
    }
    if (record instanceof Refund r) {
      return r.id();
    }
    if (record instanceof ReturnAuthorization ra) {
      return ra.rmaId();
    }
    throw new AssertionError(record);
  }

  /** An amount as money text, {@code USD 11.01}, without the limits a {@link Money} would check. */
  private static String text(Money like, BigDecimal amount) {
    return like.currency().getCurrencyCode() + ' ' + amount.toPlainString();
  }

  /** Whether a record's instant is out of range or before the purchase; callers spell out the path only then. */
  private static boolean isBeforePurchase(Instant value, Order order) {
    return !Limits.isInRange(value) || value.isBefore(order.purchasedAt());
  }

  private static void notBeforePurchase(String field, Instant value, Instant purchasedAt) {
    if (!Limits.isInRange(value) || value.isBefore(purchasedAt)) {
      Limits.checkNotBefore(field, value, "purchasedAt", purchasedAt, Checks.REFUSE);
    }
  }

  private static void sameCurrency(String field, Money amount, Currency currency) {
    if (!amount.currency().equals(currency)) {
      throw new InvalidOrderException(field, amount, "currency must be " + currency.getCurrencyCode()
          + " like the order's lines");
    }
  }
}
