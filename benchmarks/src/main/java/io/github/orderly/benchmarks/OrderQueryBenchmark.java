package io.github.orderly.benchmarks;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The orders page over 1,000,000 orders: Orderly's query against the hand-written loop a user would
 * otherwise write, in the same run.
 *
 * <ul>
 *   <li>{@code filter*}: a typical compound query, item status (Shipped, In transit, Delivered) AND
 *       payment status (Paid, Refunded) on one line, a 90-day order-date range, pending excluded; scores
 *       are orders scanned per second. Two peers: the loop a user writes ({@code EnumSet.contains},
 *       for-each), and the same loop tuned the way the library is (bit masks, indexed loops).
 *   <li>{@code search*}: the same query plus the partial id search {@code "112-33"}.
 *   <li>{@code searchLetters*}: the same query plus a search with letters, {@code "rma-12"}, so that
 *       case matters.
 *   <li>{@code firstPage*}: the first page of 50 newest among every non-pending order; the library's
 *       bounded heap against filter-then-full-sort.
 * </ul>
 *
 * <p>Generating a million orders with {@link OrderGenerator} would take about a minute (some 55 us
 * each), so setup generates {@code distinct} orders and replicates them under new ids with earlier
 * purchase instants. Each order's derived status and total are computed once in setup, as they are
 * after a host's first read (both are lazy, cached fields of the order).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
public class OrderQueryBenchmark {
  static final int ORDERS = 1_000_000;
  static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

  @Param("50000")
  int distinct;

  /**
   * Whether to shuffle the array after building it. Off: the array is in allocation order, as when a
   * host loads its orders from storage into a list (purchase instants are random either way). On: a
   * worst case for memory locality.
   */
  @Param("false")
  boolean shuffle;

  Order[] orders;
  List<Order> orderList;

  OrderQuery compound;
  Predicate<Order> compoundPredicate;
  OrderQuery withSearch;
  Predicate<Order> searchPredicate;
  OrderQuery withLetters;
  Predicate<Order> lettersPredicate;
  OrderQuery firstPage;

  // The hand-written loop's own parameters.
  Instant from;
  Instant to;
  EnumSet<ItemStatus> items;
  EnumSet<PaymentStatus> payments;
  int itemMask;
  int paymentMask;

  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(2026);
    OrderGenerator generator = OrderGenerator.standard();
    Order[] base = new Order[distinct];
    long start = System.nanoTime();
    for (int i = 0; i < distinct; i++) {
      base[i] = generator.next(random);
    }
    long generated = System.nanoTime();
    orders = new Order[ORDERS];
    for (int i = 0; i < ORDERS; i++) {
      Order o = base[i % distinct];
      if (i < distinct) {
        orders[i] = o;
      } else {
        // A copy under a new id, bought up to 30 days earlier: every instant that must not precede
        // the purchase still does not.
        orders[i] = Order.builder().from(o)
            .id(OrderId.of(o.id().value() + "-" + i))
            .purchasedAt(o.purchasedAt().minusSeconds(random.nextLong(30L * 86_400)))
            .build();
      }
    }
    if (shuffle) {
      // Scatter the array over the heap: every order is then a cache miss for both sides alike.
      for (int i = ORDERS - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        Order t = orders[i];
        orders[i] = orders[j];
        orders[j] = t;
      }
    }
    for (Order o : orders) {
      o.status(); // Derived lazily and cached by the order: both sides then read the same field.
      o.total();
    }
    orderList = Arrays.asList(orders);
    long done = System.nanoTime();
    System.out.printf("%nsetup: %d distinct orders in %d ms (%.1f us each), %d copies in %d ms%n", distinct,
        (generated - start) / 1_000_000, (generated - start) / 1e3 / distinct, ORDERS - distinct,
        (done - generated) / 1_000_000);

    from = Instant.parse("2026-07-01T00:00:00Z");
    to = from.plus(Duration.ofDays(90));
    items = EnumSet.of(ItemStatus.SHIPPED, ItemStatus.IN_TRANSIT, ItemStatus.DELIVERED);
    payments = EnumSet.of(PaymentStatus.PAID, PaymentStatus.REFUNDED);
    for (ItemStatus s : items) {
      itemMask |= 1 << s.ordinal();
    }
    for (PaymentStatus s : payments) {
      paymentMask |= 1 << s.ordinal();
    }
    compound = OrderQuery.builder()
        .itemStatuses(items)
        .paymentStatuses(payments)
        .dateFrom(from)
        .dateTo(to)
        .build();
    compoundPredicate = compound.toPredicate();
    withSearch = OrderQuery.builder().from(compound).search("112-33").build();
    searchPredicate = withSearch.toPredicate();
    withLetters = OrderQuery.builder().from(compound).search("rma-12").build();
    lettersPredicate = withLetters.toPredicate();
    firstPage = OrderQuery.builder().sort(OrderSort.NEWEST_FIRST).pageSize(50).build();
    System.out.printf("matches: compound %d (hand %d, tuned %d), +search %d (hand %d, tuned %d),"
        + " +letters %d (hand %d)%n", filterLibrary(), filterHandWritten(), filterHandTuned(),
        searchLibrary(), searchHandWritten(), searchHandTuned(), searchLettersLibrary(),
        searchLettersHandWritten());
  }

  // ---- The compound filter. -------------------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int filterLibrary() {
    Predicate<Order> p = compoundPredicate;
    int n = 0;
    for (Order o : orders) {
      if (p.test(o)) {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int filterHandWritten() {
    int n = 0;
    for (Order o : orders) {
      if (handCompound(o)) {
        n++;
      }
    }
    return n;
  }

  private boolean handCompound(Order o) {
    Instant at = o.purchasedAt();
    if (at.isBefore(from) || !at.isBefore(to)) {
      return false;
    }
    if (o.status().isPending()) {
      return false;
    }
    for (OrderLine line : o.lines()) {
      if (items.contains(line.itemStatus()) && payments.contains(line.paymentStatus())) {
        return true;
      }
    }
    return false;
  }

  /** The same checks tuned by hand the way the library is: status sets as bit masks, indexed loops. */
  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int filterHandTuned() {
    int n = 0;
    for (Order o : orders) {
      if (tunedCompound(o)) {
        n++;
      }
    }
    return n;
  }

  private boolean tunedCompound(Order o) {
    Instant at = o.purchasedAt();
    if (at.isBefore(from) || !at.isBefore(to)) {
      return false;
    }
    if (o.status().isPending()) {
      return false;
    }
    List<OrderLine> lines = o.lines();
    for (int i = 0, size = lines.size(); i < size; i++) {
      OrderLine line = lines.get(i);
      if ((itemMask >>> line.itemStatus().ordinal() & 1) != 0
          && (paymentMask >>> line.paymentStatus().ordinal() & 1) != 0) {
        return true;
      }
    }
    return false;
  }

  // ---- The same plus a partial id search. ----------------------------------------------------------

  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int searchLibrary() {
    Predicate<Order> p = searchPredicate;
    int n = 0;
    for (Order o : orders) {
      if (p.test(o)) {
        n++;
      }
    }
    return n;
  }

  /** What a user writes: lower-case each field and the text, then contains. */
  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int searchHandWritten() {
    String needle = "112-33".toLowerCase(Locale.ROOT);
    int n = 0;
    for (Order o : orders) {
      if (handCompound(o) && handSearch(o, needle)) {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int searchLettersLibrary() {
    Predicate<Order> p = lettersPredicate;
    int n = 0;
    for (Order o : orders) {
      if (p.test(o)) {
        n++;
      }
    }
    return n;
  }

  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int searchLettersHandWritten() {
    String needle = "rma-12".toLowerCase(Locale.ROOT);
    int n = 0;
    for (Order o : orders) {
      if (handCompound(o) && handSearch(o, needle)) {
        n++;
      }
    }
    return n;
  }

  /**
   * The fastest correct peer for a search without letters: plain {@code contains} on each field (no
   * case to fold in "112-33"), after the tuned filter.
   */
  @Benchmark
  @OperationsPerInvocation(ORDERS)
  public int searchHandTuned() {
    String needle = "112-33";
    int n = 0;
    for (Order o : orders) {
      if (tunedCompound(o) && tunedSearch(o, needle)) {
        n++;
      }
    }
    return n;
  }

  private static boolean tunedSearch(Order o, String needle) {
    if (o.id().value().contains(needle)) {
      return true;
    }
    if (o.merchantOrderId().isPresent() && o.merchantOrderId().get().value().contains(needle)) {
      return true;
    }
    List<ReturnAuthorization> returns = o.returns();
    for (int i = 0, size = returns.size(); i < size; i++) {
      if (returns.get(i).rmaId().value().contains(needle)) {
        return true;
      }
    }
    List<Shipment> shipments = o.shipments();
    for (int i = 0, size = shipments.size(); i < size; i++) {
      if (shipments.get(i).trackingId().map(t -> t.value().contains(needle)).orElse(false)) {
        return true;
      }
    }
    Optional<String> email = o.buyer().email();
    return email.isPresent() && email.get().contains(needle);
  }

  private static boolean handSearch(Order o, String needle) {
    if (o.id().value().toLowerCase(Locale.ROOT).contains(needle)) {
      return true;
    }
    if (o.merchantOrderId().isPresent()
        && o.merchantOrderId().get().value().toLowerCase(Locale.ROOT).contains(needle)) {
      return true;
    }
    for (ReturnAuthorization r : o.returns()) {
      if (r.rmaId().value().toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    for (Shipment s : o.shipments()) {
      if (s.trackingId().map(t -> t.value().toLowerCase(Locale.ROOT).contains(needle)).orElse(false)) {
        return true;
      }
    }
    Optional<String> email = o.buyer().email();
    return email.isPresent() && email.get().toLowerCase(Locale.ROOT).contains(needle);
  }

  // ---- The first page of 50 newest. ------------------------------------------------------------

  @Benchmark
  public Page firstPageLibrary() {
    return firstPage.select(orderList);
  }

  /** Filter, sort everything, take 50: what a stream pipeline does. */
  @Benchmark
  public List<Order> firstPageFullSort() {
    Predicate<Order> p = firstPage.toPredicate();
    Comparator<Order> order = OrderSort.NEWEST_FIRST.comparator();
    List<Order> all = new ArrayList<>();
    for (Order o : orders) {
      if (p.test(o)) {
        all.add(o);
      }
    }
    all.sort(order);
    return List.copyOf(all.subList(0, Math.min(50, all.size())));
  }
}
