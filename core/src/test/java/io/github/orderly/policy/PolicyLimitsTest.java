package io.github.orderly.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.Limits;
import io.github.orderly.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R46: a policy's numbers are bounded so that no deadline of a valid order overflows java.time. */
class PolicyLimitsTest {
  private static DeadlinePolicy.Builder us() {
    return DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralUs());
  }

  @Test
  @DisplayName("R46: every window is at most 3,660 days, the buyer edit window included")
  void windowsAreBounded() {
    assertThatThrownBy(() -> us().confirmWithinDays(Integer.MAX_VALUE).build())
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessage("confirmWithinDays = '2147483647': must be at most 3660 days");
    assertThatThrownBy(() -> us().returnDays(3_661).build()).hasMessage("returnDays = '3661': must be at most 3660 days");
    assertThatThrownBy(() -> us().disbursementCycleDays(3_661).build())
        .hasMessage("disbursementCycleDays = '3661': must be at most 3660 days");
    assertThatThrownBy(() -> us().buyerEditWindow(Duration.ofSeconds(Long.MAX_VALUE)).build())
        .hasMessage("buyerEditWindow = 'PT2562047788015215H30M7S': must be at most 3660 days");
    assertThat(us().pendingDays(Limits.MAX_WINDOW_DAYS).build().pendingDays()).isEqualTo(3_660);
  }

  @Test
  @DisplayName("R46: the name is single-line text; the shipment rule is R8 or R9, a value of Rule")
  void namesAreSingleLineText() {
    assertThatThrownBy(() -> us().name("My shop\r\nX-Evil: 1").build())
        .hasMessage("name = 'My shop\r\nX-Evil: 1': must not contain the line break or tab U+000D (at index 7); it is a"
            + " single line");
    assertThatThrownBy(() -> us().confirmRule(Rule.R10).build())
        .hasMessage("confirmRule = 'R10': must be R8 or R9, the rules of a shipment-confirmation deadline");
  }

  @Test
  @DisplayName("R8 R30: a holiday calendar holds at most 2,000 dates, so business-day arithmetic always ends")
  void holidayCalendarsAreBounded() {
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i <= Limits.MAX_HOLIDAYS; i++) {
      dates.add(LocalDate.of(2026, 1, 1).plusDays(i));
    }
    assertThatThrownBy(() -> HolidayCalendar.of(dates)).isInstanceOf(InvalidPolicyException.class)
        .hasMessage("holidays = '[2026-01-01, 2026-01-02, 2026-01-03, 2026…]' (2001 elements): must hold at most"
            + " 2000 dates, not 2001");
    assertThatThrownBy(() -> HolidayCalendar.of(List.of(LocalDate.of(1969, 12, 25))))
        .hasMessage("holidays = '1969-12-25': must lie in the years 1970 to 9999");
    HolidayCalendar closed = HolidayCalendar.of(dates.subList(0, Limits.MAX_HOLIDAYS));
    assertThat(BusinessDays.plus(LocalDate.of(2025, 12, 31), 1, closed)).isEqualTo(LocalDate.of(2031, 6, 24));
  }

  @Test
  @DisplayName("R26 R30: look-ahead views and disbursement periods are bounded in instant and length")
  void viewsAndPeriodsAreBounded() {
    Instant now = Instant.parse("2026-03-01T00:00:00Z");
    DeadlinePolicy policy = DeadlinePolicies.sellerCentralUs();
    assertThatThrownBy(() -> Deadlines.confirmationDueWithin(policy, Instant.MAX, Duration.ZERO))
        .isInstanceOf(InvalidPolicyException.class)
        .hasMessageStartingWith("now = '+1000000000-12-31T23:59:59.999999999Z': must lie in the years 1970 to 9999");
    assertThatThrownBy(() -> Deadlines.confirmationDueWithin(policy, now, Duration.ofDays(3_661)))
        .hasMessage("within = 'PT87864H': must be at most 3660 days");
    assertThatThrownBy(() -> Disbursements.within(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1),
        LocalDate.of(2040, 1, 1), policy))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to = '2040-01-01': must be at most 3660 days after from '2026-01-01'");
    assertThatThrownBy(() -> Disbursements.within(LocalDate.MIN, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1),
        policy)).hasMessage("approvedOn = '-999999999-01-01': must lie in the years 1970 to 9999");
    assertThat(Disbursements.within(LocalDate.of(9990, 1, 1), LocalDate.of(9999, 1, 1), LocalDate.of(9999, 12, 31),
        policy)).hasSize(26);
  }
}
