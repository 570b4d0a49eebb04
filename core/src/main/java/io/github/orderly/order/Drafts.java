package io.github.orderly.order;

import io.github.orderly.internal.OrderDraft;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The order package's {@link OrderDraft}: the next order made with the generated copy methods ({@code with*}),
 * which share every unchanged part, and checked once, at the end, only where something changed
 * ({@link OrderChecks#checkEvolved}; a changed line by {@link OrderLine#checkEvolved}).
 *
 * <p>Each copy method runs the value's build-time check; an order changed one part at a time passes through
 * orders that could not exist (a shipment whose lines do not show it yet), so the copies are made with the
 * checks held ({@link #holding()}, for the current thread only), and the result is checked after. A check that
 * is skipped is one whose every input is the same object as in the previous order, which passed it.
 */
final class Drafts implements OrderDraft {
  private static final ThreadLocal<int[]> HELD = ThreadLocal.withInitial(() -> new int[1]);

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

  /** Whether the build-time checks are held on this thread: only while a draft makes its copies. */
  static boolean holding() {
    return HELD.get()[0] > 0;
  }

  @Override
  public void line(int index, ItemStatus itemStatus, PaymentStatus paymentStatus, int quantityShipped,
      int quantityOrdered) {
    if (lines == null) {
      lines = previous.lines().toArray(new OrderLine[0]);
    }
    OrderLine before = previous.lines().get(index);
    ImmutableOrderLine line = (ImmutableOrderLine) before;
    int[] held = HELD.get();
    held[0]++;
    try {
      line = line.withItemStatus(itemStatus).withPaymentStatus(paymentStatus).withQuantityShipped(quantityShipped)
          .withQuantityOrdered(quantityOrdered);
    } finally {
      held[0]--;
    }
    if (line != before) {
      line.checkEvolved(before);
      line.shareCharge(before);
    }
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
    ImmutableOrder next = previous;
    int[] held = HELD.get();
    held[0]++;
    try {
      if (lines != null) {
        next = next.withLines(Arrays.asList(lines));
      }
      if (shipments != null) {
        next = next.withShipments(shipments);
      }
      if (refunds != null) {
        next = next.withRefunds(refunds);
      }
      if (returns != null) {
        next = next.withReturns(returns);
      }
      if (invoice != null) {
        next = next.withInvoice(invoice);
      }
      if (cancellation != null) {
        next = next.withCancellation(cancellation);
      }
      if (requests != null) {
        next = next.withCancellationRequests(requests);
      }
      if (deliveryAddress != null) {
        next = next.withDeliveryAddress(deliveryAddress);
      }
      if (upstream != null) {
        next = next.withUpstream(upstream);
      }
      if (releasedAt != null) {
        next = next.withReleasedAt(releasedAt);
      }
      next = next.withVersion(version);
    } finally {
      held[0]--;
    }
    if (next == previous) {
      return previous;
    }
    if (OrderChecks.hasRequestWithoutLines(next)) {
      // The builder makes such requests name their lines: leave that to it, so the result is the builder's.
      return Order.builder().from(next).build();
    }
    OrderChecks.checkEvolved(previous, next);
    next.shareTotal(previous);
    return next;
  }

  /** The list with one more element, as a view: the copy method copies it once into the new order's list. */
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
