package io.github.orderly.postgres;

import io.github.orderly.access.Role;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.TenantId;
import io.github.orderly.policy.AutomaticCancellation;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.postgres.internal.OrderRows;
import io.github.orderly.postgres.internal.StoredInstants;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The sweep (R45) over a {@link PostgresOrderStore}: claims the tenant's due orders in batches with
 * {@code SELECT ... FOR UPDATE SKIP LOCKED}, decides each through the workflow and saves it, one
 * transaction per batch, so that several workers (threads of one process, or processes) share one sweep.
 *
 * <p>A worker's batch, in one transaction: claim up to {@link #batchSize()} orders whose next due instant
 * is not after the sweep's instant and that no worker decided at that instant yet (rows another worker
 * holds are skipped, not waited for); run the store's {@link Sweep} over each; carry out each
 * {@link AutomaticCancellation} as the workflow's {@link AutoCancel} (as {@link Role#MARKETPLACE}, at the
 * instant the deadline fell due, under the order's policy, with the store's command log); save the order
 * and its events, or only mark it decided; commit. The batch is saved set-based: one look-up of its
 * cancellations' command ids, one compare-and-set update of its changed rows, one insert of all its events
 * and one update marking its other rows decided, whatever its size. Warnings and escalations are reported,
 * not saved. A worker ends when its claim finds nothing left.
 *
 * <p>Guarantees: the actions reported by all workers of a sweep together are those of
 * {@link Sweep#run} over the tenant's orders at the instant; no cancellation is applied twice (its
 * command id is stable and the store's unique key holds it once) or skipped. A worker that dies mid-batch
 * (its connection lost, its transaction rolled back) leaves nothing of that batch, and its orders are
 * claimed by the next worker or sweep. Orders a worker decided stay out of later claims at the same
 * instant until they are written again.
 *
 * <p>Immutable and thread-safe.
 */
public final class PostgresSweep {
  /**
   * The orders one batch claims unless told otherwise: 1,000, the fastest of 100, 1,000 and 2,000 in the
   * sweep benchmark over 1,000,000 orders (BENCHMARKS.md). A batch holds its rows' locks until it commits.
   */
  public static final int DEFAULT_BATCH_SIZE = 1_000;

  /** The claim of one batch: tenant, the instant twice (microsecond, nanoseconds), the batch size. */
  static final String CLAIM = """
      SELECT body::text FROM orderly_orders
      WHERE tenant = ? AND next_due_at IS NOT NULL
        AND (next_due_at, next_due_at_ns) <= (?::timestamptz, ?::smallint)
        AND (swept_at IS NULL OR (swept_at, swept_at_ns) < (?::timestamptz, ?::smallint))
      ORDER BY next_due_at, next_due_at_ns, order_key
      LIMIT ?
      FOR UPDATE SKIP LOCKED
      """;

  private final PostgresOrderStore store;
  private final int batchSize;
  /** Whether a batch is saved with a few statements for all its orders (else with statements per order). */
  private final boolean setBased;

  private PostgresSweep(PostgresOrderStore store, int batchSize, boolean setBased) {
    this.store = store;
    this.batchSize = batchSize;
    this.setBased = setBased;
  }

  /**
   * Returns the sweep over the store's orders, under the store's {@link PostgresOrderStore#sweep()}.
   *
   * @param store the store
   * @return the sweep, claiming {@value #DEFAULT_BATCH_SIZE} orders per batch
   */
  public static PostgresSweep of(PostgresOrderStore store) {
    return new PostgresSweep(Objects.requireNonNull(store, "store"), DEFAULT_BATCH_SIZE, true);
  }

  /**
   * Returns a copy that claims another number of orders per batch.
   *
   * @param size the orders per batch, 1 to 10,000
   * @return the copy
   * @throws IllegalArgumentException if the size is out of range
   */
  public PostgresSweep withBatchSize(int size) {
    if (size < 1 || size > 10_000) {
      throw new IllegalArgumentException("batchSize = '" + size + "': must be 1 to 10000");
    }
    return new PostgresSweep(store, size, setBased);
  }

  /**
   * Returns a copy that saves each order of a batch with statements of its own, as the sweep did before
   * the set-based save: the reference the set-based save is tested and measured against.
   */
  PostgresSweep perOrder() {
    return new PostgresSweep(store, batchSize, false);
  }

  /** Returns the orders one batch claims. */
  public int batchSize() {
    return batchSize;
  }

  /**
   * Runs the sweep with several workers at once, each a thread of its own with a connection of its own.
   *
   * @param tenant the tenant
   * @param at the instant of the sweep
   * @param workers how many workers, 1 to 64
   * @return every action of the sweep, as {@link Sweep#run} reports them over the tenant's orders
   * @throws IllegalArgumentException if the number of workers is out of range
   * @throws OrderStoreException if the database fails; the batches committed before stay committed
   */
  public SweepResult run(TenantId tenant, Instant at, int workers) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(at, "at");
    if (workers < 1 || workers > 64) {
      throw new IllegalArgumentException("workers = '" + workers + "': must be 1 to 64");
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    try {
      List<Future<List<Order>>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> decided(tenant, at)));
      }
      List<Order> all = new ArrayList<>();
      for (Future<List<Order>> worker : running) {
        all.addAll(worker.get());
      }
      return store.sweep().run(all, at);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the sweep's workers ran", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("a sweep worker failed", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Runs one worker of the sweep in the calling thread: claims and decides batches until none is left.
   * Other workers, in this process or others, may run at the same instant at once.
   *
   * @param tenant the tenant
   * @param at the instant of the sweep
   * @return the actions of the orders this worker decided
   * @throws OrderStoreException if the database fails; the batches committed before stay committed
   */
  public SweepResult work(TenantId tenant, Instant at) {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(at, "at");
    return store.sweep().run(decided(tenant, at), at);
  }

  /** One worker: the orders it decided, as they were before. */
  private List<Order> decided(TenantId tenant, Instant at) {
    List<Order> decided = new ArrayList<>();
    try (Connection connection = store.dataSource().getConnection()) {
      while (true) {
        List<Order> batch = OrderRows.inTransaction(connection, () -> batch(connection, tenant, at));
        if (batch.isEmpty()) {
          OrderRows.inTransaction(connection, () -> OrderRows.compactCounts(connection, tenant));
          return decided;
        }
        decided.addAll(batch);
      }
    } catch (SQLException e) {
      throw new OrderStoreException("cannot sweep the orders of tenant " + tenant + " at " + at, e);
    }
  }

  /**
   * Claims and decides one batch in the connection's transaction, which the caller commits (or, when it
   * dies, never does).
   *
   * @return the claimed orders as they were before
   */
  List<Order> batch(Connection connection, TenantId tenant, Instant at) throws SQLException {
    if (at.isBefore(StoredInstants.MIN)) {
      return List.of();
    }
    Instant bound = StoredInstants.clamp(at);
    List<Order> claimed = new ArrayList<>();
    try (PreparedStatement claim = connection.prepareStatement(CLAIM)) {
      claim.setString(1, tenant.value());
      claim.setString(2, StoredInstants.micros(bound));
      claim.setShort(3, StoredInstants.nanos(bound));
      claim.setString(4, StoredInstants.micros(bound));
      claim.setShort(5, StoredInstants.nanos(bound));
      claim.setInt(6, batchSize);
      try (ResultSet rs = claim.executeQuery()) {
        while (rs.next()) {
          claimed.add(OrderRows.read(rs.getBytes(1)));
        }
      }
    }
    return setBased ? saveAll(connection, tenant, at, claimed) : savePerOrder(connection, tenant, at, claimed);
  }

  /**
   * Decides the claimed orders and saves them with a few statements for the whole batch: one look-up of
   * the cancellations' command ids, one compare-and-set {@code UPDATE ... FROM unnest(...)} of the rows
   * with events, one multi-row insert of the events, one {@code UPDATE} marking the other rows swept.
   */
  private List<Order> saveAll(Connection connection, TenantId tenant, Instant at, List<Order> claimed)
      throws SQLException {
    Sweep sweep = store.sweep();
    List<List<AutomaticCancellation>> due = new ArrayList<>(claimed.size());
    List<CommandId> commands = new ArrayList<>();
    for (Order order : claimed) {
      List<AutomaticCancellation> cancellations = sweep.run(List.of(order), at).cancellations();
      due.add(cancellations);
      cancellations.forEach(c -> commands.add(c.commandId()));
    }
    // The command log as the per-order save sees it: the stored events, then those of earlier orders.
    Set<CommandId> known = OrderRows.knownCommands(connection, tenant, commands);
    List<OrderRows.Save> saves = new ArrayList<>();
    List<OrderId> unchanged = new ArrayList<>();
    for (int i = 0; i < claimed.size(); i++) {
      Order order = claimed.get(i);
      Order current = order;
      List<Event> events = new ArrayList<>();
      for (AutomaticCancellation cancellation : due.get(i)) {
        WorkflowContext context = WorkflowContext.of(cancellation.at(), Role.MARKETPLACE, sweep.policyFor(order))
            .withCommandLog(known::contains);
        Decision decision = OrderWorkflow.decide(current, AutoCancel.from(cancellation), context);
        if (decision.isAccepted()) {
          current = decision.order();
          events.addAll(decision.events());
        }
      }
      if (events.isEmpty()) {
        unchanged.add(order.id());
      } else {
        events.forEach(e -> known.add(e.commandId()));
        saves.add(new OrderRows.Save(current, order.version(), events));
      }
    }
    Set<String> missed = OrderRows.updateAll(connection, tenant, saves, sweep, at);
    if (!missed.isEmpty()) {
      // The rows are locked by this transaction since the claim: no other writer can have saved them.
      throw new IllegalStateException("orders " + new TreeSet<>(missed) + " changed under their locks");
    }
    OrderRows.markAllSwept(connection, tenant, unchanged, at);
    return claimed;
  }

  /** Decides and saves the claimed orders one by one, each with statements of its own. */
  private List<Order> savePerOrder(Connection connection, TenantId tenant, Instant at, List<Order> claimed)
      throws SQLException {
    Sweep sweep = store.sweep();
    for (Order order : claimed) {
      Order current = order;
      List<Event> events = new ArrayList<>();
      for (AutomaticCancellation due : sweep.run(List.of(order), at).cancellations()) {
        WorkflowContext context = WorkflowContext.of(due.at(), Role.MARKETPLACE, sweep.policyFor(order))
            .withCommandLog(id -> knows(connection, tenant, id));
        Decision decision = OrderWorkflow.decide(current, AutoCancel.from(due), context);
        if (decision.isAccepted()) {
          current = decision.order();
          events.addAll(decision.events());
        }
      }
      if (events.isEmpty()) {
        OrderRows.markSwept(connection, tenant, order.id(), at);
      } else {
        OptionalLong stored = OrderRows.update(connection, tenant, current, order.version(), events, sweep, at);
        if (stored.isPresent()) {
          // The row is locked by this transaction since the claim: no other writer can have saved it.
          throw new IllegalStateException("order " + order.id() + " changed under its lock: version "
              + stored.getAsLong() + ", expected " + order.version());
        }
      }
    }
    return claimed;
  }

  private static boolean knows(Connection connection, TenantId tenant, CommandId id) {
    try {
      return OrderRows.knowsCommand(connection, tenant, id);
    } catch (SQLException e) {
      throw new OrderStoreException("cannot look up command " + id + " of tenant " + tenant, e);
    }
  }
}
