package io.github.orderly.workflow;

import static io.github.orderly.status.ItemStatus.AWAITING_RELEASE;
import static io.github.orderly.status.ItemStatus.ORDER_PLACED;
import static io.github.orderly.status.ItemStatus.UNFULFILLED;
import static io.github.orderly.status.PaymentStatus.AUTHORIZED;
import static io.github.orderly.status.PaymentStatus.NOT_CHARGED;
import static io.github.orderly.status.PaymentStatus.PAYMENT_PROCESSING;
import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.LATER;
import static io.github.orderly.workflow.Fixtures.PURCHASED;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.repeat;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static io.github.orderly.workflow.GivenWhenThen.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Rule;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.policy.DeadlineKind;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.Sweep;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.InvalidQueryException;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R52: a pre-order is Pending availability until the marketplace releases it or cancels it. */
class PreOrderR52Test {
  private static final CommandId WHEN = CommandId.of("when");
  private static final Instant RELEASE_DAY = Instant.parse("2026-03-01T06:00:00Z");

  private static Cause cause(WorkflowContext context) {
    return new Cause(WHEN, context.instant(), context.actor());
  }

  /** The two-line fixture order with every line a pre-order awaiting its release. */
  static Order preOrder() {
    Order pending = Fixtures.pending();
    return Order.builder().from(pending).lines(pending.lines().stream()
        .map(l -> OrderLine.builder().from(l).itemStatus(AWAITING_RELEASE).build()).toList()).build();
  }

  @Test
  @DisplayName("R52: an order with a line awaiting release and nothing shipped derives Pending availability")
  void r52_derivesPendingAvailability() {
    Order order = preOrder();
    assertThat(order.status()).isEqualTo(OrderStatus.PENDING_AVAILABILITY);
    assertThat(order.status().label()).isEqualTo("Pending availability");
    assertThat(order.status().isPending()).isTrue();
    Order oneReleased = Order.builder().from(order).lines(List.of(order.lines().get(0),
        OrderLine.builder().from(order.lines().get(1)).itemStatus(ORDER_PLACED).build())).build();
    assertThat(oneReleased.status()).as("one line still awaits release").isEqualTo(OrderStatus.PENDING_AVAILABILITY);
  }

  @Test
  @DisplayName("R52: a line awaiting release with an authorized payment cannot be built")
  void r52_awaitingReleaseNeedsPaymentProcessing() {
    Order unshipped = Fixtures.unshipped();
    assertThatThrownBy(() -> Order.builder().from(unshipped).lines(List.of(
        OrderLine.builder().from(unshipped.lines().get(0)).itemStatus(AWAITING_RELEASE).build())).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessageStartingWith("lines[0].itemStatus = 'AWAITING_RELEASE': ")
        .hasMessageEndingWith("PAYMENT_PROCESSING until then (R52)");
  }

  @Test
  @DisplayName("R52: given a pre-order, when the marketplace reports it Pending, then its lines are Order placed"
      + " and the order is Pending")
  void r52_releasedToPending() {
    UpstreamStatus reported = new UpstreamStatus(OrderStatus.PENDING, RELEASE_DAY);
    Order released = given(preOrder())
        .when(new RecordUpstreamStatus(WHEN, OrderStatus.PENDING, RELEASE_DAY), marketplace())
        .then(new UpstreamStatusMerged(cause(marketplace()), reported, List.of(
            new LineStatus(L1, ORDER_PLACED, PAYMENT_PROCESSING), new LineStatus(L2, ORDER_PLACED, PAYMENT_PROCESSING))))
        .order();
    assertThat(released.status()).isEqualTo(OrderStatus.PENDING);
  }

  @Test
  @DisplayName("R52: given a pre-order, when the marketplace reports it Unshipped, then its lines are Order placed"
      + " with the payment authorized, and the seller can ship it")
  void r52_releasedToUnshipped() {
    UpstreamStatus reported = new UpstreamStatus(OrderStatus.UNSHIPPED, RELEASE_DAY);
    Order released = given(preOrder())
        .when(new RecordUpstreamStatus(WHEN, OrderStatus.UNSHIPPED, RELEASE_DAY), marketplace())
        .then(new UpstreamStatusMerged(cause(marketplace()), reported, List.of(
            new LineStatus(L1, ORDER_PLACED, AUTHORIZED), new LineStatus(L2, ORDER_PLACED, AUTHORIZED))))
        .order();
    assertThat(released.status()).isEqualTo(OrderStatus.UNSHIPPED);
    assertThat(Fixtures.accepted(released, ship(L1, 2, "1Z-R52"), seller()).status())
        .isEqualTo(OrderStatus.PARTIALLY_SHIPPED);
  }

  @Test
  @DisplayName("R52: given a pre-order, when the marketplace reports it Pending availability again, then it is a"
      + " repeat after the first report")
  void r52_reportStillPendingAvailability_changesNoLine_andRepeats() {
    Order reported = given(preOrder())
        .when(new RecordUpstreamStatus(WHEN, OrderStatus.PENDING_AVAILABILITY, RELEASE_DAY), marketplace())
        .then(new UpstreamStatusMerged(cause(marketplace()),
            new UpstreamStatus(OrderStatus.PENDING_AVAILABILITY, RELEASE_DAY), List.of()))
        .order();
    assertThat(reported.status()).isEqualTo(OrderStatus.PENDING_AVAILABILITY);
    repeat(reported, new RecordUpstreamStatus(Fixtures.id(), OrderStatus.PENDING_AVAILABILITY, RELEASE_DAY),
        marketplace());
  }

  @Test
  @DisplayName("R52: given a released order, a later Pending availability report does not move it back")
  void r52_releaseIsNotRolledBack() {
    Order released = Fixtures.accepted(preOrder(), new RecordUpstreamStatus(Fixtures.id(), OrderStatus.UNSHIPPED,
        RELEASE_DAY), marketplace());
    repeat(released, new RecordUpstreamStatus(Fixtures.id(), OrderStatus.PENDING_AVAILABILITY,
        RELEASE_DAY.plusSeconds(60)), marketplace());
  }

  @Test
  @DisplayName("R52: given a pre-order, when the marketplace cancels it, then it is cancelled, not charged")
  void r52_marketplaceCancelsPreOrder() {
    given(preOrder())
        .when(new AutoCancel(WHEN, CancellationReason.PAYMENT_NOT_COMPLETED), marketplace())
        .then(new OrderCancelled(cause(marketplace()), Cancellation.of(CancellationReason.PAYMENT_NOT_COMPLETED,
            Party.MARKETPLACE, LATER), List.of(new LineStatus(L1, UNFULFILLED, NOT_CHARGED),
            new LineStatus(L2, UNFULFILLED, NOT_CHARGED)), List.of(), Optional.empty()));
  }

  @Test
  @DisplayName("R52: given a pre-order, when the marketplace reports it cancelled, then it is cancelled upstream")
  void r52_upstreamCancelsPreOrder() {
    Order cancelled = Fixtures.accepted(preOrder(), new RecordUpstreamStatus(Fixtures.id(), OrderStatus.CANCELLED,
        RELEASE_DAY), marketplace());
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.lines()).extracting(OrderLine::itemStatus).containsOnly(UNFULFILLED);
  }

  @Test
  @DisplayName("R52: given a pre-order, the seller's ship, prepare, cancel and payment confirmation are rejected"
      + " naming R52, and the order is unchanged")
  void r52_sellerActionsRejected() {
    Order order = preOrder();
    Rejection ship = reject(order, ship(L1, 1, "1Z-PRE"), seller(), Rule.R52);
    assertThat(ship.message()).contains("is a pre-order awaiting its release");
    assertThat(ship.fromStatus()).isPresent();
    reject(order, new PrepareShipment(Fixtures.id(), List.of(L1)), seller(), Rule.R52);
    reject(order, Cancel.bySeller(Fixtures.id(), CancellationReason.NO_STOCK), seller(), Rule.R52);
    reject(order, new ConfirmPayment(Fixtures.id()), marketplace(), Rule.R52);
  }

  @Test
  @DisplayName("R52, R12: a pre-order has no pending window and no confirmation deadline before its release;"
      + " the sweep cancels nothing")
  void r52_noDeadlinesBeforeRelease() {
    Order order = preOrder();
    assertThat(Deadlines.of(order, DeadlinePolicies.defaults())).extracting(d -> d.kind())
        .doesNotContain(DeadlineKind.PAYMENT_PENDING, DeadlineKind.SHIPMENT_CONFIRMATION);
    assertThat(Sweep.nextDueAt(order, DeadlinePolicies.defaults())).isEmpty();
    Instant monthsLater = PURCHASED.plus(200, ChronoUnit.DAYS);
    assertThat(Sweep.of(DeadlinePolicies.defaults()).run(List.of(order), monthsLater).actions()).isEmpty();
    assertThat(Sweep.nextDueAt(Fixtures.pending(), DeadlinePolicies.defaults()))
        .as("a plain pending order has its window").isPresent();
  }

  @Test
  @DisplayName("R52, R12: given a pre-order released 200 days after its purchase, its pending window counts from the"
      + " release: nothing is due a day later, the cancellation is due the window after the release")
  void r52_pendingWindowCountsFromTheRelease() {
    Instant release = PURCHASED.plus(200, ChronoUnit.DAYS);
    Order released = Fixtures.accepted(preOrder(), new RecordUpstreamStatus(Fixtures.id(), OrderStatus.PENDING,
        release), marketplace());
    assertThat(released.status()).isEqualTo(OrderStatus.PENDING);
    assertThat(released.releasedAt()).as("the release is recorded").contains(release);
    int days = DeadlinePolicies.defaults().pendingDays();
    assertThat(Sweep.nextDueAt(released, DeadlinePolicies.defaults()))
        .contains(release.plus(days, ChronoUnit.DAYS));
    Sweep sweep = Sweep.of(DeadlinePolicies.defaults());
    assertThat(sweep.run(List.of(released), release.plus(1, ChronoUnit.DAYS)).cancellations())
        .as("a day after the release, though 201 days after the purchase").isEmpty();
    assertThat(sweep.run(List.of(released), release.plus(days + 1, ChronoUnit.DAYS)).cancellations())
        .extracting(c -> c.deadline().rule()).containsExactly(Rule.R12);
    Order again = Fixtures.accepted(released, new RecordUpstreamStatus(Fixtures.id(), OrderStatus.PENDING,
        release.plus(3, ChronoUnit.DAYS)), marketplace());
    assertThat(again.releasedAt()).as("a later Pending report does not move the release").contains(release);
    assertThat(io.github.orderly.json.OrderlyJson.read(io.github.orderly.json.OrderlyJson.write(released), Order.class))
        .isEqualTo(released);
  }

  @Test
  @DisplayName("R52: a release before the purchase cannot be built")
  void r52_releaseNotBeforePurchase() {
    assertThatThrownBy(() -> Order.builder().from(Fixtures.pending()).releasedAt(PURCHASED.minusSeconds(1)).build())
        .isInstanceOf(InvalidOrderException.class)
        .hasMessage("releasedAt = '2026-02-27T09:59:59Z': must not be before purchasedAt '2026-02-27T10:00:00Z'");
  }

  @Test
  @DisplayName("R52: a pre-order matches a query only with includePending, and selecting it without is refused")
  void r52_queryHidesPreOrdersUnlessPendingIncluded() {
    Order order = preOrder();
    assertThat(OrderQuery.builder().build().matches(order)).isFalse();
    assertThat(OrderQuery.builder().includePending(true).addOrderStatuses(OrderStatus.PENDING_AVAILABILITY).build()
        .matches(order)).isTrue();
    assertThatThrownBy(() -> OrderQuery.builder().addOrderStatuses(OrderStatus.PENDING_AVAILABILITY).build())
        .isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("selects PENDING_AVAILABILITY while includePending is off (R52)");
  }

  @Test
  @DisplayName("R52: the item table starts a line at Order placed or Awaiting release")
  void r52_awaitingReleaseIsAnInitialStatus() {
    assertThat(StatusTables.item().initial()).contains(ItemStatus.AWAITING_RELEASE, ItemStatus.ORDER_PLACED);
  }
}
