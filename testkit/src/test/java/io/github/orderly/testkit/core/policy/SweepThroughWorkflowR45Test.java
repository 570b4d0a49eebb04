package io.github.orderly.testkit.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.policy.AutomaticCancellation;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.workflow.AutoCancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sweep's automatic cancellations, carried out by the workflow (R45, R8, R9, R12, R43). */
class SweepThroughWorkflowR45Test {
  private static final DeadlinePolicy POLICY = DeadlinePolicies.sellerCentralUsSeed();

  private static Map<OrderId, Order> applyAll(Map<OrderId, Order> orders, SweepResult due, List<Decision> log) {
    Map<OrderId, Order> next = new LinkedHashMap<>(orders);
    for (AutomaticCancellation c : due.cancellations()) {
      Order order = next.get(c.orderId());
      Decision d = OrderWorkflow.decide(order, AutoCancel.from(c), WorkflowContext.of(c.at(), Role.MARKETPLACE,
          POLICY));
      log.add(d);
      next.put(c.orderId(), d.order());
    }
    return next;
  }

  @Test
  @DisplayName("R45 R8: applied cancellations leave the buyer not charged, and applying them twice changes nothing")
  void appliedCancellationsAreFinalAndIdempotent() {
    OrderGenerator generator = OrderGenerator.standard().purchasedWithin(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofDays(20));
    Property.named("applied sweep cancellations leave the buyer not charged and are idempotent")
        .withTries(Math.max(50, Property.configuredTries(1000) / 10))
        .check(r -> {
          List<Order> list = new ArrayList<>();
          for (int i = 0; i < 20; i++) {
            list.add(generator.next(r));
          }
          return list;
        }, list -> {
          Map<OrderId, Order> orders = new LinkedHashMap<>();
          list.forEach(o -> orders.put(o.id(), o));
          Instant at = Instant.parse("2026-03-15T00:00:00Z");
          SweepResult due = Sweep.of(POLICY).run(orders.values(), at);

          List<Decision> first = new ArrayList<>();
          Map<OrderId, Order> once = applyAll(orders, due, first);
          for (int i = 0; i < first.size(); i++) {
            Decision d = first.get(i);
            assertThat(d.rejection()).as("cancellation of %s", due.cancellations().get(i).orderId()).isEmpty();
            assertThat(d.order().status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(d.order().lines()).allSatisfy(l -> assertThat(l.paymentStatus()).isEqualTo(PaymentStatus.NOT_CHARGED));
          }

          List<Decision> second = new ArrayList<>();
          Map<OrderId, Order> twice = applyAll(once, due, second);
          assertThat(twice).isEqualTo(once);
          assertThat(second).allSatisfy(d -> {
            assertThat(d.isRepeat()).isTrue();
            assertThat(d.events()).isEmpty();
          });

          assertThat(Sweep.of(POLICY).run(once.values(), at).cancellations())
              .as("nothing is due twice once the cancellations are applied").isEmpty();
        });
  }

  @Test
  void R46_theWorkflowTakesItsWindowsFromThePolicy() {
    DeadlinePolicy japan = DeadlinePolicies.sellerCentralJapan();
    var context = WorkflowContext.of(Instant.EPOCH, Role.STAFF, japan);
    assertThat(context.zone()).isEqualTo(japan.zone());
    assertThat(context.policy()).isSameAs(japan);
    assertThat(context.role()).isEqualTo(Role.STAFF);
  }
}
