package io.github.orderly.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.Sweep;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.store.OrderStore;
import io.github.orderly.store.VersionConflictException;
import io.github.orderly.testkit.PropertyFailure;
import io.github.orderly.testkit.Scenario;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The store contract catches planted defects: a store that ignores the version it is given and one that drops
 * the events of a save that met a conflict both fail it, with a shrunk counterexample of at most 5 commands.
 */
@ExtendWith(SeedReporter.class)
class PlantedDefectsTest {

  @Test
  @DisplayName("a store that ignores the expected version fails compare-and-set, shrunk to at most 5 commands")
  void aStoreThatIgnoresTheVersionFailsTheContract() {
    OrderStoreContract contract = contractOn(IgnoresVersion::new);
    PropertyFailure failure = assertThrows(PropertyFailure.class, contract::staleSaveFails);
    assertThat(failure.getMessage()).contains("replay with -Dorderly.seed=" + failure.seed())
        .contains("Expected io.github.orderly.store.VersionConflictException to be thrown, but nothing was thrown")
        .contains("  1. ").contains("→ ACCEPTED");
    assertThat(failure.counterexample()).get().isInstanceOfSatisfying(Scenario.class,
        s -> assertThat(s.steps()).hasSizeBetween(1, 5));
  }

  @Test
  @DisplayName("a store that drops the events of a conflicting save fails compare-and-set and loses concurrent"
      + " writers' commands")
  void aStoreThatDropsAnEventOnConflictFailsTheContract() {
    OrderStoreContract contract = contractOn(DropsEventOnConflict::new);
    PropertyFailure failure = assertThrows(PropertyFailure.class, contract::staleSaveFails);
    // Shrunk to no command at all: a save of an order the store does not hold already "succeeds".
    assertThat(failure.getMessage()).contains("VersionConflictException");
    assertThat(failure.counterexample()).get().isInstanceOfSatisfying(Scenario.class,
        s -> assertThat(s.steps()).hasSizeLessThanOrEqualTo(5));
    OrderStoreContract again = contractOn(DropsEventOnConflict::new);
    AssertionError lost = assertThrows(AssertionError.class, again::concurrentWritersLoseNothing);
    assertThat(lost.getMessage()).contains("one event per command, none lost");
  }

  private static OrderStoreContract contractOn(java.util.function.Function<OrderStore, OrderStore> defect) {
    OrderStoreContract contract = new OrderStoreContract() {
      @Override
      protected OrderStore newStore(Sweep sweep) {
        return defect.apply(InMemoryOrderStore.of(sweep));
      }
    };
    contract.openStore();
    return contract;
  }

  /** Delegates everything to a correct store. */
  private abstract static class Wrapper implements OrderStore {
    final OrderStore store;

    Wrapper(OrderStore store) {
      this.store = store;
    }

    @Override
    public boolean create(TenantId tenant, OrderPlaced placed) {
      return store.create(tenant, placed);
    }

    @Override
    public Optional<Order> load(TenantId tenant, OrderId id) {
      return store.load(tenant, id);
    }

    @Override
    public List<Event> events(TenantId tenant, OrderId id) {
      return store.events(tenant, id);
    }

    @Override
    public boolean knowsCommand(TenantId tenant, CommandId id) {
      return store.knowsCommand(tenant, id);
    }

    @Override
    public Page query(TenantId tenant, OrderQuery query) {
      return store.query(tenant, query);
    }

    @Override
    public Stream<Order> stream(TenantId tenant, OrderQuery query) {
      return store.stream(tenant, query);
    }

    @Override
    public List<Order> due(TenantId tenant, Instant at, int limit) {
      return store.due(tenant, at, limit);
    }
  }

  /** The defect: the last writer wins; a stale order overwrites a newer one. */
  private static final class IgnoresVersion extends Wrapper {
    IgnoresVersion(OrderStore store) {
      super(store);
    }

    @Override
    public synchronized void save(TenantId tenant, Order order, long expectedVersion, List<Event> events) {
      long stored = store.load(tenant, order.id()).map(Order::version).orElse(expectedVersion);
      store.save(tenant, Order.builder().from(order).version(stored + events.size()).build(), stored, events);
    }
  }

  /**
   * The defect: a save that meets a conflict returns as if it had saved; its events are lost. Its loads are
   * slow (a millisecond), as a database's are, so that concurrent writers do meet conflicts.
   */
  /**
   * Drops the events of a save that met a conflict. So that a conflict happens on every run, whatever the
   * threads' timing on a busy machine, every third load returns the order as the previous load saw it: the
   * stale copy a slower writer would hold.
   */
  private static final class DropsEventOnConflict extends Wrapper {
    private final AtomicInteger loads = new AtomicInteger();
    private final ConcurrentHashMap<OrderId, Order> previous = new ConcurrentHashMap<>();

    DropsEventOnConflict(OrderStore store) {
      super(store);
    }

    @Override
    public Optional<Order> load(TenantId tenant, OrderId id) {
      Optional<Order> current = super.load(tenant, id);
      Order stale = previous.get(id);
      current.ifPresent(o -> previous.put(id, o));
      if (stale != null && current.isPresent() && loads.incrementAndGet() % 3 == 0) {
        return Optional.of(stale);
      }
      return current;
    }

    @Override
    public void save(TenantId tenant, Order order, long expectedVersion, List<Event> events) {
      try {
        store.save(tenant, order, expectedVersion, events);
      } catch (VersionConflictException e) {
        // dropped
      }
    }
  }

}
