package io.github.orderly.testkit.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.orderly.access.Role;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.Sweep;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.OrderSort;
import io.github.orderly.query.Page;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.store.DuplicateCommandException;
import io.github.orderly.store.OrderStore;
import io.github.orderly.store.UnknownOrderException;
import io.github.orderly.store.VersionConflictException;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.QueryGenerator;
import io.github.orderly.testkit.Scenario;
import io.github.orderly.testkit.ScenarioGenerator;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.testkit.Shrink;
import io.github.orderly.testkit.Shrinker;
import io.github.orderly.testkit.Step;
import io.github.orderly.workflow.Cause;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderPlaced;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.RefundIssued;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The contract of {@link OrderStore}, as an abstract JUnit 5 test class: a host extends it in its test sources
 * with a factory for its own store, and every guarantee of the port is checked against it.
 *
 * <pre>{@code
 * class MyOrderStoreTest extends OrderStoreContract {
 *
 * <p>Not thread-safe: JUnit makes an instance per test, and each test uses it from one thread.
 *
 *   @Override
 *   protected OrderStore newStore(Sweep sweep) {
 *     return MyOrderStore.of(testDataSource(), sweep);
 *   }
 * }
 * }</pre>
 *
 * <p>Each test asks {@link #newStore} for a store (it may share one database between calls) and works in
 * tenants of its own ({@link #newTenant}), so the tests need no cleaning up and may run in any order. The
 * checks compare the store with Orderly's in-memory answers: {@link OrderQuery#select(Iterable)} for the orders
 * page, the query's matches in its sort order for exports, {@link Sweep#run} for due orders. The randomized
 * checks run {@link Property#scaledTries} tries (a few dozen at the default {@code -Dorderly.tries}), print their
 * seed on failure ({@link SeedReporter}) and replay with {@code -Dorderly.seed}. {@link InMemoryOrderStore}
 * passes it.
 */
@ExtendWith(SeedReporter.class)
public abstract class OrderStoreContract {
  private static final AtomicLong TENANTS = new AtomicLong();
  private static final String RUN = Long.toHexString(new SplittableRandom().nextLong() & 0xffffffffL);
  private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");
  private static final int WRITERS = 4;
  private static final int COMMANDS_PER_WRITER = 25;

  private Sweep sweep;
  private OrderStore store;

  /** Creates the contract; JUnit makes one instance per test. */
  protected OrderStoreContract() {}

  /**
   * Returns the store under test, set up to answer {@link OrderStore#due} with the given sweep. Called before
   * each test; it may return a store over the same database every time.
   *
   * @param sweep the sweep whose policies the store's due orders follow
   * @return the store
   */
  protected abstract OrderStore newStore(Sweep sweep);

  /**
   * Returns the sweep the store is set up with: by default Seller Central Japan's policy for amazon.co.jp and
   * Seller Central US's for every other marketplace. Override it when the store's policies are fixed.
   *
   * @return the sweep
   */
  protected Sweep sweep() {
    return Sweep.byMarketplace(Map.of(MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan()),
        DeadlinePolicies.sellerCentralUs());
  }

  /**
   * Returns a tenant no other test uses: {@code contract-<run>-<n>}. Override it when the store accepts only
   * some tenant ids.
   *
   * @return the tenant
   */
  protected TenantId newTenant() {
    return TenantId.of("contract-" + RUN + "-" + TENANTS.incrementAndGet());
  }

  /**
   * Returns the tries of a randomized check that runs {@code atDefault} tries in a build of the default size;
   * by default {@link Property#scaledTries}. Override it to run fewer against a slow store.
   *
   * @param atDefault the tries at the default {@code orderly.tries}
   * @return the tries
   */
  protected int tries(int atDefault) {
    return Property.scaledTries(atDefault);
  }

  /** Returns the store of the running test. */
  protected final OrderStore store() {
    return store;
  }

  @BeforeEach
  final void openStore() {
    sweep = sweep();
    store = newStore(sweep);
  }

  // ---------------------------------------------------------------------------------------------- round trip

  @Test
  @DisplayName("R43: an order loads back as created and as saved after every command; its events are its history"
      + " and replay to it; creating it again changes nothing")
  void roundTrip() {
    Property.named("the store gives back every order and event it was given")
        .withTries(tries(20))
        .check(ScenarioGenerator.valid().withMaxSteps(12), scenario -> {
          TenantId tenant = newTenant();
          Order order = scenario.order();
          assertTrue(store.create(tenant, OrderPlaced.of(order)), "create of a new order answers true");
          assertEquals(Optional.of(order), store.load(tenant, order.id()), "the order loads back as created");
          assertFalse(store.create(tenant, OrderPlaced.of(order)), "a second create of the same id answers false");
          assertEquals(List.of(OrderPlaced.of(order)), store.events(tenant, order.id()),
              "a created order's history is its OrderPlaced, once");
          assertTrue(store.knowsCommand(tenant, OrderPlaced.of(order).commandId()), "the store knows the import");
          List<Event> history = new ArrayList<>(List.of(OrderPlaced.of(order)));
          Order expected = order;
          for (Step step : scenario.steps()) {
            Decision d = store.apply(tenant, order.id(), step.command(), context(scenario, step));
            if (d.isAccepted()) {
              history.add(d.events().get(0));
              expected = d.order();
            }
            assertEquals(Optional.of(expected), store.load(tenant, order.id()),
                "after " + step + " the order loads back as decided");
          }
          assertEquals(history, store.events(tenant, order.id()), "the events come back in the order saved");
          assertEquals(expected, OrderWorkflow.replay(store.events(tenant, order.id())),
              "the stored history replays to the stored order");
        }, scenarios(), Scenario::toString);
  }

  // ------------------------------------------------------------------------------------------ compare-and-set

  @Test
  @DisplayName("compare-and-set: a save on a stale version fails with VersionConflictException and writes nothing;"
      + " a save of an order the store does not hold fails the same way")
  void staleSaveFails() {
    Property.named("a save decided on a stale version fails and overwrites nothing")
        .withTries(tries(20))
        .check(ScenarioGenerator.valid().withMaxSteps(6), scenario -> {
          TenantId tenant = newTenant();
          Order order = scenario.order();
          store.create(tenant, OrderPlaced.of(order));
          for (Step step : scenario.steps()) {
            Order loaded = store.load(tenant, order.id()).orElseThrow();
            Decision first = OrderWorkflow.decide(loaded, step.command(), context(scenario, step));
            if (!first.isAccepted()) {
              continue;
            }
            List<Event> before = store.events(tenant, order.id());
            store.save(tenant, first.order(), loaded.version(), first.events());
            // A second writer decided another command on the same version: its save must fail.
            Event staleEvent = renamed(first.events().get(0), CommandId.of("stale-" + step.command().id()));
            VersionConflictException e = assertThrows(VersionConflictException.class,
                () -> store.save(tenant, first.order(), loaded.version(), List.of(staleEvent)),
                "a save on version " + loaded.version() + " after another save on it fails");
            assertEquals(loaded.version(), e.expected(), "the conflict names the version expected");
            assertEquals(Optional.of(first.order()), store.load(tenant, order.id()), "the first save stays");
            List<Event> after = new ArrayList<>(before);
            after.addAll(first.events());
            assertEquals(after, store.events(tenant, order.id()), "the stale save appended no event");
          }
          Order absent = Order.builder().from(order).id(OrderId.of(order.id().value() + "-absent")).build();
          assertThrows(VersionConflictException.class, () -> store.save(tenant,
              Order.builder().from(absent).version(absent.version() + 1).build(), absent.version(),
              List.of(OrderPlaced.of(absent))), "a save of an order the store does not hold fails");
          assertEquals(Optional.empty(), store.load(tenant, absent.id()), "and writes nothing");
        }, scenarios(), Scenario::toString);
  }

  @Test
  @DisplayName("a save whose versions do not add up, or that carries no event, is refused")
  void inconsistentSaveIsRefused() {
    TenantId tenant = newTenant();
    Order order = refundable(new SplittableRandom(1));
    store.create(tenant, OrderPlaced.of(order));
    Decision d = OrderWorkflow.decide(order, refund(order, 1), WorkflowContext.of(later(order), Role.STAFF));
    assertThrows(IllegalArgumentException.class, () -> store.save(tenant, d.order(), order.version(), List.of()),
        "a save without events");
    assertThrows(IllegalArgumentException.class,
        () -> store.save(tenant, d.order(), order.version() + 1, d.events()), "a save whose versions do not add up");
    assertEquals(Optional.of(order), store.load(tenant, order.id()), "nothing was written");
  }

  // ------------------------------------------------------------------------------------------------ redelivery

  @Test
  @DisplayName("R43: the same command applied twice stores its event once, the second answered as a repeat; a"
      + " save carrying a stored command id fails with DuplicateCommandException and writes nothing")
  void redeliveryStoresEventsOnce() {
    TenantId tenant = newTenant();
    Order order = refundable(new SplittableRandom(2));
    store.create(tenant, OrderPlaced.of(order));
    IssueRefund command = refund(order, 1);
    WorkflowContext context = WorkflowContext.of(later(order), Role.STAFF);
    Decision first = store.apply(tenant, order.id(), command, context);
    assertTrue(first.isAccepted(), "the first delivery is accepted: " + first.rejection());
    Decision second = store.apply(tenant, order.id(), command, context);
    assertEquals(Decision.Outcome.REPEATED, second.outcome(), "the second delivery is a repeat");
    assertEquals(1, count(store.events(tenant, order.id()), command.id()), "the command's event is stored once");
    assertTrue(store.knowsCommand(tenant, command.id()), "the store knows the command");

    Order stored = store.load(tenant, order.id()).orElseThrow();
    Decision again = OrderWorkflow.decide(stored, refund(stored, 2), context);
    RefundIssued issued = (RefundIssued) again.events().get(0);
    Event copy = new RefundIssued(new Cause(command.id(), context.instant(), context.actor()), issued.refund(),
        issued.statuses());
    assertThrows(DuplicateCommandException.class, () -> store.save(tenant, again.order(), stored.version(),
        List.of(copy)), "an event under a stored command id");
    assertEquals(Optional.of(stored), store.load(tenant, order.id()), "nothing was written");
    assertEquals(1, count(store.events(tenant, order.id()), command.id()), "the event is still stored once");
  }

  @Test
  @DisplayName("R43: two copies of a command applied at once store its event once: one is accepted, the other a"
      + " repeat")
  void twoCopiesAtOnceStoreTheEventOnce() throws Exception {
    TenantId tenant = newTenant();
    Order order = refundable(new SplittableRandom(3));
    store.create(tenant, OrderPlaced.of(order));
    WorkflowContext context = WorkflowContext.of(later(order), Role.STAFF);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 1; round <= tries(20); round++) {
        IssueRefund command = refund(order, round);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Decision>> copies = new ArrayList<>();
        for (int copy = 0; copy < 2; copy++) {
          copies.add(pool.submit(() -> {
            start.await();
            return applyRetrying(tenant, order.id(), command, context);
          }));
        }
        start.countDown();
        List<Decision.Outcome> outcomes = new ArrayList<>();
        for (Future<Decision> f : copies) {
          outcomes.add(f.get(60, TimeUnit.SECONDS).outcome());
        }
        outcomes.sort(null);
        assertEquals(List.of(Decision.Outcome.ACCEPTED, Decision.Outcome.REPEATED), outcomes,
            "round " + round + ": one copy is accepted and the other is a repeat");
        assertEquals(1, count(store.events(tenant, order.id()), command.id()),
            "round " + round + ": the command's event is stored once");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // -------------------------------------------------------------------------------------- concurrent writers

  @Test
  @DisplayName("concurrent writers through OrderStore.apply lose nothing: every command is stored once and the"
      + " stored order is its history replayed")
  void concurrentWritersLoseNothing() throws Exception {
    TenantId tenant = newTenant();
    Order order = refundable(new SplittableRandom(4));
    store.create(tenant, OrderPlaced.of(order));
    WorkflowContext context = WorkflowContext.of(later(order), Role.STAFF);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    Set<CommandId> sent = new HashSet<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<Decision>>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        List<IssueRefund> commands = new ArrayList<>();
        for (int c = 0; c < COMMANDS_PER_WRITER; c++) {
          IssueRefund command = refund(order, 1000 + w * COMMANDS_PER_WRITER + c);
          commands.add(command);
          sent.add(command.id());
        }
        writers.add(pool.submit(() -> {
          start.await();
          List<Decision> decisions = new ArrayList<>();
          for (IssueRefund command : commands) {
            decisions.add(applyRetrying(tenant, order.id(), command, context));
          }
          return decisions;
        }));
      }
      start.countDown();
      for (Future<List<Decision>> writer : writers) {
        for (Decision d : writer.get(120, TimeUnit.SECONDS)) {
          assertTrue(d.isAccepted(), "every writer's refund is accepted: " + d.outcome() + " " + d.rejection());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    List<Event> events = store.events(tenant, order.id());
    assertEquals(1 + WRITERS * COMMANDS_PER_WRITER, events.size(), "one event per command, none lost");
    assertEquals(sent, events.stream().skip(1).map(Event::commandId).collect(Collectors.toSet()),
        "the events are those of the commands sent");
    for (CommandId id : sent) {
      assertTrue(store.knowsCommand(tenant, id), "the store knows " + id);
    }
    Order stored = store.load(tenant, order.id()).orElseThrow();
    assertEquals(OrderWorkflow.replay(events), stored, "the stored order is its history replayed");
    assertEquals(order.version() + WRITERS * COMMANDS_PER_WRITER, stored.version(), "one version per command");
    assertEquals(order.refunds().size() + WRITERS * COMMANDS_PER_WRITER, stored.refunds().size(),
        "every refund is on the order");
  }

  // ------------------------------------------------------------------------------------------- orders page

  @Test
  @DisplayName("R26 R47: query returns the very page OrderQuery.select returns over the tenant's orders, on every"
      + " page of every sort")
  void queryEqualsSelect() {
    Property.named("query equals OrderQuery.select, every page and every sort")
        .withTries(tries(12))
        .check(datasets(), orders -> {
          TenantId tenant = newTenant();
          orders.forEach(o -> store.create(tenant, OrderPlaced.of(o)));
          RandomGenerator random = new SplittableRandom(orders.size() * 31L + orders.hashCode());
          for (OrderSort sort : OrderSort.values()) {
            OrderQuery query = QueryGenerator.over(orders).withSorts(sort).withPageSizes(1, 2, 3, 7, 50).next(random);
            int pages = 0;
            while (true) {
              Page expected = query.select(orders);
              Page actual = store.query(tenant, query);
              assertEquals(expected, actual, "page " + (pages + 1) + " of " + query);
              if (actual.nextCursor().isEmpty() || ++pages > orders.size()) {
                break;
              }
              query = query.withCursor(actual.nextCursor().get());
            }
          }
        }, Shrink.list(), ids());
  }

  @Test
  @DisplayName("stream returns every order the query matches, in its sort order, whatever its page size and cursor")
  void streamEqualsMatches() {
    Property.named("stream equals the query's matches in its sort order")
        .withTries(tries(12))
        .check(datasets(), orders -> {
          TenantId tenant = newTenant();
          orders.forEach(o -> store.create(tenant, OrderPlaced.of(o)));
          RandomGenerator random = new SplittableRandom(orders.size() * 17L + orders.hashCode());
          for (int i = 0; i < 5; i++) {
            OrderQuery query = QueryGenerator.over(orders).withPageSizes(1, 3).next(random);
            List<Order> expected = orders.stream().filter(query::matches).sorted(query.sort().comparator()).toList();
            try (Stream<Order> actual = store.stream(tenant, query)) {
              assertEquals(ids(expected), ids(actual.toList()), "stream of " + query);
            }
          }
        }, Shrink.list(), ids());
  }

  // ------------------------------------------------------------------------------------------------ due

  @Test
  @DisplayName("R45: due returns exactly the orders on which Sweep.run has an action at the instant, earliest next"
      + " due instant first, and with a limit the earliest of them")
  void dueEqualsSweep() {
    Property.named("due equals the orders with an action in Sweep.run, earliest first")
        .withTries(tries(12))
        .check(datasets(), orders -> {
          TenantId tenant = newTenant();
          orders.forEach(o -> store.create(tenant, OrderPlaced.of(o)));
          RandomGenerator random = new SplittableRandom(orders.size() * 13L + orders.hashCode());
          for (int i = 0; i < 4; i++) {
            Instant at = T0.plusSeconds(random.nextLong(Duration.ofDays(45).getSeconds()));
            List<Order> expected = DueOrders.at(sweep, orders, at);
            List<Order> all = store.due(tenant, at, 10_000);
            assertEquals(idSet(expected), idSet(all), "the orders due at " + at);
            Map<OrderId, Instant> next = new HashMap<>();
            expected.forEach(o -> next.put(o.id(), DueOrders.nextDueAt(sweep, o, at).truncatedTo(ChronoUnit.MICROS)));
            for (int k = 1; k < all.size(); k++) {
              assertFalse(next.get(all.get(k - 1).id()).isAfter(next.get(all.get(k).id())),
                  "due orders come earliest next due instant first at " + at + ": " + ids(all));
            }
            if (expected.size() > 1) {
              int limit = 1 + random.nextInt(expected.size() - 1);
              List<Order> some = store.due(tenant, at, limit);
              assertEquals(limit, some.size(), "due with limit " + limit + " of " + expected.size());
              Instant latestReturned = some.stream().map(o -> next.get(o.id())).max(Instant::compareTo).orElseThrow();
              for (Order o : expected) {
                if (!idSet(some).contains(o.id())) {
                  assertFalse(next.get(o.id()).isBefore(latestReturned),
                      "with limit " + limit + " the earliest due orders come: " + o.id() + " was left out");
                }
              }
            }
          }
        }, Shrink.list(), ids());
  }

  // --------------------------------------------------------------------------------------------- tenants

  @Test
  @DisplayName("tenants are isolated: one tenant's orders, events and commands are never seen or changed through"
      + " another, even under the same order id")
  void tenantsAreIsolated() {
    TenantId a = newTenant();
    TenantId b = newTenant();
    RandomGenerator random = new SplittableRandom(5);
    Order shared = refundable(random);
    Order onlyA = Order.builder().from(refundable(random)).id(OrderId.of(shared.id().value() + "-a")).build();
    store.create(a, OrderPlaced.of(shared));
    store.create(a, OrderPlaced.of(onlyA));
    Order sharedInB = Order.builder().from(shared).merchantOrderId(Optional.empty()).build();
    assertTrue(store.create(b, OrderPlaced.of(sharedInB)), "another tenant may hold the same order id");
    IssueRefund command = refund(shared, 1);
    WorkflowContext context = WorkflowContext.of(later(shared), Role.STAFF);
    assertTrue(store.apply(a, shared.id(), command, context).isAccepted(), "a command for tenant a");

    assertEquals(Optional.of(sharedInB), store.load(b, shared.id()), "tenant b's order is untouched");
    assertEquals(List.of(OrderPlaced.of(sharedInB)), store.events(b, shared.id()), "tenant b's history is its own");
    assertFalse(store.knowsCommand(b, command.id()), "tenant b does not know tenant a's command");
    assertEquals(Optional.empty(), store.load(b, onlyA.id()), "tenant b cannot load tenant a's order");
    assertEquals(List.of(), store.events(b, onlyA.id()), "nor read its events");
    OrderQuery everything = OrderQuery.builder().includePending(true).build();
    assertEquals(Set.of(shared.id()), idSet(store.query(b, everything).rows()), "tenant b's page shows its order");
    try (Stream<Order> stream = store.stream(b, everything)) {
      assertEquals(Set.of(shared.id()), idSet(stream.toList()), "tenant b's export holds its order only");
    }
    Instant late = T0.plus(Duration.ofDays(3650));
    assertFalse(idSet(store.due(b, late, 10_000)).contains(onlyA.id()), "tenant b's sweep sees its orders only");
    assertThrows(UnknownOrderException.class, () -> store.apply(b, onlyA.id(), refund(onlyA, 2), context),
        "a command to tenant b for tenant a's order");
    assertEquals(2, store.query(a, everything).totalCount(), "tenant a still holds its two orders");
  }

  // ------------------------------------------------------------------------------------------------ helpers

  /** The context of a scenario's step, under its policy. */
  private static WorkflowContext context(Scenario scenario, Step step) {
    return WorkflowContext.of(step.at(), step.role(), scenario.policy());
  }

  /** The same event under another command id: what a second writer, deciding another command, would save. */
  private static Event renamed(Event event, CommandId id) {
    String json = OrderlyJson.write(event);
    String from = "\"commandId\":\"" + event.commandId() + "\"";
    if (!json.contains(from)) {
      throw new IllegalStateException("cannot find " + from + " in " + json);
    }
    return OrderlyJson.read(json.replace(from, "\"commandId\":\"" + id + "\""), Event.class);
  }

  /** Applies a command, deciding again on the conflicts {@link OrderStore#apply} gives up on (a host would). */
  private Decision applyRetrying(TenantId tenant, OrderId id, IssueRefund command, WorkflowContext context) {
    VersionConflictException last = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      try {
        return store.apply(tenant, id, command, context);
      } catch (VersionConflictException e) {
        last = e;
        Thread.onSpinWait();
      }
    }
    throw new AssertionError("100 applications of " + command.id() + " met a version conflict", last);
  }

  private static Shrinker<Scenario> scenarios() {
    return ScenarioGenerator.valid().shrinker();
  }

  /** Sets of orders to store: varied, with twins that differ only in their ids (for the sorts' tie-breaks). */
  private static Generator<List<Order>> datasets() {
    OrderGenerator generator = OrderGenerator.standard().purchasedWithin(T0, Duration.ofDays(20)).withLines(1, 3);
    return random -> {
      List<Order> orders = new ArrayList<>();
      Set<OrderId> ids = new HashSet<>();
      int count = 5 + random.nextInt(30);
      while (orders.size() < count) {
        Order o = !orders.isEmpty() && random.nextInt(6) == 0
            ? twin(orders.get(random.nextInt(orders.size())), orders.size()) : generator.next(random);
        if (ids.add(o.id())) {
          orders.add(o);
        }
      }
      return List.copyOf(orders);
    };
  }

  private static Order twin(Order order, int n) {
    return Order.builder().from(order).id(OrderId.of(order.id().value() + "-" + n)).build();
  }

  /** A shipped, seller-fulfilled order with a paid line that can take many small refunds. */
  private static Order refundable(RandomGenerator random) {
    OrderGenerator shipped = OrderGenerator.standard().withStatuses(OrderStatus.SHIPPED)
        .withChannels(FulfilmentChannel.SELLER).purchasedWithin(T0, Duration.ofDays(20));
    for (int i = 0; i < 10_000; i++) {
      Order o = shipped.next(random);
      if (o.refunds().isEmpty() && o.cancellationRequests().isEmpty() && o.upstream().isEmpty()
          && paidLine(o).isPresent()) {
        return Order.builder().from(o).version(0).build();
      }
    }
    throw new IllegalStateException("no shipped order with a line that can take 500 refunds of one minor unit");
  }

  private static Optional<OrderLine> paidLine(Order order) {
    return order.lines().stream().filter(l -> l.paymentStatus() == PaymentStatus.PAID
        && l.charge().isGreaterThan(Money.ofMinor(500, order.currency()))).findFirst();
  }

  /** A refund of one minor unit of the order's refundable line, numbered {@code n}. */
  private static IssueRefund refund(Order order, int n) {
    OrderLine line = paidLine(order).orElseGet(() -> order.lines().get(0));
    return IssueRefund.ofAmounts(CommandId.of("contract-refund-" + n), RefundId.of("CR-" + n),
        RefundReason.GENERAL_ADJUSTMENT, List.of(RefundLine.of(line.id(), Money.ofMinor(1, order.currency()))));
  }

  private static Instant later(Order order) {
    return order.purchasedAt().plus(Duration.ofDays(30));
  }

  private static long count(List<Event> events, CommandId id) {
    return events.stream().filter(e -> e.commandId().equals(id)).count();
  }

  private static List<String> ids(List<Order> orders) {
    return orders.stream().map(o -> o.id().value()).toList();
  }

  private static Function<List<Order>, String> ids() {
    return orders -> orders.size() + " orders " + ids(orders);
  }

  private static Set<OrderId> idSet(List<Order> orders) {
    return orders.stream().map(Order::id).collect(Collectors.toSet());
  }
}
