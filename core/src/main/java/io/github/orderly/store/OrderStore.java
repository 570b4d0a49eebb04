package io.github.orderly.store;

import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.Page;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderPlaced;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where a host keeps its orders and their events: the port that {@code orderly-postgres} implements on
 * PostgreSQL and that a host may implement on its own store instead. Core does no I/O; this interface says
 * what a store must guarantee, and the testkit's {@code OrderStoreContract} checks it.
 *
 * <h2>Guarantees</h2>
 * <ul>
 *   <li><b>Tenants</b>: every order, event and query is scoped by a {@link TenantId}; nothing of one tenant is
 *       ever seen or touched through another.
 *   <li><b>Round trip</b>: an order loads back equal to the order saved.
 *   <li><b>Compare-and-set</b>: {@link #save} writes only when the stored version is the one the order was
 *       decided on; otherwise it throws {@link VersionConflictException} and writes nothing.
 *   <li><b>Events once</b>: the events of a save are appended in one transaction with the order; a command id
 *       is stored at most once per tenant, even when two copies arrive at once ({@link
 *       DuplicateCommandException}); {@link #knowsCommand} answers the workflow's {@code CommandLog} (R43).
 *   <li><b>The orders page</b>: {@link #query} returns the same {@link Page}, with the same cursor, as
 *       {@link OrderQuery#select(Iterable)} over the tenant's orders (R26, R47).
 *   <li><b>The sweep</b>: {@link #due} returns the orders on which the store's {@code Sweep} has an action at the
 *       instant, earliest first (R45).
 * </ul>
 * Implementations are mutable (they hold the orders) and thread-safe: several threads and processes may
 * use one store at once.
 */
public interface OrderStore {
  /** How many times {@link #apply} decides again after a version conflict before it gives up. */
  int APPLY_ATTEMPTS = 5;

  /**
   * Stores a new order with its {@link OrderPlaced} event. A redelivered import is harmless: if the tenant
   * already holds an order with this id, nothing changes.
   *
   * @param tenant the tenant
   * @param placed the order's first event
   * @return true if the order was stored now, false if the tenant already held one with its id
   */
  boolean create(TenantId tenant, OrderPlaced placed);

  /**
   * Loads an order.
   *
   * @param tenant the tenant
   * @param id the order's id
   * @return the order as last saved, or empty if the tenant holds none with this id
   */
  Optional<Order> load(TenantId tenant, OrderId id);

  /**
   * Saves an order after an accepted decision, in one transaction: the order, the columns derived from it,
   * and its events, appended.
   *
   * @param tenant the tenant
   * @param order the order after the events: its version is {@code expectedVersion + events.size()}
   * @param expectedVersion the version the order was decided on
   * @param events the decision's events, at least one
   * @throws VersionConflictException if the stored version is not {@code expectedVersion}
   * @throws DuplicateCommandException if an event's command id is already stored for the tenant
   * @throws IllegalArgumentException if the versions do not add up or there is no event
   */
  void save(TenantId tenant, Order order, long expectedVersion, List<Event> events);

  /**
   * Returns an order's events, its {@link OrderPlaced} first, in the order they were saved: the order's
   * audit trail, and a history {@link OrderWorkflow#replay} folds into the order.
   *
   * @param tenant the tenant
   * @param id the order's id
   * @return the events; empty if the tenant holds no such order
   */
  List<Event> events(TenantId tenant, OrderId id);

  /**
   * Returns whether an event of this command id is stored for the tenant: the workflow's command log (R43).
   *
   * @param tenant the tenant
   * @param id the command id
   * @return true if the command was applied
   */
  boolean knowsCommand(TenantId tenant, CommandId id);

  /**
   * Evaluates the orders page over the tenant's orders: the same page, total and cursor as
   * {@link OrderQuery#select(Iterable)}.
   *
   * @param tenant the tenant
   * @param query the query, its cursor included
   * @return the page
   */
  Page query(TenantId tenant, OrderQuery query);

  /**
   * Returns every order the query matches, in the query's sort order, ignoring its page size and cursor:
   * what an export writes. The stream holds resources; close it.
   *
   * @param tenant the tenant
   * @param query the filters and the sort
   * @return the orders, read as the stream is consumed
   */
  Stream<Order> stream(TenantId tenant, OrderQuery query);

  /**
   * Returns the orders on which the store's sweep has an action (a warning, an automatic cancellation, an
   * escalation) at the instant: those whose next due instant is not after it, earliest first.
   *
   * @param tenant the tenant
   * @param at the instant of the sweep
   * @param limit the most orders to return, positive
   * @return the due orders
   */
  List<Order> due(TenantId tenant, Instant at, int limit);

  /**
   * Loads an order, decides a command, and saves the result: the whole of one command against a store. A
   * version conflict (a second writer saved first) is answered by loading and deciding again, at most
   * {@link #APPLY_ATTEMPTS} times; a redelivered command is a repeat, whether the store knew its id before
   * or a concurrent copy was saved first. Nothing is lost and nothing is applied twice.
   *
   * @param tenant the tenant
   * @param orderId the order
   * @param command the command
   * @param context the instant, the actor and the policy; its command log is replaced by the store's
   * @return the decision of the attempt that was saved, repeated or rejected
   * @throws UnknownOrderException if the tenant holds no such order
   * @throws VersionConflictException if every attempt met a conflict
   */
  default Decision apply(TenantId tenant, OrderId orderId, Command command, WorkflowContext context) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(orderId, "orderId");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(context, "context");
    WorkflowContext logged = context.withCommandLog(id -> knowsCommand(tenant, id));
    VersionConflictException last = null;
    for (int attempt = 0; attempt < APPLY_ATTEMPTS; attempt++) {
      Order order = load(tenant, orderId).orElseThrow(() -> new UnknownOrderException(tenant, orderId));
      Decision decision = OrderWorkflow.decide(order, command, logged);
      if (!decision.isAccepted()) {
        return decision;
      }
      try {
        save(tenant, decision.order(), order.version(), decision.events());
        return decision;
      } catch (VersionConflictException e) {
        last = e;
      } catch (DuplicateCommandException e) {
        return OrderWorkflow.decide(load(tenant, orderId).orElse(order), command, logged);
      }
    }
    throw last;
  }
}
