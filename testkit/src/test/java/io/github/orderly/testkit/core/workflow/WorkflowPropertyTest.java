package io.github.orderly.testkit.core.workflow;

import io.github.orderly.workflow.AcceptCancellationRequest;
import io.github.orderly.workflow.ReceiveReturn;
import io.github.orderly.workflow.FailReturn;
import io.github.orderly.workflow.Cause;
import io.github.orderly.workflow.PrepareShipment;
import io.github.orderly.workflow.DeclineCancellationRequest;
import io.github.orderly.workflow.CannotFulfil;
import io.github.orderly.workflow.AuthorizeReturn;
import io.github.orderly.workflow.RecordCarrierProgress;
import io.github.orderly.workflow.RequestCancellation;
import io.github.orderly.workflow.ConfirmPayment;
import io.github.orderly.workflow.EditAsBuyer;
import io.github.orderly.workflow.RecordRefundOutcome;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.OrderPlaced;
import io.github.orderly.workflow.LineQuantity;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.RecordUpstreamStatus;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.StatusTables;
import io.github.orderly.workflow.Rejection;
import io.github.orderly.workflow.WorkflowContext;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Cancel;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.access.Actor;
import io.github.orderly.access.Role;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.Shrink;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The stateful property test of the workflow: random valid orders in every status, random command
 * sequences, invariants after every step.
 *
 * <p>Sequences: {@code -Dorderly.tries} (default 1,000); steps per sequence: up to {@code -Dorderly.steps}
 * (default 50); replay with {@code -Dorderly.seed}.
 */
class WorkflowPropertyTest {
  private static final int MAX_STEPS = configuredSteps();

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

  /** One step of a scenario: a command, who sends it, and when. */
  record Step(Command command, Role role, Instant at) {
    @Override
    public String toString() {
      return "as " + role + " at " + at + ": " + command;
    }
  }

  /** A generated order and the commands sent to it. */
  record Scenario(Order order, List<Step> steps) {
    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("order ").append(order.id()).append(" (").append(order.status())
          .append(", ").append(order.fulfilmentChannel()).append("): ").append(OrderlyJson.write(order));
      for (int i = 0; i < steps.size(); i++) {
        sb.append("\n  ").append(i + 1).append(". ").append(steps.get(i));
      }
      return sb.toString();
    }
  }

  @Test
  @DisplayName("R1 R5 R13 R28 R41 R42 R43 R50: after every step of random command sequences, every status change"
      + " is a table row, refunded <= charged and shipped <= ordered per line, the derived status agrees with the"
      + " lines, a rejection changes nothing, an accepted command yields one event carrying its command id,"
      + " instant and actor and raises the version by exactly one, a repeat yields no event for every role,"
      + " replaying the events gives the order, order and events round-trip through JSON, nothing ships while"
      + " pending or after the marketplace cancelled, a cancelled or view-only order accepts nothing")
  void workflowInvariantsHoldAfterEveryStep() {
    Property.named("workflow invariants hold after every step of random command sequences")
        .check(new ScenarioGenerator(), WorkflowPropertyTest::check, (scenario, stillFails) -> {
          List<Step> small = Shrink.<Step>list().shrink(scenario.steps(),
              steps -> stillFails.test(new Scenario(scenario.order(), steps)));
          return new Scenario(scenario.order(), small);
        });
  }

  static void check(Scenario scenario) {
    Order order = scenario.order();
    List<Event> history = new ArrayList<>();
    history.add(OrderPlaced.of(order));
    Set<CommandId> stored = new HashSet<>();
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      WorkflowContext context = WorkflowContext.of(step.at(), step.role())
          .withZeroInventoryOnNoStock(i % 2 == 0)
          .withCommandLog(Set.copyOf(stored)::contains);
      Decision d = OrderWorkflow.decide(order, step.command(), context);
      String at = "step " + (i + 1) + " " + step;
      if (order.viewOnly()) {
        assertThat(d.rejection()).as("a view-only order accepts no command (R28): " + at).isPresent();
        assertThat(d.rejection().get().rule()).as(at).isEqualTo(Rule.R28);
      }
      if (stored.contains(step.command().id())) {
        assertThat(d.events()).as("a repeat yields no event, for every role (R43): " + at).isEmpty();
        assertThat(d.order()).as(at).isSameAs(order);
      }
      if (d.isRejected()) {
        Rejection r = d.rejection().get();
        assertThat(d.order()).as(at).isSameAs(order);
        assertThat(d.events()).as(at).isEmpty();
        assertThat(r.message()).as(at).contains(r.rule().cite()).contains(order.id().value());
        continue;
      }
      if (d.isRepeat()) {
        assertThat(d.order()).as(at).isSameAs(order);
        assertThat(d.events()).as(at).isEmpty();
        continue;
      }
      assertThat(order.status()).as("a cancelled order accepts nothing (R5): " + at)
          .isNotEqualTo(OrderStatus.CANCELLED);
      if (order.upstream().map(UpstreamStatus::blocksShipment).orElse(false)) {
        assertThat(step.command()).as("nothing ships after the marketplace cancelled (R50): " + at)
            .isNotInstanceOfAny(ConfirmShipment.class, PrepareShipment.class);
      }
      assertThat(d.events()).as(at).hasSize(1);
      Event e = d.events().get(0);
      assertThat(e.cause()).as("the event carries its command id, instant and actor: " + at)
          .isEqualTo(new Cause(step.command().id(), step.at(), Actor.of(step.role())));
      assertThat(d.order().version()).as("the version rises by exactly one per accepted command: " + at)
          .isEqualTo(order.version() + 1);
      Order after = OrderWorkflow.evolve(order, e);
      checkTableRows(order, after, e, at);
      assertThat(OrderlyJson.read(OrderlyJson.write(e), Event.class)).as(at).isEqualTo(e);
      assertThat(after).as("the event applied to the old order gives the new one (R43): " + at).isEqualTo(d.order());
      if (order.status() == OrderStatus.PENDING) {
        for (OrderLine line : d.order().lines()) {
          assertThat(line.quantityShipped()).as("nothing ships while pending (R1): " + at)
              .isEqualTo(order.line(line.id()).get().quantityShipped());
        }
      }
      stored.add(step.command().id());
      order = d.order();
      history.add(e);
      checkOrder(order, at);
      assertThat(OrderWorkflow.replay(history)).as("replay (R43): " + at).isEqualTo(order);
      assertThat(OrderlyJson.read(OrderlyJson.write(order), Order.class)).as(at).isEqualTo(order);
    }
  }

  private static void checkTableRows(Order before, Order after, Event event, String at) {
    for (OrderLine line : after.lines()) {
      OrderLine old = before.line(line.id()).get();
      if (old.itemStatus() != line.itemStatus()) {
        assertThat(StatusTables.item().allows(old.itemStatus(), line.itemStatus(), event.getClass()))
            .as("item %s -> %s on %s is a row (R42): %s", old.itemStatus(), line.itemStatus(),
                event.getClass().getSimpleName(), at).isTrue();
      }
      if (old.paymentStatus() != line.paymentStatus()) {
        assertThat(StatusTables.payment().allows(old.paymentStatus(), line.paymentStatus(), event.getClass()))
            .as("payment %s -> %s on %s is a row (R42): %s", old.paymentStatus(), line.paymentStatus(),
                event.getClass().getSimpleName(), at).isTrue();
      }
    }
  }

  private static void checkOrder(Order order, String at) {
    boolean anyActive = false;
    boolean anyShipped = false;
    boolean allShipped = true;
    boolean processing = false;
    for (OrderLine line : order.lines()) {
      assertThat(order.refunded(line.id())).as("refunded <= charged (R13): " + at).isLessThanOrEqualTo(line.charge());
      assertThat(line.quantityShipped()).as("shipped <= ordered: " + at).isBetween(0, line.quantityOrdered());
      if (!line.itemStatus().isCancelled()) {
        anyActive = true;
        anyShipped |= line.quantityShipped() > 0;
        allShipped &= line.quantityShipped() == line.quantityOrdered();
        processing |= line.paymentStatus() == io.github.orderly.status.PaymentStatus.PAYMENT_PROCESSING;
      }
    }
    OrderStatus expected = !anyActive ? OrderStatus.CANCELLED
        : !anyShipped ? (processing ? OrderStatus.PENDING : OrderStatus.UNSHIPPED)
        : allShipped ? OrderStatus.SHIPPED : OrderStatus.PARTIALLY_SHIPPED;
    assertThat(order.status()).as("derived status agrees with the lines (R41): " + at).isEqualTo(expected);
    assertThat(order.shipmentLate()).as(at).isEqualTo(expected == OrderStatus.PARTIALLY_SHIPPED);
  }

  /** Makes scenarios whose commands mostly fit the order as it evolves, with some that do not. */
  static final class ScenarioGenerator implements Generator<Scenario> {
    private final OrderGenerator orders = OrderGenerator.standard().withMaxLines(4);

    @Override
    public Scenario next(RandomGenerator random) {
      // Mostly orders with a life ahead of them; cancelled ones accept nothing (R5).
      OrderStatus[] statuses = {OrderStatus.PENDING, OrderStatus.PENDING, OrderStatus.UNSHIPPED,
        OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED, OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED,
        OrderStatus.PARTIALLY_SHIPPED, OrderStatus.SHIPPED, OrderStatus.SHIPPED, OrderStatus.CANCELLED};
      Order order = orders.next(random, statuses[random.nextInt(statuses.length)]);
      if (random.nextInt(25) == 0) {
        order = Order.builder().from(order).viewOnly(true).build();
      }
      int count = 1 + random.nextInt(MAX_STEPS);
      List<Step> steps = new ArrayList<>(count);
      Instant now = order.purchasedAt().plusSeconds(random.nextInt(600));
      Maker maker = new Maker(random);
      Order current = order;
      for (int i = 0; i < count; i++) {
        Step step;
        if (!steps.isEmpty() && random.nextInt(20) == 0) {
          Step old = steps.get(random.nextInt(steps.size()));
          step = new Step(old.command(), old.role(), now);
        } else {
          step = maker.step(current, now);
        }
        steps.add(step);
        Decision d = OrderWorkflow.decide(current, step.command(), WorkflowContext.of(step.at(), step.role()));
        current = d.order();
        maker.reported = maker.reported.plusSeconds(random.nextInt(86_400) - 20_000);
        if (random.nextInt(3) == 0) {
          now = now.plusSeconds(random.nextInt(3 * 86_400));
        }
      }
      return new Scenario(order, steps);
    }
  }

  /** Makes one random command for an order. */
  static final class Maker {
    private final RandomGenerator random;
    private int serial;
    /** When the marketplace last reported: mostly later each step, sometimes earlier (an out-of-order report). */
    Instant reported = Instant.parse("2026-06-01T00:00:00Z");

    Maker(RandomGenerator random) {
      this.random = random;
    }

    CommandId id() {
      return CommandId.of("c" + (++serial));
    }

    Step step(Order order, Instant now) {
      Role role = random.nextInt(30) == 0 ? Role.VIEWER
          : new Role[] {Role.STAFF, Role.OWNER, Role.ADMIN}[random.nextInt(3)];
      if (random.nextInt(25) == 0) {
        role = Role.MARKETPLACE;
      }
      Command c;
      switch (random.nextInt(16)) {
        case 0:
          c = new ConfirmPayment(id());
          role = marketplaceMostly(role);
          break;
        case 1:
          c = new PrepareShipment(id(), random.nextBoolean() ? List.of() : List.of(line(order)));
          break;
        case 2:
        case 3:
          c = ship(order, now);
          break;
        case 4:
          if (random.nextInt(3) > 0) {
            c = ship(order, now);
            break;
          }
          c = cancel();
          if (c instanceof AutoCancel) {
            role = marketplaceMostly(role);
          }
          break;
        case 5:
          c = random.nextBoolean() ? new CannotFulfil(id())
              : new RequestCancellation(id(), random.nextBoolean() ? Optional.of("Changed my mind")
                  : Optional.empty());
          role = marketplaceMostly(role);
          break;
        case 6:
          c = random.nextInt(3) == 0 ? new AcceptCancellationRequest(id()) : new DeclineCancellationRequest(id());
          break;
        case 7:
        case 8:
          c = new RecordCarrierProgress(id(), random.nextBoolean() ? List.of() : List.of(line(order)),
              Command.CARRIER_STATUSES.get(random.nextInt(Command.CARRIER_STATUSES.size())));
          break;
        case 9:
          c = authorizeReturn(order);
          break;
        case 10:
          RmaId rma = rma(order);
          c = random.nextInt(3) == 0 ? new FailReturn(id(), rma) : new ReceiveReturn(id(), rma);
          break;
        case 11:
        case 12:
          c = refund(order);
          break;
        case 13:
          c = new RecordRefundOutcome(id(), refundId(order),
              random.nextInt(3) == 0 ? RefundState.FAILED : RefundState.SUCCEEDED);
          break;
        case 14:
          OrderStatus[] path = OrderStatus.values();
          c = new RecordUpstreamStatus(id(), path[random.nextInt(path.length)], reported);
          role = marketplaceMostly(role);
          break;
        default:
          c = edit(order);
          role = marketplaceMostly(role);
          break;
      }
      return new Step(c, role, now);
    }

    Role marketplaceMostly(Role role) {
      return random.nextInt(6) == 0 ? role : Role.MARKETPLACE;
    }

    LineId line(Order order) {
      if (random.nextInt(25) == 0) {
        return LineId.of("no-such-line");
      }
      return order.lines().get(random.nextInt(order.lines().size())).id();
    }

    Command ship(Order order, Instant now) {
      List<ShipmentLine> lines = new ArrayList<>();
      for (OrderLine line : order.lines()) {
        boolean refunded = line.paymentStatus() == io.github.orderly.status.PaymentStatus.REFUNDED
            || line.paymentStatus() == io.github.orderly.status.PaymentStatus.REFUND_PROCESSING;
        if (line.quantityUnshipped() > 0 && (!refunded || random.nextInt(5) == 0) && random.nextBoolean()) {
          int q = random.nextInt(8) == 0 ? line.quantityUnshipped() + 1 : 1 + random.nextInt(line.quantityUnshipped());
          lines.add(ShipmentLine.of(line.id(), q));
        }
      }
      if (lines.isEmpty()) {
        lines.add(ShipmentLine.of(line(order), 1));
      }
      Optional<Money> cost = random.nextBoolean() ? Optional.empty()
          : Optional.of(Money.ofMinor(random.nextInt(2000), order.currency()));
      return new ConfirmShipment(id(), lines, Carrier.of("UPS"),
          TrackingId.of("1Z" + (random.nextInt(10) == 0 ? 1 : serial)), now, cost);
    }

    Command cancel() {
      List<CancellationReason> reasons = CancellationReason.known();
      CancellationReason reason = reasons.get(random.nextInt(reasons.size()));
      return random.nextInt(10) < 6 ? Cancel.bySeller(id(), reason) : new AutoCancel(id(), reason);
    }

    Command authorizeReturn(Order order) {
      List<ReturnLine> lines = new ArrayList<>();
      for (OrderLine line : order.lines()) {
        if (line.quantityShipped() > 0 && random.nextBoolean()) {
          lines.add(ReturnLine.of(line.id(), 1 + random.nextInt(line.quantityShipped())));
        }
      }
      if (lines.isEmpty()) {
        lines.add(ReturnLine.of(line(order), 1));
      }
      ReturnReason reason = ReturnReason.values()[random.nextInt(ReturnReason.values().length)];
      RmaId rma = random.nextInt(8) == 0 && !order.returns().isEmpty() ? order.returns().get(0).rmaId()
          : RmaId.of("RMA-" + serial);
      return new AuthorizeReturn(id(), rma, reason, lines);
    }

    RmaId rma(Order order) {
      List<ReturnAuthorization> returns = order.returns();
      if (returns.isEmpty() || random.nextInt(10) == 0) {
        return RmaId.of("RMA-none");
      }
      return returns.get(random.nextInt(returns.size())).rmaId();
    }

    RefundId refundId(Order order) {
      List<Refund> refunds = order.refunds();
      if (refunds.isEmpty() || random.nextInt(10) == 0) {
        return RefundId.of("R-none");
      }
      return refunds.get(random.nextInt(refunds.size())).id();
    }

    Command refund(Order order) {
      RefundId id = random.nextInt(10) == 0 && !order.refunds().isEmpty() ? order.refunds().get(0).id()
          : RefundId.of("R-" + serial);
      RefundReason reason = RefundReason.known().get(random.nextInt(RefundReason.known().size()));
      switch (random.nextInt(3)) {
        case 0:
          return IssueRefund.wholeOrder(id(), id, reason);
        case 1:
          return IssueRefund.ofLines(id(), id, reason, List.of(line(order)));
        default:
          OrderLine line = order.lines().get(random.nextInt(order.lines().size()));
          Money left = line.charge().minus(order.refunded(line.id()));
          BigDecimal fraction = BigDecimal.valueOf(1 + random.nextInt(12)).divide(BigDecimal.TEN);
          BigDecimal amount = left.amount().multiply(fraction).setScale(left.amount().scale(), RoundingMode.DOWN);
          Money m = Money.of(amount, left.currency());
          if (!m.isPositive()) {
            m = Money.ofMinor(1, left.currency());
          }
          return IssueRefund.ofAmounts(id(), id, reason, List.of(RefundLine.of(line.id(), m)));
      }
    }

    Command edit(Order order) {
      Optional<Address> address = random.nextBoolean() ? Optional.empty()
          : Optional.of(Address.builder().recipient("New Recipient").addStreetLine("2 Side St").city("Osaka")
              .countryCode("JP").build());
      List<LineQuantity> quantities = address.isEmpty() || random.nextBoolean()
          ? List.of(new LineQuantity(line(order), 1 + random.nextInt(4))) : List.of();
      return new EditAsBuyer(id(), address, quantities);
    }
  }

  @Test
  @DisplayName("the scenario generator reaches every item status and has every command type accepted")
  void generatorReachesDeepStates() {
    java.util.EnumSet<ItemStatus> seen = java.util.EnumSet.noneOf(ItemStatus.class);
    int accepted = 0;
    int total = 0;
    java.util.Set<Class<?>> acceptedTypes = new java.util.HashSet<>();
    ScenarioGenerator generator = new ScenarioGenerator();
    for (int i = 0; i < 200; i++) {
      Scenario s = generator.next(Property.randomFor(7, i));
      Order order = s.order();
      for (Step step : s.steps()) {
        Decision d = OrderWorkflow.decide(order, step.command(), WorkflowContext.of(step.at(), step.role()));
        total++;
        if (d.isAccepted()) {
          accepted++;
          acceptedTypes.add(step.command().getClass());
        }
        order = d.order();
        order.lines().forEach(l -> seen.add(l.itemStatus()));
      }
    }
    assertThat(seen).containsAll(java.util.EnumSet.allOf(ItemStatus.class));
    assertThat(acceptedTypes).containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    assertThat(accepted).isGreaterThan(total / 8);
  }
}
