package io.github.orderly.testkit.core.policy;

import static io.github.orderly.testkit.core.policy.TestOrders.LOS_ANGELES;
import static io.github.orderly.testkit.core.policy.TestOrders.at;
import static io.github.orderly.testkit.core.policy.TestOrders.pending;
import static io.github.orderly.testkit.core.policy.TestOrders.request;
import static io.github.orderly.testkit.core.policy.TestOrders.unshipped;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.policy.AutomaticCancellation;
import io.github.orderly.policy.Consequence;
import io.github.orderly.policy.Deadline;
import io.github.orderly.policy.DeadlineKind;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.Escalation;
import io.github.orderly.policy.Sweep;
import io.github.orderly.policy.SweepResult;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.OrderGenerator;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RequestsAndPendingR10R12Test {
  private static final DeadlinePolicy US = DeadlinePolicies.sellerCentralUs();

  @Test
  @DisplayName("R10: a buyer's cancellation request unanswered for 2 days is escalated")
  void unansweredRequestEscalates() {
    Instant purchased = at("2026-04-01T09:00", LOS_ANGELES);
    Instant asked = at("2026-04-01T11:30", LOS_ANGELES);
    Order order = unshipped("112-0000010-0000001", purchased).shipBy(at("2026-04-20T09:00", LOS_ANGELES))
        .addCancellationRequest(request(asked)).build();
    Instant twoDaysLater = at("2026-04-03T11:30", LOS_ANGELES);

    assertThat(Sweep.of(US).run(List.of(order), twoDaysLater.minusSeconds(1)).actions()).isEmpty();
    SweepResult result = Sweep.of(US).run(List.of(order), twoDaysLater);
    assertThat(result.actions()).hasSize(1);
    Escalation escalation = result.escalations().get(0);
    assertThat(escalation.at()).isEqualTo(twoDaysLater);
    assertThat(escalation.requestedAt()).isEqualTo(asked);
    assertThat(escalation.rule()).isEqualTo(Rule.R10);
    assertThat(escalation.id()).isEqualTo("escalate:112-0000010-0000001:cancellation-request:" + asked);
  }

  @Test
  @DisplayName("R10: an answered request (no longer open), a cancelled order and Buy with Prime do not escalate")
  void noEscalationWithoutOpenRequest() {
    Instant purchased = at("2026-04-01T09:00", LOS_ANGELES);
    Order answered = unshipped("112-0000010-0000002", purchased).shipBy(at("2026-04-20T09:00", LOS_ANGELES)).build();
    Order withRequest = Order.builder().from(answered).addCancellationRequest(request(purchased)).build();
    Instant later = at("2026-04-05T00:00", LOS_ANGELES);
    assertThat(Sweep.of(US).run(List.of(answered), later).actions()).isEmpty();
    assertThat(Sweep.of(DeadlinePolicies.buyWithPrime()).run(List.of(withRequest), later).actions()).isEmpty();
    assertThat(Deadlines.of(withRequest, DeadlinePolicies.buyWithPrime()))
        .filteredOn(d -> d.kind() == DeadlineKind.CANCELLATION_REQUEST)
        .singleElement()
        .satisfies(d -> assertThat(d.consequence()).isEqualTo(Consequence.WINDOW_CLOSES));
  }

  @Test
  @DisplayName("R12: a pending order still unresolved after its 7-day window is cancelled, payment not completed")
  void pendingPastWindowCancelled() {
    Instant purchased = at("2026-05-10T20:00", LOS_ANGELES);
    Order order = pending("112-0000012-0000001", purchased).shipBy(at("2026-05-12T20:00", LOS_ANGELES)).build();
    Instant sevenDays = at("2026-05-17T20:00", LOS_ANGELES);

    assertThat(Sweep.of(US).run(List.of(order), sevenDays.minusSeconds(1)).actions()).isEmpty();
    AutomaticCancellation cancel = Sweep.of(US).run(List.of(order), sevenDays).cancellations().get(0);
    assertThat(cancel.reason()).isEqualTo(CancellationReason.PAYMENT_NOT_COMPLETED);
    assertThat(cancel.by()).isEqualTo(Party.MARKETPLACE);
    assertThat(cancel.rule()).isEqualTo(Rule.R12);
    assertThat(cancel.dueAt()).isEqualTo(sevenDays);
    assertThat(cancel.commandId()).isEqualTo(CommandId.of("auto-cancel:112-0000012-0000001:payment-pending"));
  }

  @Test
  @DisplayName("R1 R12: a pending order has no shipment deadline; a policy that tolerates pending orders cancels none")
  void pendingToleratedByPolicy() {
    Order order = pending("112-0000012-0000002", at("2026-05-10T20:00", LOS_ANGELES)).build();
    assertThat(Deadlines.of(order, US)).extracting(Deadline::kind)
        .containsExactly(DeadlineKind.PAYMENT_PENDING, DeadlineKind.BUYER_EDIT);
    DeadlinePolicy tolerant = DeadlinePolicy.builder().from(US).cancelPendingAfterWindow(false).build();
    assertThat(Sweep.of(tolerant).run(List.of(order), at("2026-09-01T00:00", LOS_ANGELES)).actions()).isEmpty();
  }

  @Test
  @DisplayName("R11 R20: the buyer-edit window closes 5 minutes after checkout; returns close 30 days after the last shipment")
  void informationalWindows() {
    Instant purchased = at("2026-05-10T20:00", LOS_ANGELES);
    Order order = unshipped("112-0000011-0000001", purchased).build();
    assertThat(Deadlines.of(order, US)).filteredOn(d -> d.kind() == DeadlineKind.BUYER_EDIT).singleElement()
        .satisfies(d -> {
          assertThat(d.dueAt()).isEqualTo(at("2026-05-10T20:05", LOS_ANGELES));
          assertThat(d.consequence()).isEqualTo(Consequence.WINDOW_CLOSES);
          assertThat(d.rule()).isEqualTo(Rule.R11);
        });
    Order shipped = io.github.orderly.testkit.OrderGenerator.standard()
        .next(new java.util.SplittableRandom(3), io.github.orderly.status.OrderStatus.SHIPPED);
    Instant last = shipped.shipments().stream().map(s -> s.shippedAt()).max(Instant::compareTo).orElseThrow();
    assertThat(Deadlines.of(shipped, US)).filteredOn(d -> d.kind() == DeadlineKind.RETURN_WINDOW).singleElement()
        .satisfies(d -> assertThat(d.dueAt()).isEqualTo(last.atZone(LOS_ANGELES).plusDays(30).toInstant()));
  }
}
