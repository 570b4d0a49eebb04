package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.access.Role;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.Property;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.PrepareShipment;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R50: later payloads of an order already held merge monotonically. */
class UpstreamMergeR50Test {
  private static final String UNSHIPPED = Fixtures.v2026("getOrder-unshipped");
  private static final Instant CREATED = Instant.parse("2026-03-10T14:05:00Z");
  private static final WorkflowContext MARKETPLACE = WorkflowContext.of(Instant.parse("2026-03-20T00:00:00Z"),
      Role.MARKETPLACE);
  private static final List<List<Orders2026.FulfillmentStatus>> LIVES = List.of(
      List.of(Orders2026.FulfillmentStatus.PENDING, Orders2026.FulfillmentStatus.UNSHIPPED,
          Orders2026.FulfillmentStatus.PARTIALLY_SHIPPED, Orders2026.FulfillmentStatus.SHIPPED),
      List.of(Orders2026.FulfillmentStatus.PENDING, Orders2026.FulfillmentStatus.UNSHIPPED,
          Orders2026.FulfillmentStatus.SHIPPED),
      List.of(Orders2026.FulfillmentStatus.PENDING, Orders2026.FulfillmentStatus.CANCELLED),
      List.of(Orders2026.FulfillmentStatus.PENDING, Orders2026.FulfillmentStatus.UNSHIPPED,
          Orders2026.FulfillmentStatus.CANCELLED),
      // Pre-orders (R52): released to Pending, or cancelled before their release.
      List.of(Orders2026.FulfillmentStatus.PENDING_AVAILABILITY, Orders2026.FulfillmentStatus.PENDING,
          Orders2026.FulfillmentStatus.UNSHIPPED, Orders2026.FulfillmentStatus.SHIPPED),
      List.of(Orders2026.FulfillmentStatus.PENDING_AVAILABILITY, Orders2026.FulfillmentStatus.CANCELLED));

  private static String replaced(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** The fixture's order in a status, last updated at an instant. */
  static Order payload(Orders2026.FulfillmentStatus status, Instant updated) {
    String json = replaced(UNSHIPPED, "\"fulfillmentStatus\": \"UNSHIPPED\"",
        "\"fulfillmentStatus\": \"" + status.name() + "\"");
    json = replaced(json, "\"lastUpdatedTime\": \"2026-03-10T14:35:00Z\"", "\"lastUpdatedTime\": \"" + updated + "\"");
    String second = "\"quantityFulfilled\": 0,\n          \"quantityUnfulfilled\": 1";
    String secondDone = "\"quantityFulfilled\": 1,\n          \"quantityUnfulfilled\": 0";
    if (status == Orders2026.FulfillmentStatus.PARTIALLY_SHIPPED) {
      json = replaced(json, second, secondDone);
    } else if (status == Orders2026.FulfillmentStatus.SHIPPED) {
      json = replaced(replaced(json, second, secondDone), "\"quantityFulfilled\": 0,\n          \"quantityUnfulfilled\": 2",
          "\"quantityFulfilled\": 2,\n          \"quantityUnfulfilled\": 0");
    }
    return AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(json));
  }

  /** One life of an order as the payloads the host pulled, some of them twice. */
  private record Life(List<Order> chronological, List<Order> pulled) {}

  private static final Generator<Life> LIFE = random -> {
    List<Orders2026.FulfillmentStatus> path = LIVES.get(random.nextInt(LIVES.size()));
    List<Order> chronological = new ArrayList<>();
    Instant at = CREATED.plusSeconds(60 + random.nextInt(3_600));
    for (Orders2026.FulfillmentStatus status : path) {
      chronological.add(payload(status, at));
      at = at.plusSeconds(1 + random.nextInt(86_400));
    }
    List<Order> pulled = new ArrayList<>(chronological);
    for (int i = random.nextInt(3); i > 0; i--) {
      pulled.add(chronological.get(random.nextInt(chronological.size())));
    }
    Collections.shuffle(pulled, new Random(random.nextLong()));
    return new Life(List.copyOf(chronological), List.copyOf(pulled));
  };

  private static Order fold(List<Order> payloads) {
    Order held = payloads.get(0);
    for (Order update : payloads.subList(1, payloads.size())) {
      held = AmazonOrders.merge(held, update, MARKETPLACE);
    }
    return held;
  }

  @Test
  @DisplayName("R50: any permutation of the same payloads, repeats included, gives the same order: the newest")
  void anyPermutationOfTheSameUpdates_givesTheSameOrder() {
    Property.named("R50: any permutation of the same payloads, repeats included, merges to the same order")
        .withTries(Math.max(1, Property.named("tries").tries() / 40))
        .check(LIFE, life -> {
          Order expected = life.chronological().get(life.chronological().size() - 1);
          assertThat(fold(life.chronological())).isEqualTo(expected);
          assertThat(fold(life.pulled())).isEqualTo(expected);
        });
  }

  @Test
  @DisplayName("R50: an older or repeated payload never rolls the order back")
  void olderOrRepeatedPayload_changesNothing() {
    Order shipped = payload(Orders2026.FulfillmentStatus.SHIPPED, CREATED.plusSeconds(7_200));
    Order older = payload(Orders2026.FulfillmentStatus.UNSHIPPED, CREATED.plusSeconds(3_600));
    assertThat(AmazonOrders.merge(shipped, older, MARKETPLACE)).isSameAs(shipped);
    assertThat(AmazonOrders.merge(shipped, shipped, MARKETPLACE)).isSameAs(shipped);
    Order backwards = payload(Orders2026.FulfillmentStatus.UNSHIPPED, CREATED.plusSeconds(9_000));
    assertThat(AmazonOrders.merge(shipped, backwards, MARKETPLACE)).isSameAs(shipped);
  }

  @Test
  @DisplayName("R50: an upstream cancellation of an order the host works on goes through the workflow as the"
      + " marketplace's cancellation and blocks a local shipment")
  void upstreamCancellation_goesThroughTheWorkflow_andBlocksALocalShipment() {
    Order held = payload(Orders2026.FulfillmentStatus.UNSHIPPED, CREATED.plusSeconds(1_800));
    Decision prepared = OrderWorkflow.decide(held, new PrepareShipment(CommandId.of("p1"),
        List.of(LineId.of("31122904481116"))), WorkflowContext.of(CREATED.plusSeconds(2_000), Role.STAFF));
    assertThat(prepared.rejection()).isEmpty();
    Order worked = prepared.order();
    Order cancelled = AmazonOrders.merge(worked, payload(Orders2026.FulfillmentStatus.CANCELLED,
        CREATED.plusSeconds(4_000)), MARKETPLACE);
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.cancellation().orElseThrow().by()).isEqualTo(Party.MARKETPLACE);
    assertThat(cancelled.version()).isEqualTo(worked.version() + 1);
    Decision ship = OrderWorkflow.decide(cancelled, ConfirmShipment.of(CommandId.of("s1"), Carrier.of("UPS"),
        TrackingId.of("1Z1"), CREATED.plusSeconds(5_000), List.of(ShipmentLine.of(LineId.of("31122904481116"), 2))),
        WorkflowContext.of(CREATED.plusSeconds(5_000), Role.STAFF));
    assertThat(ship.rejection().orElseThrow().rule()).isEqualTo(Rule.R50);
  }
}
