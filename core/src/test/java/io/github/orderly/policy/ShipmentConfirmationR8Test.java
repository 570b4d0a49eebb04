package io.github.orderly.policy;

import static io.github.orderly.policy.TestOrders.LOS_ANGELES;
import static io.github.orderly.policy.TestOrders.at;
import static io.github.orderly.policy.TestOrders.unshipped;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.Party;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R8: unconfirmed seller-fulfilled orders are cancelled automatically (Seller Central US)")
class ShipmentConfirmationR8Test {
  private static final Sweep SEED = Sweep.of(DeadlinePolicies.sellerCentralUsSeed());
  private static final Sweep TODAY = Sweep.of(DeadlinePolicies.sellerCentralUs());

  @Test
  @DisplayName("R8: placed 2026-01-05 and never confirmed: cancelled on day 30, not on day 29 (seed preset)")
  void cancelledOnDay30NotDay29() {
    Order order = unshipped("112-0000001-0000001", at("2026-01-05T10:00", LOS_ANGELES)).build();
    List<Order> orders = List.of(order);

    assertThat(SEED.run(orders, at("2026-02-03T23:59:59", LOS_ANGELES)).actions()).isEmpty();

    Instant day30 = at("2026-02-04T10:00", LOS_ANGELES);
    assertThat(SEED.run(orders, day30.minusSeconds(1)).actions()).isEmpty();
    SweepResult result = SEED.run(orders, day30);
    assertThat(result.actions()).hasSize(1);
    AutomaticCancellation cancel = result.cancellations().get(0);
    assertThat(cancel.orderId()).isEqualTo(OrderId.of("112-0000001-0000001"));
    assertThat(cancel.reason()).isEqualTo(CancellationReason.SHIPMENT_NOT_CONFIRMED);
    assertThat(cancel.by()).isEqualTo(Party.MARKETPLACE);
    assertThat(cancel.dueAt()).isEqualTo(day30);
    assertThat(cancel.rule()).isEqualTo(Rule.R8);
    assertThat(cancel.commandId()).isEqualTo(CommandId.of("auto-cancel:112-0000001-0000001:shipment-confirmation"));
    assertThat(cancel.deadline().kind()).isEqualTo(DeadlineKind.SHIPMENT_CONFIRMATION);
  }

  @Test
  @DisplayName("R8: the seed's rule counts from the order date, not the ship-by date")
  void seedCountsFromOrderDate() {
    Instant purchased = at("2026-01-05T10:00", LOS_ANGELES);
    Order order = unshipped("112-0000001-0000002", purchased).shipBy(at("2026-01-20T10:00", LOS_ANGELES)).build();
    assertThat(Deadlines.of(order, DeadlinePolicies.sellerCentralUsSeed()))
        .filteredOn(d -> d.kind() == DeadlineKind.SHIPMENT_CONFIRMATION)
        .singleElement()
        .satisfies(d -> assertThat(d.dueAt()).isEqualTo(at("2026-02-04T10:00", LOS_ANGELES)));
  }

  @Test
  @DisplayName("R8: today's US preset cancels 7 business days after the ship-by date, skipping the weekend")
  void sevenBusinessDaysAfterShipBy() {
    // Ship-by Friday 2026-01-09: Mon 12 .. Fri 16 are 5 business days, Mon 19 and Tue 20 make 7.
    Order order = unshipped("112-0000002-0000001", at("2026-01-07T09:00", LOS_ANGELES))
        .shipBy(at("2026-01-09T15:00", LOS_ANGELES)).build();
    Instant due = at("2026-01-20T15:00", LOS_ANGELES);
    assertThat(TODAY.run(List.of(order), due.minusSeconds(1)).actions()).isEmpty();
    assertThat(TODAY.run(List.of(order), due).cancellations())
        .singleElement()
        .satisfies(c -> {
          assertThat(c.dueAt()).isEqualTo(due);
          assertThat(c.reason()).isEqualTo(CancellationReason.SHIPMENT_NOT_CONFIRMED);
          assertThat(c.rule()).isEqualTo(Rule.R8);
        });
  }

  @Test
  @DisplayName("R8 R30: a holiday in the policy's calendar moves the business-day cutoff by one day")
  void holidayMovesCutoff() {
    DeadlinePolicy withHoliday = DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralUs())
        .holidays(HolidayCalendar.of(List.of(LocalDate.of(2026, 1, 19)))).build();
    Order order = unshipped("112-0000002-0000002", at("2026-01-07T09:00", LOS_ANGELES))
        .shipBy(at("2026-01-09T15:00", LOS_ANGELES)).build();
    Instant due = at("2026-01-21T15:00", LOS_ANGELES);
    Sweep sweep = Sweep.of(withHoliday);
    assertThat(sweep.run(List.of(order), due.minusSeconds(1)).actions()).isEmpty();
    assertThat(sweep.run(List.of(order), due).cancellations()).hasSize(1);
  }

  @Test
  @DisplayName("R8: an order without a ship-by date counts from its order date")
  void missingShipByCountsFromOrderDate() {
    Instant purchased = at("2026-01-09T15:00", LOS_ANGELES);
    Order withoutShipBy = unshipped("112-0000003-0000001", purchased).build();
    Order shipBySameInstant = unshipped("112-0000003-0000001", purchased).shipBy(purchased).build();
    assertThat(Deadlines.of(withoutShipBy, DeadlinePolicies.sellerCentralUs()))
        .isEqualTo(Deadlines.of(shipBySameInstant, DeadlinePolicies.sellerCentralUs()));
  }

  @Test
  @DisplayName("R8: marketplace-fulfilled orders are not cancelled for want of a seller's confirmation")
  void marketplaceFulfilledNotCancelled() {
    Order order = unshipped("112-0000004-0000001", at("2026-01-05T10:00", LOS_ANGELES))
        .fulfilmentChannel(FulfilmentChannel.MARKETPLACE).build();
    Instant muchLater = at("2026-06-01T00:00", LOS_ANGELES);
    assertThat(SEED.run(List.of(order), muchLater).actions()).isEmpty();
    assertThat(Sweep.of(DeadlinePolicies.buyWithPrime())
        .run(List.of(unshipped("112-0000004-0000002", at("2026-01-05T10:00", LOS_ANGELES)).build()), muchLater)
        .actions()).isEmpty();
  }
}
