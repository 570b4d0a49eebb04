package io.github.orderly.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.status.PaymentStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Orders and commands for the workflow's given/when/then tests. */
final class Fixtures {
  static final OrderId ORDER_ID = OrderId.of("112-3456789-0123456");
  static final LineId L1 = LineId.of("L1");
  static final LineId L2 = LineId.of("L2");
  static final Instant PURCHASED = Instant.parse("2026-02-27T10:00:00Z");
  static final Instant SHIP_DAY = Instant.parse("2026-03-01T09:30:00Z");
  static final Instant LATER = Instant.parse("2026-03-02T12:00:00Z");

  private static final AtomicInteger IDS = new AtomicInteger();

  private Fixtures() {}

  static CommandId id() {
    return CommandId.of("cmd-" + IDS.incrementAndGet());
  }

  /** A two-line USD order, payment verified, nothing shipped: Unshipped. */
  static Order unshipped() {
    return order(FulfilmentChannel.SELLER, PaymentStatus.AUTHORIZED);
  }

  /** The same order with its payment still processing: Pending. */
  static Order pending() {
    return order(FulfilmentChannel.SELLER, PaymentStatus.PAYMENT_PROCESSING);
  }

  static Order order(FulfilmentChannel channel, PaymentStatus payment) {
    return Order.builder()
        .id(ORDER_ID)
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(PURCHASED)
        .deliveryAddress(Address.builder().recipient("Jane Doe").addStreetLine("1 Main St").city("Seattle")
            .countryCode("US").build())
        .fulfilmentChannel(channel)
        .addLine(line(L1, "SKU-1", 2, "19.99", payment))
        .addLine(line(L2, "SKU-2", 1, "5.00", payment))
        .build();
  }

  static OrderLine line(LineId id, String sku, int quantity, String price, PaymentStatus payment) {
    return OrderLine.builder()
        .id(id)
        .sku(Sku.of(sku))
        .listingId(ListingId.of("B0" + sku))
        .title("Item " + sku)
        .quantityOrdered(quantity)
        .unitPrice(Money.of(price, "USD"))
        .shippingCharge(Money.of("3.00", "USD"))
        .paymentStatus(payment)
        .build();
  }

  static WorkflowContext as(Role role) {
    return WorkflowContext.of(LATER, role);
  }

  static WorkflowContext seller() {
    return as(Role.STAFF);
  }

  static WorkflowContext marketplace() {
    return as(Role.MARKETPLACE);
  }

  /** The role that may send the command: a seller's role for the seller's commands, else the marketplace. */
  static WorkflowContext sender(Command command) {
    return CommandTable.of(command.getClass()).origin() == Party.SELLER ? as(Role.OWNER) : marketplace();
  }

  /** The default policy with other windows. */
  static DeadlinePolicy policy(int returnDays, java.time.Duration buyerEditWindow) {
    return DeadlinePolicy.builder().from(DeadlinePolicies.defaults()).returnDays(returnDays)
        .buyerEditWindow(buyerEditWindow).build();
  }

  static ConfirmShipment ship(LineId line, int quantity, String tracking) {
    return ConfirmShipment.of(id(), Carrier.of("UPS"), TrackingId.of(tracking), SHIP_DAY,
        List.of(ShipmentLine.of(line, quantity)));
  }

  static ConfirmShipment ship(LineId line, int quantity, String tracking, Money cost) {
    return ship(line, quantity, tracking).withActualShippingCost(cost);
  }

  /**
   * Decides and asserts the command was accepted: one event caused by the command, at the context's instant
   * by its actor, and the order one version later.
   */
  static Decision accept(Order order, Command command, WorkflowContext context) {
    Decision d = OrderWorkflow.decide(order, command, context);
    assertThat(d.rejection()).as("rejection of %s", command).isEmpty();
    assertThat(d.outcome()).as("outcome of %s", command).isEqualTo(Decision.Outcome.ACCEPTED);
    assertThat(d.events()).hasSize(1);
    Event event = d.events().get(0);
    assertThat(event.cause()).isEqualTo(new Cause(command.id(), context.instant(), context.actor()));
    assertThat(d.order().version()).isEqualTo(order.version() + 1);
    assertThat(OrderWorkflow.evolve(order, event)).isEqualTo(d.order());
    return d;
  }

  static Order accepted(Order order, Command command, WorkflowContext context) {
    return accept(order, command, context).order();
  }

  /** Decides and asserts the command was a repeat: no event, the order as given. */
  static void repeat(Order order, Command command, WorkflowContext context) {
    Decision d = OrderWorkflow.decide(order, command, context);
    assertThat(d.rejection()).as("rejection of %s", command).isEmpty();
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.REPEATED);
    assertThat(d.isRepeat()).isTrue();
    assertThat(d.events()).isEmpty();
    assertThat(d.order()).isSameAs(order);
  }

  /** Decides and asserts the command was rejected under the rule, with the order unchanged. */
  static Rejection reject(Order order, Command command, WorkflowContext context, Rule rule) {
    Decision d = OrderWorkflow.decide(order, command, context);
    assertThat(d.rejection()).as("decision of %s", command).isPresent();
    assertThat(d.outcome()).isEqualTo(Decision.Outcome.REJECTED);
    assertThat(d.isRejected()).isTrue();
    assertThat(d.rejection().get().rule()).as(d.rejection().get().message()).isEqualTo(rule);
    assertThat(d.rejection().get().message()).contains(rule.cite()).contains(order.id().value());
    assertThat(d.order()).isSameAs(order);
    assertThat(d.events()).isEmpty();
    return d.rejection().get();
  }
}
