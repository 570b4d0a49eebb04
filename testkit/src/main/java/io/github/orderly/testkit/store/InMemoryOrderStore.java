package io.github.orderly.testkit.store;

import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.Sweep;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.store.DuplicateCommandException;
import io.github.orderly.store.OrderStore;
import io.github.orderly.store.VersionConflictException;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The reference {@link OrderStore}: orders and their events in memory, one lock per tenant. It answers the
 * orders page with {@link OrderQuery#select(Iterable)}, exports with the query's matches in its sort order,
 * and due orders with {@link Sweep#run}, so it is what {@link OrderStoreContract} compares other stores with,
 * and it passes the contract itself. A host may use it as the store of its own tests.
 *
 * <p>Mutable (it holds the orders) and thread-safe: every call for a tenant holds that tenant's lock for its whole duration, so a save is
 * atomic (the version compared, the command ids checked, the order and its events written, or nothing);
 * calls for different tenants do not wait for each other. Nothing is kept between JVMs.
 */
public final class InMemoryOrderStore implements OrderStore {
  private final Sweep sweep;
  private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

  private InMemoryOrderStore(Sweep sweep) {
    this.sweep = sweep;
  }

  /**
   * Returns an empty store whose {@link #due} answers for the given sweep.
   *
   * @param sweep the policies of the tenants' marketplaces
   * @return the store
   */
  public static InMemoryOrderStore of(Sweep sweep) {
    return new InMemoryOrderStore(Objects.requireNonNull(sweep, "sweep"));
  }

  /** One tenant's orders, events and command ids; guarded by its own monitor. */
  private static final class Tenant {
    final Map<OrderId, Order> orders = new LinkedHashMap<>();
    final Map<OrderId, List<Event>> events = new LinkedHashMap<>();
    final Set<CommandId> commands = new HashSet<>();
  }

  private Tenant tenant(TenantId tenant) {
    return tenants.computeIfAbsent(Objects.requireNonNull(tenant, "tenant"), t -> new Tenant());
  }

  @Override
  public boolean create(TenantId tenant, OrderPlaced placed) {
    Objects.requireNonNull(placed, "placed");
    Tenant t = tenant(tenant);
    synchronized (t) {
      Order order = placed.order();
      if (t.orders.containsKey(order.id())) {
        return false;
      }
      t.orders.put(order.id(), order);
      List<Event> history = new ArrayList<>();
      history.add(placed);
      t.events.put(order.id(), history);
      t.commands.add(placed.commandId());
      return true;
    }
  }

  @Override
  public Optional<Order> load(TenantId tenant, OrderId id) {
    Objects.requireNonNull(id, "id");
    Tenant t = tenant(tenant);
    synchronized (t) {
      return Optional.ofNullable(t.orders.get(id));
    }
  }

  @Override
  public void save(TenantId tenant, Order order, long expectedVersion, List<Event> events) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(events, "events");
    if (events.isEmpty()) {
      throw new IllegalArgumentException("events = '[]': a save carries at least one event");
    }
    if (order.version() != expectedVersion + events.size()) {
      throw new IllegalArgumentException("order.version = '" + order.version() + "': must be the expected version "
          + expectedVersion + " plus the " + events.size() + " event(s)");
    }
    Tenant t = tenant(tenant);
    synchronized (t) {
      Order stored = t.orders.get(order.id());
      if (stored == null || stored.version() != expectedVersion) {
        throw new VersionConflictException(tenant, order.id(), expectedVersion, stored == null ? -1 : stored.version());
      }
      Set<CommandId> incoming = new HashSet<>();
      for (Event event : events) {
        if (t.commands.contains(event.commandId()) || !incoming.add(event.commandId())) {
          throw new DuplicateCommandException(tenant, event.commandId());
        }
      }
      t.orders.put(order.id(), order);
      t.events.get(order.id()).addAll(events);
      t.commands.addAll(incoming);
    }
  }

  @Override
  public List<Event> events(TenantId tenant, OrderId id) {
    Objects.requireNonNull(id, "id");
    Tenant t = tenant(tenant);
    synchronized (t) {
      return List.copyOf(t.events.getOrDefault(id, List.of()));
    }
  }

  @Override
  public boolean knowsCommand(TenantId tenant, CommandId id) {
    Objects.requireNonNull(id, "id");
    Tenant t = tenant(tenant);
    synchronized (t) {
      return t.commands.contains(id);
    }
  }

  @Override
  public Page query(TenantId tenant, OrderQuery query) {
    Objects.requireNonNull(query, "query");
    return query.select(orders(tenant));
  }

  @Override
  public Stream<Order> stream(TenantId tenant, OrderQuery query) {
    Objects.requireNonNull(query, "query");
    return orders(tenant).stream().filter(query::matches).sorted(query.sort().comparator());
  }

  @Override
  public List<Order> due(TenantId tenant, Instant at, int limit) {
    Objects.requireNonNull(at, "at");
    if (limit <= 0) {
      throw new IllegalArgumentException("limit = '" + limit + "': must be positive");
    }
    List<Order> due = DueOrders.at(sweep, orders(tenant), at);
    return List.copyOf(due.subList(0, Math.min(limit, due.size())));
  }

  /** A snapshot of the tenant's orders, in the order they were created. */
  private List<Order> orders(TenantId tenant) {
    Tenant t = tenant(tenant);
    synchronized (t) {
      return List.copyOf(t.orders.values());
    }
  }
}
