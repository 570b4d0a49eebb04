package io.github.orderly.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Rule;
import io.github.orderly.order.FulfilmentChannel;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R46: policies are values, with presets and a validated builder")
class DeadlinePolicyR46Test {
  private static DeadlinePolicy.Builder mine() {
    DeadlinePolicy.Builder b = DeadlinePolicy.builder();
    b.name("My shop").zone(ZoneId.of("Europe/Berlin"));
    return b;
  }

  @Test
  @DisplayName("R8 R46: the seed's Seller Central US preset: 30 calendar days after the order date, no warning")
  void sellerCentralUsSeed() {
    DeadlinePolicy p = DeadlinePolicies.sellerCentralUsSeed();
    assertThat(p.confirmWithinDays()).isEqualTo(30);
    assertThat(p.confirmCountsFrom()).isEqualTo(DeadlineAnchor.ORDER_DATE);
    assertThat(p.confirmDayCount()).isEqualTo(DayCount.CALENDAR_DAYS);
    assertThat(p.confirmWarningDays()).isZero();
    assertThat(p.confirmRule()).isEqualTo(Rule.R8);
    assertThat(p.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    assertThat(p.autoCancelChannels()).containsExactly(FulfilmentChannel.SELLER);
  }

  @Test
  @DisplayName("R8 R46: Seller Central US as applied today: 7 business days after the ship-by date")
  void sellerCentralUsToday() {
    DeadlinePolicy p = DeadlinePolicies.sellerCentralUs();
    assertThat(p.confirmWithinDays()).isEqualTo(7);
    assertThat(p.confirmCountsFrom()).isEqualTo(DeadlineAnchor.SHIP_BY_DATE);
    assertThat(p.confirmDayCount()).isEqualTo(DayCount.BUSINESS_DAYS);
    assertThat(p.confirmRule()).isEqualTo(Rule.R8);
  }

  @Test
  @DisplayName("R9 R46: Seller Central Japan: 7 days after the ship date, warning 7 days before, Asia/Tokyo")
  void sellerCentralJapan() {
    DeadlinePolicy p = DeadlinePolicies.sellerCentralJapan();
    assertThat(p.confirmWithinDays()).isEqualTo(7);
    assertThat(p.confirmCountsFrom()).isEqualTo(DeadlineAnchor.SHIP_BY_DATE);
    assertThat(p.confirmDayCount()).isEqualTo(DayCount.CALENDAR_DAYS);
    assertThat(p.confirmWarningDays()).isEqualTo(7);
    assertThat(p.confirmRule()).isEqualTo(Rule.R9);
    assertThat(p.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
  }

  @Test
  @DisplayName("R46: Buy with Prime cancels no order for want of a shipment confirmation and escalates no request")
  void buyWithPrime() {
    DeadlinePolicy p = DeadlinePolicies.buyWithPrime();
    assertThat(p.autoCancelChannels()).isEmpty();
    assertThat(p.escalateUnansweredRequests()).isFalse();
  }

  @Test
  @DisplayName("R10 R11 R12 R20 R30 R46: every preset carries the section's other numbers as fields")
  void everyPresetCarriesEveryNumber() {
    assertThat(DeadlinePolicies.all()).hasSize(4).allSatisfy(p -> {
      assertThat(p.requestResponseDays()).isEqualTo(2);
      assertThat(p.pendingDays()).isEqualTo(7);
      assertThat(p.buyerEditWindow()).isEqualTo(Duration.ofMinutes(5));
      assertThat(p.returnDays()).isEqualTo(30);
      assertThat(p.disbursementCycleDays()).isEqualTo(14);
      assertThat(p.bankDelayBusinessDays()).isEqualTo(5);
      assertThat(p.holidays()).isEqualTo(HolidayCalendar.weekendsOnly());
    });
    assertThat(DeadlinePolicies.all()).doesNotHaveDuplicates();
  }

  @Test
  @DisplayName("R46: a host's own policy needs only a name and a zone; the rest defaults to the rules' numbers")
  void ownPolicyDefaults() {
    DeadlinePolicy p = mine().build();
    assertThat(DeadlinePolicy.builder().from(p).name(DeadlinePolicies.sellerCentralUsSeed().name())
        .zone(DeadlinePolicies.sellerCentralUsSeed().zone()).build())
        .isEqualTo(DeadlinePolicies.sellerCentralUsSeed());
  }

  @Test
  @DisplayName("R46: a preset changed through the builder keeps every other field; policies are equal by value")
  void changeOneField() {
    DeadlinePolicy japan = DeadlinePolicies.sellerCentralJapan();
    HolidayCalendar holidays = HolidayCalendar.of(List.of(LocalDate.of(2026, 1, 1)));
    DeadlinePolicy changed = DeadlinePolicy.builder().from(japan).holidays(holidays).build();
    assertThat(changed.holidays()).isEqualTo(holidays);
    assertThat(DeadlinePolicy.builder().from(changed).holidays(HolidayCalendar.weekendsOnly()).build())
        .isEqualTo(japan);
    assertThat(changed).isNotEqualTo(japan);
  }

  @Test
  @DisplayName("R46: a negative window is refused, naming the field and the value")
  void negativeWindows() {
    List<UnaryOperator<DeadlinePolicy.Builder>> changes = List.of(
        b -> b.confirmWithinDays(-1), b -> b.requestResponseDays(-1), b -> b.pendingDays(-1),
        b -> b.returnDays(-1), b -> b.bankDelayBusinessDays(-1), b -> b.confirmWarningDays(-1));
    List<String> fields = List.of("confirmWithinDays", "requestResponseDays", "pendingDays", "returnDays",
        "bankDelayBusinessDays", "confirmWarningDays");
    for (int i = 0; i < changes.size(); i++) {
      DeadlinePolicy.Builder b = changes.get(i).apply(mine());
      String field = fields.get(i);
      assertThatThrownBy(b::build)
          .isInstanceOf(InvalidPolicyException.class)
          .hasMessage(field + " = '-1': must not be negative")
          .satisfies(e -> {
            InvalidPolicyException ipe = (InvalidPolicyException) e;
            assertThat(ipe.field()).isEqualTo(field);
            assertThat(ipe.value()).isEqualTo("-1");
            assertThat(ipe.problem()).isEqualTo("must not be negative");
          });
    }
  }

  @Test
  @DisplayName("R9 R46: a warning lead longer than its window is refused")
  void warningLeadLongerThanWindow() {
    DeadlinePolicy.Builder b = mine();
    b.confirmWithinDays(7).confirmWarningDays(8);
    assertThatThrownBy(b::build).isInstanceOf(InvalidPolicyException.class)
        .hasMessage("confirmWarningDays = '8': must not be longer than confirmWithinDays '7'");
    DeadlinePolicy.Builder equal = mine();
    equal.confirmWithinDays(7).confirmWarningDays(7);
    assertThat(equal.build().confirmWarningDays()).isEqualTo(7);
  }

  @Test
  @DisplayName("R11 R30 R46: a negative edit window, a zero disbursement cycle and a blank name are refused")
  void otherChecks() {
    DeadlinePolicy.Builder edit = mine();
    edit.buyerEditWindow(Duration.ofMinutes(-5));
    assertThatThrownBy(edit::build).isInstanceOf(InvalidPolicyException.class)
        .hasMessage("buyerEditWindow = 'PT-5M': must not be negative");
    DeadlinePolicy.Builder cycle = mine();
    cycle.disbursementCycleDays(0);
    assertThatThrownBy(cycle::build).isInstanceOf(InvalidPolicyException.class)
        .hasMessage("disbursementCycleDays = '0': must be at least 1");
    DeadlinePolicy.Builder name = mine();
    name.name(" ");
    assertThatThrownBy(name::build).isInstanceOf(InvalidPolicyException.class)
        .hasMessage("name = ' ': must not be blank");
    DeadlinePolicy.Builder rule = mine();
    rule.confirmRule(Rule.R12);
    assertThatThrownBy(rule::build).isInstanceOf(InvalidPolicyException.class)
        .hasMessage("confirmRule = 'R12': must be R8 or R9, the rules of a shipment-confirmation deadline");
  }

  @Test
  @DisplayName("R46: a policy without a zone is refused, naming the missing field")
  void zoneRequired() {
    DeadlinePolicy.Builder b = DeadlinePolicy.builder();
    b.name("No zone");
    assertThatThrownBy(b::build).isInstanceOf(io.github.orderly.MissingValueException.class)
        .hasMessageStartingWith("zone = null: must be set");
  }

  @Test
  @DisplayName("R8 R46: Buy with Prime's empty channel set really is empty, not the default")
  void emptyChannelsSurviveBuilder() {
    DeadlinePolicy none = DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralUs())
        .autoCancelChannels(Set.of()).build();
    assertThat(none.autoCancelChannels()).isEmpty();
  }
}
