package io.github.orderly.testkit.core.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.internal.OrderDraft;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Address;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.Scenario;
import io.github.orderly.testkit.ScenarioGenerator;
import io.github.orderly.testkit.Step;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@code evolve} makes the next order with a draft ({@code OrderDraft}): copies that share what the event leaves
 * as it was, checked only where something changed. These properties hold it to the public builder, which copies
 * everything and checks everything: from the same values, the draft's order is the builder's order (equal, and
 * the same JSON), and a change the builder refuses the draft refuses with the same exception message.
 *
 * <p>Tries: {@code -Dorderly.tries} (default 300 scenarios, 2,000 random changes).
 */
class OrderDraftPropertyTest {
  private static final ItemStatus[] ITEM = ItemStatus.values();
  private static final PaymentStatus[] PAYMENT = PaymentStatus.values();

  @Test
  @DisplayName("R40 R42: every event's order made by evolve equals, and writes the JSON of, the builder's order from the same values")
  void evolveByDraftEqualsTheBuildersOrderFromTheSameValues() {
    Property.named("evolve's draft order equals the builder's order from the same values, and writes the same JSON")
        .withTries(Property.configuredTries(300))
        .check(ScenarioGenerator.standard(), OrderDraftPropertyTest::everyEvent, ScenarioGenerator.standard().shrinker());
  }

  @Test
  @DisplayName("R7 R13 R19 R20 R40: a random change (a line, a record changed, added or removed) is refused by the draft exactly when the builder refuses it, with the same message; accepted, the orders are equal")
  void aDraftRefusesExactlyWhatTheBuilderRefuses() {
    Property.named("a random change: the draft and the builder both refuse it with one message, or make equal orders")
        .withTries(Property.configuredTries(2000))
        .check(CHANGES, OrderDraftPropertyTest::sameOutcome);
  }

  private static void everyEvent(Scenario scenario) {
    Order order = scenario.order();
    for (int i = 0; i < scenario.steps().size(); i++) {
      Step step = scenario.steps().get(i);
      Decision d = OrderWorkflow.decide(order, step.command(), WorkflowContext.of(step.at(), step.role(), scenario.policy()));
      Order before = order;
      for (Event event : d.events()) {
        Order next = OrderWorkflow.evolve(before, event);
        Order built = Order.builder().from(before).lines(next.lines()).shipments(next.shipments())
            .refunds(next.refunds()).returns(next.returns()).invoice(next.invoice()).cancellation(next.cancellation())
            .cancellationRequests(next.cancellationRequests()).deliveryAddress(next.deliveryAddress())
            .upstream(next.upstream()).releasedAt(next.releasedAt()).version(next.version()).build();
        String at = "step " + (i + 1) + " " + step + ", event " + event;
        assertThat(next).as(at).isEqualTo(built);
        assertThat(OrderlyJson.write(next)).as(at).isEqualTo(OrderlyJson.write(built));
        before = next;
      }
      assertThat(before).as("decide's order, step " + (i + 1)).isEqualTo(d.order());
      order = d.order();
    }
  }

  /**
   * A change a draft can make: a line's statuses and quantities, record states or a record removed, a new shipment,
   * an address. A line the change leaves as it was is checked again only when a record naming it changed.
   */
  record Change(Order order, int line, ItemStatus item, PaymentStatus payment, int shipped, int ordered,
      List<Refund> refunds, List<ReturnAuthorization> returns, Shipment shipment,
      List<BuyerCancellationRequest> requests, Address address, Instant releasedAt, InvoiceConfirmation invoice) {
    @Override
    public String toString() {
      return "line " + line + " -> " + item + "/" + payment + " shipped " + shipped + " of " + ordered + ", refunds "
          + refunds + ", returns " + returns + ", shipment " + shipment + ", requests " + requests + ", address "
          + address + ", released " + releasedAt + ", invoice " + invoice + " on " + order;
    }
  }

  private static final Generator<Change> CHANGES = random -> {
    Scenario scenario = ScenarioGenerator.standard().next(random);
    List<Order> orders = new ArrayList<>();
    orders.add(scenario.order());
    Order order = scenario.order();
    for (Step step : scenario.steps()) {
      order = OrderWorkflow.decide(order, step.command(), WorkflowContext.of(step.at(), step.role(), scenario.policy()))
          .order();
      orders.add(order);
    }
    Order o = orders.get(random.nextInt(orders.size()));
    return change(o, random);
  };

  private static Change change(Order o, RandomGenerator random) {
    int line = -1;
    ItemStatus item = null;
    PaymentStatus payment = null;
    int shipped = 0;
    int ordered = 0;
    if (random.nextInt(10) < 7) {
      line = random.nextInt(o.lines().size());
      OrderLine l = o.lines().get(line);
      // Mostly one field changed from a valid line, sometimes all of them at random.
      item = random.nextBoolean() ? l.itemStatus() : ITEM[random.nextInt(ITEM.length)];
      payment = random.nextBoolean() ? l.paymentStatus() : PAYMENT[random.nextInt(PAYMENT.length)];
      shipped = random.nextInt(4) == 0 ? random.nextInt(l.quantityOrdered() + 2) - 1 : l.quantityShipped();
      ordered = random.nextInt(4) == 0 ? Math.max(1, l.quantityOrdered() + random.nextInt(3) - 1) : l.quantityOrdered();
    }
    List<Refund> refunds = null;
    if (!o.refunds().isEmpty() && random.nextInt(3) == 0) {
      refunds = new ArrayList<>(o.refunds());
      int r = random.nextInt(refunds.size());
      RefundState[] states = RefundState.values();
      if (random.nextInt(4) == 0) {
        // A refund gone: the lines it named lose what it gave back (refused unless their statuses allow it).
        refunds.remove(r);
      } else {
        refunds.set(r, Refund.builder().from(refunds.get(r)).state(states[random.nextInt(states.length)]).build());
      }
    }
    List<ReturnAuthorization> returns = null;
    if (!o.returns().isEmpty() && random.nextInt(3) == 0) {
      returns = new ArrayList<>(o.returns());
      int r = random.nextInt(returns.size());
      ReturnState[] states = ReturnState.values();
      if (random.nextInt(4) == 0) {
        returns.remove(r);
      } else {
        returns.set(r, ReturnAuthorization.builder().from(returns.get(r)).state(states[random.nextInt(states.length)])
          .build());
      }
    }
    Shipment shipment = null;
    if (random.nextInt(5) == 0) {
      OrderLine l = o.lines().get(random.nextInt(o.lines().size()));
      // Now and then the tracking id of a shipment the order has: a duplicate, refused.
      TrackingId tracking = !o.shipments().isEmpty() && random.nextInt(4) == 0
          ? o.shipments().get(0).trackingId().orElse(null) : null;
      Shipment.Builder b = Shipment.builder().carrier(Carrier.of("UPS"))
          .shippedAt(o.purchasedAt().plusSeconds(random.nextInt(200_000) - 1_000))
          .addLine(ShipmentLine.of(l.id(), 1 + random.nextInt(l.quantityOrdered())));
      shipment = b.trackingId(tracking != null ? tracking : TrackingId.of("T-" + random.nextInt(1_000_000))).build();
    }
    List<BuyerCancellationRequest> requests = random.nextInt(10) == 0 ? List.of() : null;
    Address address = random.nextInt(10) == 0
        ? Address.builder().recipient("R " + random.nextInt(100)).addStreetLine("1 Main St").city("Springfield")
            .countryCode("US").build()
        : null;
    // A release or an invoice confirmation, sometimes before the purchase: refused.
    Instant releasedAt = random.nextInt(10) == 0 ? o.purchasedAt().plusSeconds(random.nextInt(100_000) - 10_000) : null;
    InvoiceConfirmation invoice = random.nextInt(8) == 0
        ? o.invoice().orElse(InvoiceConfirmation.requiredUnconfirmed())
            .confirmed(o.purchasedAt().plusSeconds(random.nextInt(100_000) - 10_000), Party.SELLER)
        : null;
    return new Change(o, line, item, payment, shipped, ordered, refunds, returns, shipment, requests, address,
        releasedAt, invoice);
  }

  private static void sameOutcome(Change c) {
    Object byDraft = outcome(() -> byDraft(c));
    Object byBuilder = outcome(() -> byBuilder(c));
    assertThat(byDraft).as(c.toString()).isEqualTo(byBuilder);
    if (byDraft instanceof Order draft) {
      assertThat(OrderlyJson.write(draft)).isEqualTo(OrderlyJson.write((Order) byBuilder));
    }
  }

  /** The order, or the refusal's message. */
  private static Object outcome(java.util.function.Supplier<Order> make) {
    try {
      return make.get();
    } catch (InvalidOrderException e) {
      return "refused: " + e.getMessage();
    }
  }

  private static Order byDraft(Change c) {
    Order o = c.order();
    OrderDraft d = OrderDraft.of(o);
    if (c.line() >= 0) {
      d.line(c.line(), c.item(), c.payment(), c.shipped(), c.ordered());
    }
    if (c.refunds() != null) {
      d.refunds(c.refunds());
    }
    if (c.returns() != null) {
      d.returns(c.returns());
    }
    if (c.shipment() != null) {
      d.addShipment(c.shipment());
    }
    if (c.requests() != null) {
      d.cancellationRequests(c.requests());
    }
    if (c.address() != null) {
      d.deliveryAddress(c.address());
    }
    if (c.releasedAt() != null) {
      d.releasedAt(c.releasedAt());
    }
    if (c.invoice() != null) {
      d.invoice(c.invoice());
    }
    return d.build(o.version() + 1);
  }

  private static Order byBuilder(Change c) {
    Order o = c.order();
    Order.Builder b = Order.builder().from(o);
    if (c.line() >= 0) {
      List<OrderLine> lines = new ArrayList<>(o.lines());
      lines.set(c.line(), OrderLine.builder().from(lines.get(c.line())).itemStatus(c.item()).paymentStatus(c.payment())
          .quantityShipped(c.shipped()).quantityOrdered(c.ordered()).build());
      b.lines(lines);
    }
    if (c.refunds() != null) {
      b.refunds(c.refunds());
    }
    if (c.returns() != null) {
      b.returns(c.returns());
    }
    if (c.shipment() != null) {
      b.addShipment(c.shipment());
    }
    if (c.requests() != null) {
      b.cancellationRequests(c.requests());
    }
    if (c.address() != null) {
      b.deliveryAddress(Optional.of(c.address()));
    }
    if (c.releasedAt() != null) {
      b.releasedAt(c.releasedAt());
    }
    if (c.invoice() != null) {
      b.invoice(c.invoice());
    }
    return b.version(o.version() + 1).build();
  }
}
