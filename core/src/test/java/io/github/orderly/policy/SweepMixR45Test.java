package io.github.orderly.policy;

import static io.github.orderly.policy.TestOrders.pending;
import static io.github.orderly.policy.TestOrders.request;
import static io.github.orderly.policy.TestOrders.unshipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A sweep over a mix of orders whose deadlines fall due together (R45), each deadline kind's own rule
 * (R8, R10, R11, R12), and the bounds of a policy's inputs (R46, R30). Under the defaults (UTC): shipment
 * confirmed within 30 calendar days of the order date, pending cancelled after 7 days, a buyer's request
 * escalated after 2 days, the buyer's edit window 5 minutes.
 */
class SweepMixR45Test {
  private static final DeadlinePolicy WARNS = DeadlinePolicy.builder().from(DeadlinePolicies.defaults())
      .name("defaults, warning 2 days ahead").confirmWarningDays(2).build();
  private static final Sweep SWEEP = Sweep.of(WARNS);

  private static Instant day(String date) {
    return Instant.parse(date + "T00:00:00Z");
  }

  /** Unshipped, placed 1 January: confirmation due 31 January, warning from 29 January (R8). */
  private static final Order A = unshipped("A-1", day("2026-01-01")).build();
  /** Pending, placed 20 January: cancelled on 27 January (R12). */
  private static final Order B = pending("B-1", day("2026-01-20")).build();
  /** Unshipped, placed 2 January, the buyer asked to cancel on 25 January: escalated on 27 January (R10). */
  private static final Order C = unshipped("C-1", day("2026-01-02")).addCancellationRequest(request(day("2026-01-25")))
      .build();
  /** Pending, placed 20 January, request on 25 January: pending window and request both due on 27 January. */
  private static final Order D = pending("D-1", day("2026-01-20")).addCancellationRequest(request(day("2026-01-25")))
      .build();

  @Test
  @DisplayName("R45: one sweep reports each order's due actions sorted by instant, order, kind and action,"
      + " whatever the input order")
  void r45_mixedSweepIsSortedAndComplete() {
    List<String> expected = List.of(
        "auto-cancel:B-1:payment-pending",
        "escalate:C-1:cancellation-request:2026-01-25T00:00:00Z",
        "auto-cancel:D-1:payment-pending",
        "escalate:D-1:cancellation-request:2026-01-25T00:00:00Z",
        "warn:A-1:shipment-confirmation",
        "warn:C-1:shipment-confirmation");
    Instant at = day("2026-01-30");
    for (List<Order> input : List.of(List.of(A, B, C, D), List.of(D, C, B, A), List.of(C, A, D, B))) {
      SweepResult result = SWEEP.run(input, at);
      assertThat(result.actions()).extracting(DueAction::id).containsExactlyElementsOf(expected);
      assertThat(result.at()).isEqualTo(at);
    }
    SweepResult result = SWEEP.run(List.of(A, B, C, D), at);
    assertThat(result.cancellations()).extracting(AutomaticCancellation::dueAt)
        .containsExactly(day("2026-01-27"), day("2026-01-27"));
    assertThat(result.escalations()).extracting(Escalation::at).containsExactly(day("2026-01-27"), day("2026-01-27"));
    assertThat(result.warnings()).extracting(Warning::at).containsExactly(day("2026-01-29"), day("2026-01-30"));
    assertThat(result.warnings()).extracting(Warning::text).containsExactly(
        "Confirm as shipped by 2026-01-31 to avoid cancellation",
        "Confirm as shipped by 2026-02-01 to avoid cancellation");
    assertThat(SWEEP.run(List.of(), at).actions()).isEmpty();
    assertThat(SWEEP.run(List.of(B), at).actions()).extracting(DueAction::id)
        .containsExactly("auto-cancel:B-1:payment-pending");
  }

  @Test
  @DisplayName("R45: nextDueAt is the first instant a sweep acts on the order; a second earlier it does not")
  void r45_nextDueAtIsTheFirstActingInstant() {
    assertThat(SWEEP.nextDueAt(A)).contains(day("2026-01-29"));
    assertThat(SWEEP.nextDueAt(B)).contains(day("2026-01-27"));
    assertThat(SWEEP.nextDueAt(C)).contains(day("2026-01-27"));
    assertThat(SWEEP.nextDueAt(D)).contains(day("2026-01-27"));
    assertThat(Sweep.of(DeadlinePolicies.defaults()).nextDueAt(A)).as("no warning: the due instant itself")
        .contains(day("2026-01-31"));
    Order marketplaceFulfilled = unshipped("E-1", day("2026-01-01")).fulfilmentChannel(FulfilmentChannel.MARKETPLACE)
        .build();
    assertThat(SWEEP.nextDueAt(marketplaceFulfilled)).as("no deadline acts on it").isEmpty();
    for (Order order : List.of(A, B, C, D)) {
      Instant next = SWEEP.nextDueAt(order).orElseThrow();
      assertThat(SWEEP.run(List.of(order), next).actions()).as(order.id().value()).isNotEmpty();
      assertThat(SWEEP.run(List.of(order), next.minusSeconds(1)).actions()).as(order.id().value()).isEmpty();
    }
  }

  @Test
  @DisplayName("R45 R46: a sweep by marketplace applies each marketplace's policy and the fallback to the rest")
  void r46_policyByMarketplace() {
    Order japan = unshipped("J-1", day("2026-01-01")).marketplace(MarketplaceId.of("amazon.co.jp")).build();
    Sweep sweep = Sweep.byMarketplace(Map.of(MarketplaceId.of("amazon.co.jp"), DeadlinePolicies.sellerCentralJapan()),
        DeadlinePolicies.defaults());
    assertThat(sweep.policyFor(japan)).isSameAs(DeadlinePolicies.sellerCentralJapan());
    assertThat(sweep.policyFor(A)).isSameAs(DeadlinePolicies.defaults());
    assertThat(Sweep.of(WARNS).policyFor(japan)).isSameAs(WARNS);
  }

  @Test
  @DisplayName("R8 R10 R11 R12: an order's deadlines, in the order of their kinds, each with its rule")
  void deadlinesOfAnOrder() {
    assertThat(Deadlines.of(A, WARNS)).extracting(Deadline::kind, Deadline::dueAt, Deadline::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DeadlineKind.SHIPMENT_CONFIRMATION, day("2026-01-31"), io.github.orderly.Rule.R8),
        org.assertj.core.groups.Tuple.tuple(DeadlineKind.BUYER_EDIT, day("2026-01-01").plus(Duration.ofMinutes(5)),
            io.github.orderly.Rule.R11));
    assertThat(Deadlines.of(D, WARNS)).extracting(Deadline::kind, Deadline::consequence).containsExactly(
        org.assertj.core.groups.Tuple.tuple(DeadlineKind.PAYMENT_PENDING, Consequence.AUTOMATIC_CANCELLATION),
        org.assertj.core.groups.Tuple.tuple(DeadlineKind.CANCELLATION_REQUEST, Consequence.ESCALATION),
        org.assertj.core.groups.Tuple.tuple(DeadlineKind.BUYER_EDIT, Consequence.WINDOW_CLOSES));
    DeadlinePolicy quiet = DeadlinePolicy.builder().from(WARNS).cancelPendingAfterWindow(false)
        .escalateUnansweredRequests(false).build();
    assertThat(Deadlines.of(D, quiet)).extracting(Deadline::consequence).containsOnly(Consequence.WINDOW_CLOSES);
    assertThat(Sweep.of(quiet).run(List.of(D), day("2026-02-27")).actions()).as("windows only close").isEmpty();
    Order marketplaceFulfilled = unshipped("E-1", day("2026-01-01")).fulfilmentChannel(FulfilmentChannel.MARKETPLACE)
        .build();
    assertThat(Deadlines.of(marketplaceFulfilled, WARNS)).as("R11: only seller-fulfilled orders are edited").isEmpty();
  }

  @Test
  @DisplayName("R26 R8: the 'confirm shipment within' view includes an order due strictly before now + within")
  void r26_confirmationDueWithin() {
    Instant now = day("2026-01-30");
    assertThat(Deadlines.confirmationDueWithin(WARNS, now, Duration.ofDays(1)).test(A)).isFalse();
    assertThat(Deadlines.confirmationDueWithin(WARNS, now, Duration.ofDays(1).plusSeconds(1)).test(A)).isTrue();
    assertThat(Deadlines.confirmationDueWithin(WARNS, now, Duration.ZERO).test(A)).isFalse();
    assertThat(Deadlines.confirmationDueWithin(WARNS, day("2026-02-01"), Duration.ZERO).test(A)).as("overdue").isTrue();
    assertThat(Deadlines.confirmationDueWithin(WARNS, now, Duration.ofDays(10)).test(B)).as("pending").isFalse();
    Duration longest = Duration.ofDays(Limits.MAX_WINDOW_DAYS);
    assertThat(Deadlines.confirmationDueWithin(WARNS, now, longest).test(A)).isTrue();
    assertThatThrownBy(() -> Deadlines.confirmationDueWithin(WARNS, now, longest.plusSeconds(1)))
        .isInstanceOf(InvalidPolicyException.class).hasMessageStartingWith("within = ");
    assertThatThrownBy(() -> Deadlines.confirmationDueWithin(WARNS, now, Duration.ofSeconds(-1)))
        .isInstanceOf(InvalidPolicyException.class).hasMessageEndingWith(": must not be negative");
  }

  @Test
  @DisplayName("R46: a policy's windows at their bounds are accepted, one past them refused")
  void r46_policyBounds() {
    Duration longest = Duration.ofDays(Limits.MAX_WINDOW_DAYS);
    assertThat(DeadlinePolicy.builder().from(WARNS).buyerEditWindow(longest).build().buyerEditWindow()).isEqualTo(longest);
    assertThatThrownBy(() -> DeadlinePolicy.builder().from(WARNS).buyerEditWindow(longest.plusNanos(1)).build())
        .isInstanceOf(InvalidPolicyException.class).hasMessageStartingWith("buyerEditWindow = ");
    assertThat(DeadlinePolicy.builder().from(WARNS).disbursementCycleDays(1).build().disbursementCycleDays()).isEqualTo(1);
    assertThatThrownBy(() -> DeadlinePolicy.builder().from(WARNS).disbursementCycleDays(0).build())
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("disbursementCycleDays = '0': must be at least 1");
  }

  @Test
  @DisplayName("R30 R46: dates of disbursements and holidays lie in 1970..9999, bounds included;"
      + " a period is at most the longest window")
  void r30_dateBounds() {
    LocalDate first = LocalDate.of(1970, 1, 1);
    LocalDate last = LocalDate.of(9999, 12, 31);
    assertThat(FixedHolidayCalendar.of(Set.of(first, last)).isHoliday(first)).isTrue();
    assertThat(FixedHolidayCalendar.of(Set.of(first, last)).isHoliday(last)).isTrue();
    assertThatThrownBy(() -> FixedHolidayCalendar.of(Set.of(first.minusDays(1))))
        .isInstanceOf(InvalidPolicyException.class).hasMessageEndingWith(": must lie in the years 1970 to 9999");
    assertThatThrownBy(() -> FixedHolidayCalendar.of(Set.of(last.plusDays(1))))
        .isInstanceOf(InvalidPolicyException.class).hasMessageEndingWith(": must lie in the years 1970 to 9999");
    assertThat(FixedHolidayCalendar.of(Set.of(first))).isEqualTo(FixedHolidayCalendar.of(Set.of(first)))
        .hasSameHashCodeAs(FixedHolidayCalendar.of(Set.of(first)));
    assertThat(FixedHolidayCalendar.of(Set.of(first)).hashCode())
        .isNotEqualTo(FixedHolidayCalendar.of(Set.of(first.plusDays(1))).hashCode());

    DeadlinePolicy policy = DeadlinePolicies.defaults();
    assertThat(Disbursements.within(first, first, first.plusDays(14), policy)).extracting(Disbursement::initiatedOn)
        .containsExactly(first.plusDays(14));
    List<String> refused = new ArrayList<>();
    for (LocalDate[] dates : List.of(
        new LocalDate[] {first.minusDays(1), first, first},
        new LocalDate[] {first, first.minusDays(1), first},
        new LocalDate[] {first, first, last.plusDays(1)})) {
      assertThatThrownBy(() -> Disbursements.within(dates[0], dates[1], dates[2], policy))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageEndingWith(": must lie in the years 1970 to 9999")
          .satisfies(e -> refused.add(e.getMessage().substring(0, e.getMessage().indexOf(' '))));
    }
    assertThat(refused).containsExactly("approvedOn", "from", "to");
    LocalDate from = LocalDate.of(2026, 1, 1);
    assertThat(Disbursements.within(from, from, from.plusDays(Limits.MAX_WINDOW_DAYS), policy)).isNotEmpty();
    assertThatThrownBy(() -> Disbursements.within(from, from, from.plusDays(Limits.MAX_WINDOW_DAYS + 1), policy))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must be at most");
  }
}
