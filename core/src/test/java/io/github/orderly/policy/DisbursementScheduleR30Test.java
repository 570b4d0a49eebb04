package io.github.orderly.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("R30: disbursements every 14 days from approval, in the bank 5 business days later")
class DisbursementScheduleR30Test {
  private static final DeadlinePolicy US = DeadlinePolicies.sellerCentralUs();

  @Test
  @DisplayName("R30: approved 2026-01-02, first quarter of 2026: six disbursements 14 days apart")
  void firstQuarter() {
    List<Disbursement> schedule = Disbursements.within(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 31), US);
    assertThat(schedule).extracting(Disbursement::initiatedOn).containsExactly(
        LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 30), LocalDate.of(2026, 2, 13),
        LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 13), LocalDate.of(2026, 3, 27));
    // Friday 2026-01-16 + 5 business days = Friday 2026-01-23.
    assertThat(schedule.get(0).expectedInBankOn()).isEqualTo(LocalDate.of(2026, 1, 23));
  }

  @Test
  @DisplayName("R30: a holiday in the calendar delays the bank arrival by a business day")
  void holidayDelaysArrival() {
    DeadlinePolicy withHoliday = DeadlinePolicy.builder().from(US)
        .holidays(HolidayCalendar.of(List.of(LocalDate.of(2026, 1, 19)))).build();
    List<Disbursement> schedule = Disbursements.within(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 16),
        LocalDate.of(2026, 1, 16), withHoliday);
    assertThat(schedule).containsExactly(new Disbursement(LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 26)));
  }

  @Test
  @DisplayName("R30: a period that starts mid-cycle starts at the next disbursement; the approval date is not one")
  void periodMidCycle() {
    LocalDate approved = LocalDate.of(2026, 1, 2);
    assertThat(Disbursements.within(approved, approved, approved.plusDays(13), US)).isEmpty();
    assertThat(Disbursements.within(approved, LocalDate.of(2026, 1, 17), LocalDate.of(2026, 2, 12), US))
        .extracting(Disbursement::initiatedOn).containsExactly(LocalDate.of(2026, 1, 30));
    DeadlinePolicy weekly = DeadlinePolicy.builder().from(US).disbursementCycleDays(7).bankDelayBusinessDays(0).build();
    assertThat(Disbursements.within(approved, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), weekly))
        .extracting(Disbursement::expectedInBankOn)
        .containsExactly(LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 23),
            LocalDate.of(2026, 1, 30));
  }

  @Test
  @DisplayName("R30: a period that ends before it starts is refused")
  void backwardsPeriod() {
    assertThatThrownBy(() -> Disbursements.within(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 2, 1),
        LocalDate.of(2026, 1, 1), US))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("to = '2026-01-01': must not be before from '2026-02-01'");
  }
}
