package io.github.orderly.testkit;

import io.github.orderly.access.Role;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.Order;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.workflow.ConfirmPayment;
import io.github.orderly.workflow.Decision;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Makes {@link Scenario}s: a random order and a sequence of commands sent to it, each drawn for the order as
 * the commands before it left it. Four kinds:
 * <ul>
 *   <li>{@link #standard()}: mostly commands that fit the order, some that do not (a line it lacks, a unit
 *       too many, a role without the permission, a redelivered command), in every status, one order in 25
 *       view-only (R28): what {@link WorkflowCheck} runs by default;
 *   <li>{@link #valid()}: every command is accepted, in order;
 *   <li>{@link #invalid()}: accepted commands with at least one the workflow must reject among them;
 *   <li>{@link #marketplaceUpdates()}: the marketplace's status reports (R50), newer, older and repeated,
 *       mixed with the seller's attempts to prepare and ship.
 * </ul>
 * Each is shaped by the orders it starts from ({@link #withOrders}), its policy ({@link #withPolicy}) and
 * its length ({@link #withMaxSteps}); {@link #shrinker()} shrinks a failing scenario to a short one of the
 * same kind. Steps per scenario default to the system property {@code orderly.steps}, else 50. Immutable and
 * thread-safe.
 */
public final class ScenarioGenerator implements Generator<Scenario> {
  private enum Kind { STANDARD, VALID, INVALID, UPSTREAM }

  /** Mostly orders with a life ahead of them; cancelled ones accept nothing (R5). */
  private static final OrderStatus[] LIFE = {OrderStatus.PENDING, OrderStatus.PENDING, OrderStatus.UNSHIPPED,
    OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED,
    OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.SHIPPED, OrderStatus.CANCELLED, OrderStatus.PENDING_AVAILABILITY,
    OrderStatus.INVOICE_UNCONFIRMED};
  private static final OrderStatus[] OPEN = {OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED,
    OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.PENDING_AVAILABILITY,
    OrderStatus.INVOICE_UNCONFIRMED};
  private static final int CANDIDATES = 40;

  private final Kind kind;
  private final Generator<Order> orders;
  private final DeadlinePolicy policy;
  private final int maxSteps;

  private ScenarioGenerator(Kind kind, Generator<Order> orders, DeadlinePolicy policy, int maxSteps) {
    this.kind = kind;
    this.orders = orders;
    this.policy = policy;
    this.maxSteps = maxSteps;
  }

  /** Returns the standard scenarios: commands that mostly fit, some that do not, on orders of every status. */
  public static ScenarioGenerator standard() {
    return of(Kind.STANDARD, LIFE);
  }

  /** Returns scenarios whose every command is accepted, on orders that are not cancelled. */
  public static ScenarioGenerator valid() {
    return of(Kind.VALID, OPEN);
  }

  /**
   * Returns scenarios of accepted commands with at least one command among them that the workflow must
   * reject (one that does not fit the order as it then stands).
   */
  public static ScenarioGenerator invalid() {
    return of(Kind.INVALID, OPEN);
  }

  /**
   * Returns scenarios of marketplace status reports (R50): mostly newer, some older or repeated, cancellations
   * among them, mixed with the seller's attempts to prepare and confirm shipments and the payment's
   * confirmation.
   */
  public static ScenarioGenerator marketplaceUpdates() {
    return of(Kind.UPSTREAM, OPEN);
  }

  private static ScenarioGenerator of(Kind kind, OrderStatus[] weights) {
    OrderGenerator generator = OrderGenerator.standard().withLines(1, 4);
    return new ScenarioGenerator(kind, random -> generator.next(random, weights[random.nextInt(weights.length)]),
        DeadlinePolicies.defaults(), configuredSteps());
  }

  /**
   * Returns a copy that starts from the orders of another generator (a host's markets, say). For
   * {@link #valid()} and {@link #invalid()} scenarios, pass orders that can still accept commands.
   *
   * @param orders the orders
   * @return the generator
   */
  public ScenarioGenerator withOrders(Generator<Order> orders) {
    return new ScenarioGenerator(kind, Objects.requireNonNull(orders, "orders"), policy, maxSteps);
  }

  /**
   * Returns a copy whose commands are decided under a marketplace's policy: its zone, buyer edit window (R11)
   * and return window (R20).
   *
   * @param policy the policy
   * @return the generator
   */
  public ScenarioGenerator withPolicy(DeadlinePolicy policy) {
    return new ScenarioGenerator(kind, orders, Objects.requireNonNull(policy, "policy"), maxSteps);
  }

  /**
   * Returns a copy whose scenarios have one to {@code maxSteps} steps.
   *
   * @param maxSteps the most steps, positive
   * @return the generator
   */
  public ScenarioGenerator withMaxSteps(int maxSteps) {
    if (maxSteps <= 0) {
      throw new IllegalArgumentException("maxSteps = '" + maxSteps + "': must be positive");
    }
    return new ScenarioGenerator(kind, orders, policy, maxSteps);
  }

  /** Returns whether these are the standard scenarios, which reach every row of the tables in a full run. */
  boolean reachesEveryRow() {
    return kind == Kind.STANDARD;
  }

  /** Returns the policy the scenarios' commands are decided under. */
  public DeadlinePolicy policy() {
    return policy;
  }

  @Override
  public Scenario next(RandomGenerator random) {
    Order order = orders.next(random);
    if (kind == Kind.STANDARD && random.nextInt(25) == 0) {
      order = Order.builder().from(order).viewOnly(true).build();
    }
    if (kind == Kind.STANDARD && order.invoice().isEmpty() && random.nextInt(12) == 0) {
      // The marketplace requires the invoice confirmation before the order shipped: shipping it in full reaches
      // Invoice unconfirmed through the workflow, and the seller's confirmation is then accepted (R53).
      order = Order.builder().from(order).invoice(InvoiceConfirmation.requiredUnconfirmed()).build();
    }
    int count = 1 + random.nextInt(maxSteps);
    int invalidAt = kind == Kind.INVALID ? random.nextInt(count) : -1;
    List<Step> steps = new ArrayList<>(count);
    Instant now = CommandMaker.inRange(order.purchasedAt().plusSeconds(random.nextInt(600)));
    CommandMaker maker = new CommandMaker(random, order.purchasedAt().plusSeconds(random.nextInt(60 * 86_400)));
    Order current = order;
    Set<CommandId> stored = new HashSet<>();
    for (int i = 0; i < count; i++) {
      Step step = switch (kind) {
        case STANDARD -> !steps.isEmpty() && random.nextInt(20) == 0
            ? redelivered(steps.get(random.nextInt(steps.size())), now) : maker.step(current, now);
        case VALID -> drawn(maker, current, now, Decision.Outcome.ACCEPTED, stored, i);
        case INVALID -> drawn(maker, current, now,
            i == invalidAt ? Decision.Outcome.REJECTED : Decision.Outcome.ACCEPTED, stored, i);
        case UPSTREAM -> upstream(random, maker, current, now);
      };
      if (step == null) {
        break;
      }
      steps.add(step);
      Decision d = Decider.workflow().decide(current, step.command(),
          Transcript.context(step, steps.size() - 1, policy, stored));
      if (d.isAccepted()) {
        stored.add(step.command().id());
        current = d.order();
      }
      maker.tick();
      if (random.nextInt(3) == 0) {
        now = CommandMaker.inRange(now.plusSeconds(random.nextInt(3 * 86_400)));
      }
    }
    if (kind == Kind.INVALID && steps.stream().noneMatch(s -> s.role() == Role.VIEWER) && !isInvalid(
        new Scenario(order, policy, steps))) {
      // No candidate was refused: a viewer cannot confirm a payment (R44), so this one always is.
      steps.add(new Step(new ConfirmPayment(maker.id()), Role.VIEWER, now));
    }
    return new Scenario(order, policy, steps);
  }

  private static Step redelivered(Step old, Instant now) {
    return new Step(old.command(), old.role(), now);
  }

  /** Draws candidate steps until one has the wanted outcome; null when none of them has. */
  private Step drawn(CommandMaker maker, Order current, Instant now, Decision.Outcome wanted, Set<CommandId> stored,
      int index) {
    for (int i = 0; i < CANDIDATES; i++) {
      Step step = maker.step(current, now);
      Decision d = Decider.workflow().decide(current, step.command(),
          Transcript.context(step, index, policy, stored));
      if (d.outcome() == wanted) {
        return step;
      }
    }
    return wanted == Decision.Outcome.REJECTED ? new Step(new ConfirmPayment(maker.id()), Role.VIEWER, now) : null;
  }

  private static Step upstream(RandomGenerator random, CommandMaker maker, Order current, Instant now) {
    int pick = random.nextInt(10);
    if (pick < 6) {
      return new Step(maker.upstream(), Role.MARKETPLACE, now);
    }
    if (pick < 9) {
      return maker.shipping(current, now);
    }
    return new Step(new ConfirmPayment(maker.id()), Role.MARKETPLACE, now);
  }

  /**
   * Returns the shrinker of this generator's scenarios: it removes steps (chunks, then single ones), then
   * shrinks the order ({@link Shrink#order()}), keeping only candidates of the same kind: every step still
   * accepted for {@link #valid()}, a step still rejected for {@link #invalid()}.
   *
   * @return the shrinker
   */
  public Shrinker<Scenario> shrinker() {
    Shrinker<Scenario> steps = (scenario, stillFails) -> scenario.withSteps(Shrink.<Step>list().shrink(
        scenario.steps(), candidate -> keeps(scenario.withSteps(candidate)) && stillFails.test(
            scenario.withSteps(candidate))));
    Shrinker<Scenario> order = (scenario, stillFails) -> scenario.withOrder(Shrink.order().shrink(scenario.order(),
        candidate -> keeps(scenario.withOrder(candidate)) && stillFails.test(scenario.withOrder(candidate))));
    return Shrink.both(steps, order);
  }

  private boolean keeps(Scenario scenario) {
    return switch (kind) {
      case VALID -> outcomes(scenario).stream().allMatch(o -> o == Decision.Outcome.ACCEPTED);
      case INVALID -> isInvalid(scenario);
      case STANDARD, UPSTREAM -> true;
    };
  }

  private static boolean isInvalid(Scenario scenario) {
    return outcomes(scenario).contains(Decision.Outcome.REJECTED);
  }

  /** The outcome of each step under Orderly's workflow, as {@link WorkflowCheck} decides them. */
  static List<Decision.Outcome> outcomes(Scenario scenario) {
    List<Decision.Outcome> outcomes = new ArrayList<>();
    Order order = scenario.order();
    Set<CommandId> stored = new HashSet<>();
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      Decision d = Decider.workflow().decide(order, step.command(),
          Transcript.context(step, i, scenario.policy(), stored));
      outcomes.add(d.outcome());
      if (d.isAccepted()) {
        stored.add(step.command().id());
        order = d.order();
      }
    }
    return outcomes;
  }

  private static int configuredSteps() {
    String text = System.getProperty("orderly.steps", "").strip();
    if (text.isEmpty()) {
      return 50;
    }
    try {
      int steps = Integer.parseInt(text);
      if (steps > 0) {
        return steps;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("orderly.steps = '" + text + "': must be a positive whole number");
  }
}
