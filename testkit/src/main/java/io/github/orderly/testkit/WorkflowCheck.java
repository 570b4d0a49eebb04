package io.github.orderly.testkit;

import io.github.orderly.Rule;
import io.github.orderly.access.Actor;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.Cause;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.InvoiceConfirmed;
import io.github.orderly.workflow.OrderCancelled;
import io.github.orderly.workflow.OrderPlaced;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.PrepareShipment;
import io.github.orderly.workflow.Rejection;
import io.github.orderly.workflow.StatusTables;
import io.github.orderly.workflow.Transition;
import io.github.orderly.workflow.WorkflowContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stateful check of a decider: random command sequences ({@link ScenarioGenerator}) against Orderly's
 * workflow or a host's own {@link Decider}, the workflow's invariants after every step, and the
 * {@link TransitionCoverage} of the run.
 *
 * <pre>{@code
 * TransitionCoverage coverage = WorkflowCheck.of(myHandler::decide)
 *     .withInvariant("no refund above 100 EUR without a manager", (before, step, decision) -> ...)
 *     .run();
 * }</pre>
 *
 * <h2>The invariants, after every step</h2>
 * <ul>
 *   <li>a view-only order accepts no command, and the rejection cites R28;
 *   <li>a command whose id the log knows yields no event and leaves the order as it was, for every role (R43);
 *   <li>a rejection leaves the order as it was, yields no event, and its message cites its rule and names the
 *       order;
 *   <li>an accepted command: not on a cancelled order (R5); no preparation or shipment after the marketplace
 *       reported a cancellation (R50); no cancellation after a confirmed shipment (R3); exactly one event, whose
 *       cause is the command's id, the step's instant and actor; the version one more; the event applied to the
 *       old order ({@link OrderWorkflow#evolve}) gives the new one; every status change is a row of
 *       {@link StatusTables} (R42); nothing ships while the order is pending (R1); the seller's invoice
 *       confirmation only of an Invoice unconfirmed order, which it leaves Shipped (R53); the history replays to the
 *       order (R43); the event and the order read back equal from their JSON;
 *   <li>every line keeps refunded at most charged (R13) and shipped at most ordered; the derived status agrees
 *       with the lines (R41) and "Shipment is late" with the status (R7);
 *   <li>the host's own invariants ({@link #withInvariant}).
 * </ul>
 *
 * <h2>Runs, failures and coverage</h2>
 * A run has the seed and tries of {@link Property} ({@code -Dorderly.seed}, {@code -Dorderly.tries}). A
 * failing scenario is shrunk (fewer steps, a smaller order) and reported as readable lines: the order, then
 * each step with its command, the outcome or the rule that refused it, and the statuses it led to, the broken
 * step marked. A run of the default size ({@value Property#DEFAULT_TRIES} tries or more) over the standard
 * scenarios also fails when a row of {@link StatusTables} was never reached or a command type never accepted;
 * {@link #withCoverageRequired(boolean)} turns that off for deciders that are not meant to reach every row.
 * Immutable and thread-safe; each {@link #run()} is independent.
 */
public final class WorkflowCheck {
  /**
   * An invariant of a host's own, checked after every step.
   *
   * <p>Implementations should be stateless and thread-safe: the check calls them from the thread that runs it.
   */
  @FunctionalInterface
  public interface StepInvariant {
    /**
     * Checks one step; throws an {@link AssertionError} (or any exception) when the invariant is broken.
     *
     * @param before the order before the step
     * @param step the step
     * @param decision what the decider answered
     */
    void check(Order before, Step step, Decision decision);
  }

  private final String name;
  private final Decider decider;
  private final ScenarioGenerator scenarios;
  private final Map<String, StepInvariant> invariants;
  private final Map<Transition<?>, String> excused;
  private final Boolean coverageRequired;
  private final Long seed;
  private final Integer tries;

  private WorkflowCheck(String name, Decider decider, ScenarioGenerator scenarios,
      Map<String, StepInvariant> invariants, Map<Transition<?>, String> excused, Boolean coverageRequired, Long seed,
      Integer tries) {
    this.name = name;
    this.decider = decider;
    this.scenarios = scenarios;
    this.invariants = invariants;
    this.excused = excused;
    this.coverageRequired = coverageRequired;
    this.seed = seed;
    this.tries = tries;
  }

  /** Returns the check of Orderly's own workflow, {@link OrderWorkflow#decide}. */
  public static WorkflowCheck workflow() {
    return of(Decider.workflow());
  }

  /**
   * Returns the check of a decider: Orderly's workflow wrapped in a host's own rules, say.
   *
   * @param decider the decider, pure
   * @return the check, over {@link ScenarioGenerator#standard()}
   */
  public static WorkflowCheck of(Decider decider) {
    return new WorkflowCheck("workflow invariants hold after every step of random command sequences",
        Objects.requireNonNull(decider, "decider"), ScenarioGenerator.standard(), Map.of(), Map.of(), null, null, null);
  }

  /**
   * Returns a copy with another name, printed on failure.
   *
   * @param name what holds, in words
   * @return the check
   */
  public WorkflowCheck named(String name) {
    return new WorkflowCheck(Objects.requireNonNull(name, "name"), decider, scenarios, invariants,
        excused, coverageRequired, seed, tries);
  }

  /**
   * Returns a copy that runs other scenarios: {@link ScenarioGenerator#valid()}, a host's orders or policy.
   *
   * @param scenarios the scenarios
   * @return the check
   */
  public WorkflowCheck withScenarios(ScenarioGenerator scenarios) {
    return new WorkflowCheck(name, decider, Objects.requireNonNull(scenarios, "scenarios"), invariants,
        excused, coverageRequired, seed, tries);
  }

  /**
   * Returns a copy that also checks an invariant of the host's after every step.
   *
   * @param name the invariant in words, printed when it breaks
   * @param invariant the invariant
   * @return the check
   */
  public WorkflowCheck withInvariant(String name, StepInvariant invariant) {
    Map<String, StepInvariant> more = new LinkedHashMap<>(invariants);
    more.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(invariant, "invariant"));
    return new WorkflowCheck(this.name, decider, scenarios, Map.copyOf(more), excused, coverageRequired, seed,
        tries);
  }

  /**
   * Returns a copy that does or does not fail a run of the default size when a row was never reached.
   * By default it does for {@link ScenarioGenerator#standard()} scenarios and does not for the others.
   *
   * @param required whether full coverage is required
   * @return the check
   */
  public WorkflowCheck withCoverageRequired(boolean required) {
    return new WorkflowCheck(name, decider, scenarios, invariants, excused, required, seed, tries);
  }

  /**
   * Returns a copy that does not require one row of {@link StatusTables} to be reached, for a reason the
   * coverage report prints: a row the decider never takes by design, or one no command sequence can reach.
   *
   * @param row a row of {@link StatusTables#item()} or {@link StatusTables#payment()}
   * @param why the reason, in words
   * @return the check
   * @throws IllegalArgumentException if the row is not one of the tables'
   */
  public WorkflowCheck excusing(Transition<?> row, String why) {
    Objects.requireNonNull(why, "why");
    if (!StatusTables.item().rows().contains(row) && !StatusTables.payment().rows().contains(row)) {
      throw new IllegalArgumentException("row = '" + row + "': not a row of StatusTables");
    }
    Map<Transition<?>, String> more = new LinkedHashMap<>(excused);
    more.put(row, why);
    return new WorkflowCheck(name, decider, scenarios, invariants, Map.copyOf(more), coverageRequired, seed, tries);
  }

  /**
   * Returns a copy that runs with a fixed seed rather than {@code orderly.seed} or a fresh one.
   *
   * @param seed the seed
   * @return the check
   */
  public WorkflowCheck withSeed(long seed) {
    return new WorkflowCheck(name, decider, scenarios, invariants, excused, coverageRequired, seed, tries);
  }

  /**
   * Returns a copy that runs a number of scenarios rather than {@code orderly.tries}.
   *
   * @param tries the number of scenarios, positive
   * @return the check
   */
  public WorkflowCheck withTries(int tries) {
    if (tries <= 0) {
      throw new IllegalArgumentException("tries = '" + tries + "': must be positive");
    }
    return new WorkflowCheck(name, decider, scenarios, invariants, excused, coverageRequired, seed, tries);
  }

  /**
   * Runs the check.
   *
   * @return the coverage of the run
   * @throws PropertyFailure if an invariant broke (with the shrunk scenario as readable lines), or if the run
   *     was of the default size, coverage is required and a row was never reached
   */
  public TransitionCoverage run() {
    Property property = Property.named(name);
    if (seed != null) {
      property = property.withSeed(seed);
    }
    if (tries != null) {
      property = property.withTries(tries);
    }
    TransitionCoverage.Recorder recorder = new TransitionCoverage.Recorder(excused);
    boolean[] recording = {true};
    property.check(scenarios, scenario -> check(scenario, recording[0] ? recorder : null),
        (failing, stillFails) -> {
          recording[0] = false;
          return scenarios.shrinker().shrink(failing, stillFails);
        },
        scenario -> Transcript.order(scenario.order()) + " with " + scenario.steps().size() + " command"
            + (scenario.steps().size() == 1 ? "" : "s"));
    TransitionCoverage coverage = recorder.snapshot();
    boolean required = coverageRequired != null ? coverageRequired : scenarios.reachesEveryRow();
    if (required && property.tries() >= Property.DEFAULT_TRIES && !coverage.isComplete()) {
      String message = "Property '" + name + "' held, but its " + property.tries() + " tries (seed "
          + property.seed() + ") left rows of the workflow's tables unreached; replay with -Dorderly.seed="
          + property.seed() + "\n" + coverage;
      throw new PropertyFailure(message, name, property.seed(), property.tries(), property.tries(), null,
          new AssertionError(coverage.toString()));
    }
    return coverage;
  }

  private void check(Scenario scenario, TransitionCoverage.Recorder recorder) {
    Order order = scenario.order();
    List<Event> history = new ArrayList<>();
    history.add(OrderPlaced.of(order));
    Set<CommandId> stored = new HashSet<>();
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      WorkflowContext context = Transcript.context(step, i, scenario.policy(), stored);
      Order before = order;
      try {
        Decision d = decider.decide(before, step.command(), context);
        Objects.requireNonNull(d, "the decider answered null");
        Order after = checkStep(before, step, d, stored.contains(step.command().id()), history);
        if (recorder != null) {
          recorder.outcome(step.command(), d.outcome());
          d.event().ifPresent(e -> recorder.changes(before, after, e));
        }
        if (d.isAccepted()) {
          stored.add(step.command().id());
          order = after;
        }
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("step " + (i + 1) + " broke an invariant: " + message(e) + "\n"
            + Transcript.of(scenario, decider, i), e);
      }
    }
  }

  private static String message(Throwable e) {
    return e instanceof AssertionError ? e.getMessage() : e.toString();
  }

  /** Checks one decision; returns the order after it, appending its event to the history. */
  private Order checkStep(Order order, Step step, Decision d, boolean logged, List<Event> history) {
    String command = step.command().getClass().getSimpleName();
    if (order.viewOnly()) {
      require(d.isRejected() && d.rejection().get().rule() == Rule.R28,
          "a view-only order accepts no command, refused under " + Rule.R28 + "; " + command + " was "
          + Transcript.outcome(d));
    }
    if (logged) {
      require(d.events().isEmpty() && d.order().equals(order),
          "a command the log knows yields no event and changes nothing, for every role " + Rule.R43.cite() + "; "
          + command + " was " + Transcript.outcome(d));
    }
    for (Map.Entry<String, StepInvariant> invariant : invariants.entrySet()) {
      try {
        invariant.getValue().check(order, step, d);
      } catch (AssertionError | RuntimeException e) {
        throw new AssertionError("the host's invariant '" + invariant.getKey() + "' broke: " + message(e), e);
      }
    }
    if (d.isRejected()) {
      Rejection r = d.rejection().get();
      require(d.order().equals(order) && d.events().isEmpty(), "a rejection changes nothing and yields no event");
      require(r.message().contains(r.rule().cite()) && r.message().contains(order.id().value()),
          "a rejection's message cites its rule and names the order: '" + r.message() + "'");
      return order;
    }
    if (d.isRepeat()) {
      require(d.order().equals(order) && d.events().isEmpty(),
          "a repeat changes nothing and yields no event " + Rule.R43.cite());
      return order;
    }
    require(order.status() != OrderStatus.CANCELLED, "a cancelled order accepts nothing " + Rule.R5.cite() + "; "
        + command + " was accepted");
    if (order.upstream().map(UpstreamStatus::blocksShipment).orElse(false)) {
      require(!(step.command() instanceof ConfirmShipment) && !(step.command() instanceof PrepareShipment),
          "nothing is prepared or shipped after the marketplace reported the order cancelled " + Rule.R50.cite()
          + "; " + command + " was accepted");
    }
    require(d.events().size() == 1, "an accepted command yields exactly one event, not " + d.events().size());
    Event e = d.events().get(0);
    require(!(e instanceof OrderCancelled) || order.shipments().isEmpty(),
        "an order is never cancelled after a confirmed shipment " + Rule.R3.cite() + ": " + command
        + " led to OrderCancelled");
    require(!(e instanceof InvoiceConfirmed) || order.status() == OrderStatus.INVOICE_UNCONFIRMED
        && d.order().status() == OrderStatus.SHIPPED && d.order().invoice().flatMap(InvoiceConfirmation::confirmedBy)
            .equals(Optional.of(Party.SELLER)), "the seller confirms the invoice only of an Invoice unconfirmed order,"
        + " which is then Shipped, confirmed by the seller " + Rule.R53.cite() + ": " + command + " on "
        + order.status());
    Cause expected = new Cause(step.command().id(), step.at(), Actor.of(step.role()));
    require(e.cause().equals(expected), "the event carries the command's id, instant and actor: expected "
        + expected + ", was " + e.cause());
    require(d.order().version() == order.version() + 1, "the version rises by exactly one per accepted command:"
        + " from " + order.version() + " to " + d.order().version());
    Order after;
    try {
      after = OrderWorkflow.evolve(order, e);
    } catch (RuntimeException refused) {
      throw new AssertionError("the event does not fit the order it was decided on: " + refused.getMessage(),
          refused);
    }
    checkTableRows(order, after, e);
    require(after.equals(d.order()),
        "the event applied to the old order gives the decision's order " + Rule.R43.cite());
    require(OrderlyJson.read(OrderlyJson.write(e), Event.class).equals(e), "the event reads back equal from its JSON");
    if (order.status().isPending()) {
      for (OrderLine line : after.lines()) {
        require(line.quantityShipped() == order.line(line.id()).map(OrderLine::quantityShipped).orElse(0),
            "nothing ships while the order is pending (" + Rule.R1 + ", " + Rule.R52 + "): line " + line.id());
      }
    }
    history.add(e);
    checkOrder(after);
    require(OrderWorkflow.replay(history).equals(after), "the history replays to the order " + Rule.R43.cite());
    require(OrderlyJson.read(OrderlyJson.write(after), Order.class).equals(after),
        "the order reads back equal from its JSON");
    return after;
  }

  private static void checkTableRows(Order before, Order after, Event event) {
    String type = event.getClass().getSimpleName();
    for (OrderLine line : after.lines()) {
      OrderLine old = before.line(line.id()).orElse(null);
      if (old == null) {
        continue;
      }
      if (old.itemStatus() != line.itemStatus()) {
        require(StatusTables.item().allows(old.itemStatus(), line.itemStatus(), event.getClass()),
            "item status " + old.itemStatus() + " → " + line.itemStatus() + " on " + type + " of line " + line.id()
            + " is not a row of StatusTables " + Rule.R42.cite());
      }
      if (old.paymentStatus() != line.paymentStatus()) {
        require(StatusTables.payment().allows(old.paymentStatus(), line.paymentStatus(), event.getClass()),
            "payment status " + old.paymentStatus() + " → " + line.paymentStatus() + " on " + type + " of line "
            + line.id() + " is not a row of StatusTables " + Rule.R42.cite());
      }
    }
  }

  private static void checkOrder(Order order) {
    boolean anyActive = false;
    boolean anyShipped = false;
    boolean allShipped = true;
    boolean processing = false;
    boolean awaitingRelease = false;
    for (OrderLine line : order.lines()) {
      require(order.refunded(line.id()).compareTo(line.charge()) <= 0, "line " + line.id() + " is refunded "
          + order.refunded(line.id()) + ", more than its charge " + line.charge() + " " + Rule.R13.cite());
      require(line.quantityShipped() >= 0 && line.quantityShipped() <= line.quantityOrdered(), "line " + line.id()
          + " shipped " + line.quantityShipped() + " of " + line.quantityOrdered() + " ordered");
      if (!line.itemStatus().isCancelled()) {
        anyActive = true;
        anyShipped |= line.quantityShipped() > 0;
        allShipped &= line.quantityShipped() == line.quantityOrdered();
        processing |= line.paymentStatus() == PaymentStatus.PAYMENT_PROCESSING;
        awaitingRelease |= line.itemStatus() == ItemStatus.AWAITING_RELEASE;
      }
    }
    OrderStatus expected = !anyActive ? OrderStatus.CANCELLED
        : !anyShipped ? (awaitingRelease ? OrderStatus.PENDING_AVAILABILITY
            : processing ? OrderStatus.PENDING : OrderStatus.UNSHIPPED)
        : !allShipped ? OrderStatus.PARTIALLY_SHIPPED
        : order.invoice().filter(i -> i.required() && i.confirmedAt().isEmpty()).isPresent()
            ? OrderStatus.INVOICE_UNCONFIRMED : OrderStatus.SHIPPED;
    require(order.status() == expected, "the derived status " + order.status() + " agrees with the lines, which"
        + " say " + expected + " " + Rule.R41.cite());
    require(order.shipmentLate() == (expected == OrderStatus.PARTIALLY_SHIPPED),
        "\"Shipment is late\" is set exactly on a partially shipped order " + Rule.R7.cite());
  }

  private static void require(boolean holds, String invariant) {
    if (!holds) {
      throw new AssertionError(invariant);
    }
  }
}
