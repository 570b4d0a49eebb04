package io.github.orderly.order;

import io.github.orderly.internal.OrderDraft;
import io.github.orderly.money.Money;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Set;

/**
 * The order package's {@link OrderDraft}: the next order made in one step from the previous one, sharing every
 * unchanged part, and checked once, at the end, only where something changed ({@link OrderChecks#checkEvolved};
 * a changed line by {@link OrderLine#checkEvolved}).
 *
 * <p>The generated copy methods ({@code with*}) make one whole copy per changed field, each running the value's
 * build-time check, through orders that could not exist (a shipment whose lines do not show it yet). A draft
 * instead calls the generated classes' own all-field constructors, which run no check, once per changed line and
 * once for the order: the generated code builds its copies with the same constructors. A check that is skipped
 * is one whose every input is the same object as in the previous order, which passed it. The constructors and
 * the optional fields are reached by method handles with private access to the generated classes, found when
 * the class is initialised: a generated class whose fields or constructor no longer match fails at once.
 */
final class Drafts implements OrderDraft {
  private static final MethodHandle NEW_ORDER;
  private static final MethodHandle NEW_LINE;
  private static final MethodHandle MERCHANT_ORDER_ID;
  private static final MethodHandle SHIP_BY;
  private static final MethodHandle EARLIEST_SHIP_AT;
  private static final MethodHandle DELIVERY_WINDOW;
  private static final MethodHandle DELIVERY_ADDRESS;
  private static final MethodHandle BUSINESS_PURCHASE_ORDER;
  private static final MethodHandle MARKETPLACE_FLAGS;
  private static final MethodHandle INVOICE;
  private static final MethodHandle CANCELLATION;
  private static final MethodHandle UPSTREAM;
  private static final MethodHandle RELEASED_AT;
  private static final MethodHandle CUSTOMIZATION;
  private static final MethodHandle SCHEDULED_DELIVERY;

  static {
    try {
      MethodHandles.Lookup order = MethodHandles.privateLookupIn(ImmutableOrder.class, MethodHandles.lookup());
      NEW_ORDER = order.findConstructor(ImmutableOrder.class, MethodType.methodType(void.class, OrderId.class,
          MerchantOrderId.class, MarketplaceId.class, Instant.class, Instant.class, Instant.class, Instant.class,
          DeliveryWindow.class, Buyer.class, Address.class, List.class, FulfilmentChannel.class, Set.class,
          String.class, MarketplaceFlags.class, PaymentMethod.class, List.class, InvoiceConfirmation.class,
          List.class, List.class, List.class, Cancellation.class, List.class, UpstreamStatus.class, Instant.class,
          boolean.class, long.class));
      MERCHANT_ORDER_ID = order.findGetter(ImmutableOrder.class, "merchantOrderId", MerchantOrderId.class);
      SHIP_BY = order.findGetter(ImmutableOrder.class, "shipBy", Instant.class);
      EARLIEST_SHIP_AT = order.findGetter(ImmutableOrder.class, "earliestShipAt", Instant.class);
      DELIVERY_WINDOW = order.findGetter(ImmutableOrder.class, "deliveryWindow", DeliveryWindow.class);
      DELIVERY_ADDRESS = order.findGetter(ImmutableOrder.class, "deliveryAddress", Address.class);
      BUSINESS_PURCHASE_ORDER = order.findGetter(ImmutableOrder.class, "businessPurchaseOrder", String.class);
      MARKETPLACE_FLAGS = order.findGetter(ImmutableOrder.class, "marketplaceFlags", MarketplaceFlags.class);
      INVOICE = order.findGetter(ImmutableOrder.class, "invoice", InvoiceConfirmation.class);
      CANCELLATION = order.findGetter(ImmutableOrder.class, "cancellation", Cancellation.class);
      UPSTREAM = order.findGetter(ImmutableOrder.class, "upstream", UpstreamStatus.class);
      RELEASED_AT = order.findGetter(ImmutableOrder.class, "releasedAt", Instant.class);
      MethodHandles.Lookup line = MethodHandles.privateLookupIn(ImmutableOrderLine.class, MethodHandles.lookup());
      NEW_LINE = line.findConstructor(ImmutableOrderLine.class, MethodType.methodType(void.class, LineId.class,
          Sku.class, ListingId.class, String.class, int.class, int.class, Money.class, Map.class, Money.class,
          Money.class, Money.class, ItemStatus.class, PaymentStatus.class, String.class, DeliveryWindow.class));
      CUSTOMIZATION = line.findGetter(ImmutableOrderLine.class, "customization", String.class);
      SCHEDULED_DELIVERY = line.findGetter(ImmutableOrderLine.class, "scheduledDelivery", DeliveryWindow.class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ImmutableOrder previous;
  private OrderLine[] lines;
  private List<Shipment> shipments;
  private List<Refund> refunds;
  private List<ReturnAuthorization> returns;
  private List<BuyerCancellationRequest> requests;
  private InvoiceConfirmation invoice;
  private Cancellation cancellation;
  private Address deliveryAddress;
  private UpstreamStatus upstream;
  private Instant releasedAt;

  private Drafts(ImmutableOrder previous) {
    this.previous = previous;
  }

  /** Registered with {@link OrderDraft} when {@link Order} is initialised. */
  static OrderDraft of(Order previous) {
    return new Drafts((ImmutableOrder) previous);
  }

  /**
   * Returns the order's delivery address or null, reading the field itself: the accessor makes an
   * {@code Optional} per read, and the checks read it on every order.
   */
  static Address addressOrNull(Order order) {
    try {
      return (Address) DELIVERY_ADDRESS.invokeExact((ImmutableOrder) order);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
  }

  @Override
  public void line(int index, ItemStatus itemStatus, PaymentStatus paymentStatus, int quantityShipped,
      int quantityOrdered) {
    if (lines == null) {
      lines = previous.lines().toArray(new OrderLine[0]);
    }
    OrderLine before = previous.lines().get(index);
    ImmutableOrderLine b = (ImmutableOrderLine) before;
    Objects.requireNonNull(itemStatus, "itemStatus");
    Objects.requireNonNull(paymentStatus, "paymentStatus");
    if (itemStatus == b.itemStatus() && paymentStatus == b.paymentStatus() && quantityShipped == b.quantityShipped()
        && quantityOrdered == b.quantityOrdered()) {
      lines[index] = before;
      return;
    }
    ImmutableOrderLine line;
    try {
      line = (ImmutableOrderLine) NEW_LINE.invokeExact(b.id(), b.sku(), b.listingId(), b.title(), quantityOrdered,
          quantityShipped, b.unitPrice(), b.components(), b.shippingCharge(), b.tax(), b.discount(), itemStatus,
          paymentStatus, (String) CUSTOMIZATION.invokeExact(b), (DeliveryWindow) SCHEDULED_DELIVERY.invokeExact(b));
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
    line.checkEvolved(before);
    line.shareCharge(before);
    lines[index] = line;
  }

  @Override
  public void addShipment(Shipment shipment) {
    shipments = plus(shipments != null ? shipments : previous.shipments(), shipment);
  }

  @Override
  public void addRefund(Refund refund) {
    refunds = plus(refunds != null ? refunds : previous.refunds(), refund);
  }

  @Override
  public void refunds(List<Refund> refunds) {
    this.refunds = refunds;
  }

  @Override
  public void addReturn(ReturnAuthorization authorization) {
    returns = plus(returns != null ? returns : previous.returns(), authorization);
  }

  @Override
  public void returns(List<ReturnAuthorization> returns) {
    this.returns = returns;
  }

  @Override
  public void invoice(InvoiceConfirmation invoice) {
    this.invoice = invoice;
  }

  @Override
  public void cancellation(Cancellation cancellation) {
    this.cancellation = cancellation;
  }

  @Override
  public void addCancellationRequest(BuyerCancellationRequest request) {
    requests = plus(requests != null ? requests : previous.cancellationRequests(), request);
  }

  @Override
  public void cancellationRequests(List<BuyerCancellationRequest> requests) {
    this.requests = requests;
  }

  @Override
  public void deliveryAddress(Address address) {
    this.deliveryAddress = address;
  }

  @Override
  public void upstream(UpstreamStatus upstream) {
    this.upstream = upstream;
  }

  @Override
  public void releasedAt(Instant releasedAt) {
    this.releasedAt = releasedAt;
  }

  @Override
  public Order build(long version) {
    ImmutableOrder p = previous;
    ImmutableOrder next;
    try {
      // Every argument of an exact invocation has its own static type: a conditional expression in the call
      // would be typed as Object.
      Address address = deliveryAddress != null ? deliveryAddress : (Address) DELIVERY_ADDRESS.invokeExact(p);
      List<OrderLine> nextLines = lines != null ? list(lines) : p.lines();
      InvoiceConfirmation nextInvoice = invoice != null ? invoice : (InvoiceConfirmation) INVOICE.invokeExact(p);
      List<Shipment> nextShipments = shipments != null ? copy(shipments) : p.shipments();
      List<Refund> nextRefunds = refunds != null ? copy(refunds) : p.refunds();
      List<ReturnAuthorization> nextReturns = returns != null ? copy(returns) : p.returns();
      Cancellation nextCancellation = cancellation != null ? cancellation
          : (Cancellation) CANCELLATION.invokeExact(p);
      List<BuyerCancellationRequest> nextRequests = requests != null ? copy(requests) : p.cancellationRequests();
      UpstreamStatus nextUpstream = upstream != null ? upstream : (UpstreamStatus) UPSTREAM.invokeExact(p);
      Instant nextReleasedAt = releasedAt != null ? releasedAt : (Instant) RELEASED_AT.invokeExact(p);
      next = (ImmutableOrder) NEW_ORDER.invokeExact(p.id(), (MerchantOrderId) MERCHANT_ORDER_ID.invokeExact(p),
          p.marketplace(), p.purchasedAt(), p.firstReportedAt(), (Instant) SHIP_BY.invokeExact(p),
          (Instant) EARLIEST_SHIP_AT.invokeExact(p), (DeliveryWindow) DELIVERY_WINDOW.invokeExact(p), p.buyer(),
          address, nextLines, p.fulfilmentChannel(), p.subtypes(), (String) BUSINESS_PURCHASE_ORDER.invokeExact(p),
          (MarketplaceFlags) MARKETPLACE_FLAGS.invokeExact(p), p.paymentMethod(), p.payments(), nextInvoice,
          nextShipments, nextRefunds, nextReturns, nextCancellation, nextRequests, nextUpstream, nextReleasedAt,
          p.viewOnly(), version);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new AssertionError(e);
    }
    lines = null;
    if (OrderChecks.hasRequestWithoutLines(next)) {
      // The builder makes such requests name their lines: leave that to it, so the result is the builder's.
      return Order.builder().from(next).build();
    }
    OrderChecks.checkEvolved(previous, next);
    next.shareTotal(previous);
    return next;
  }

  /** The draft's lines as the order's list, the shape the generated code gives a list it copied. */
  private static List<OrderLine> list(OrderLine[] lines) {
    return lines.length == 1 ? Collections.singletonList(lines[0])
        : Collections.unmodifiableList(Arrays.asList(lines));
  }

  /** An unmodifiable copy of a record list, null elements refused, as the generated copy methods make it. */
  private static <T> List<T> copy(List<T> list) {
    int n = list.size();
    if (n == 0) {
      return Collections.emptyList();
    }
    if (n == 1) {
      return Collections.singletonList(Objects.requireNonNull(list.get(0), "element"));
    }
    Object[] copy = new Object[n];
    for (int i = 0; i < n; i++) {
      copy[i] = Objects.requireNonNull(list.get(i), "element");
    }
    @SuppressWarnings("unchecked")
    List<T> result = (List<T>) Collections.unmodifiableList(Arrays.asList(copy));
    return result;
  }

  /** The list with one more element, as a view: {@link #build} copies it once into the new order's list. */
  private static <T> List<T> plus(List<T> list, T element) {
    return new Appended<>(list, element);
  }

  private static final class Appended<T> extends AbstractList<T> implements RandomAccess {
    private final List<T> head;
    private final T last;

    Appended(List<T> head, T last) {
      this.head = head;
      this.last = last;
    }

    @Override
    public T get(int index) {
      return index == head.size() ? last : head.get(index);
    }

    @Override
    public int size() {
      return head.size() + 1;
    }
  }
}
