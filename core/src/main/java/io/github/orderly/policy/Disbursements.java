package io.github.orderly.policy;

import io.github.orderly.Limits;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The disbursement schedule (R30): every {@code disbursementCycleDays} days from the seller's approval
 * date, each expected in the bank {@code bankDelayBusinessDays} business days later (weekends and the
 * policy's holidays skipped).
 *
 * <p>Stateless and thread-safe: it has static methods only.
 */
public final class Disbursements {
  private Disbursements() {}

  /**
   * Returns the disbursements initiated in {@code [from, to]}. The first disbursement is one cycle after
   * the approval date; the approval date itself is not a disbursement date.
   *
   * @param approvedOn the date the seller was approved to be paid
   * @param from the first date of the period
   * @param to the last date of the period, not before {@code from} and at most
   *     {@value Limits#MAX_WINDOW_DAYS} days after it
   * @param policy gives the cycle, the bank delay and the holidays
   * @return the disbursements of the period, by date
   * @throws IllegalArgumentException if {@code to} is before {@code from} or too far after it, or a date
   *     is outside the years 1970 to 9999
   */
  public static List<Disbursement> within(LocalDate approvedOn, LocalDate from, LocalDate to, DeadlinePolicy policy) {
    Objects.requireNonNull(approvedOn, "approvedOn");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(policy, "policy");
    inRange("approvedOn", approvedOn);
    inRange("from", from);
    inRange("to", to);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to = '" + to + "': must not be before from '" + from + "'");
    }
    if (ChronoUnit.DAYS.between(from, to) > Limits.MAX_WINDOW_DAYS) {
      throw new IllegalArgumentException("to = '" + to + "': must be at most " + Limits.MAX_WINDOW_DAYS
          + " days after from '" + from + "'");
    }
    long cycle = policy.disbursementCycleDays();
    long sinceApproval = ChronoUnit.DAYS.between(approvedOn, from);
    long k = Math.max(1, Math.floorDiv(sinceApproval + cycle - 1, cycle));
    List<Disbursement> out = new ArrayList<>();
    for (LocalDate d = approvedOn.plusDays(k * cycle); !d.isAfter(to); d = d.plusDays(cycle)) {
      out.add(new Disbursement(d, BusinessDays.plus(d, policy.bankDelayBusinessDays(), policy.holidays())));
    }
    return List.copyOf(out);
  }

  private static void inRange(String field, LocalDate date) {
    if (date.getYear() < 1970 || date.getYear() > 9999) {
      throw new IllegalArgumentException(field + " = '" + date + "': must lie in the years 1970 to 9999");
    }
  }
}
