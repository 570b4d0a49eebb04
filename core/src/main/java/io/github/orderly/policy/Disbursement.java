package io.github.orderly.policy;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One disbursement to the seller (R30): the date the marketplace initiates it and the date the money is
 * expected in the seller's bank account.
 *
 * <p>Immutable and thread-safe.
 *
 * @param initiatedOn the disbursement date, in the marketplace's zone
 * @param expectedInBankOn the expected arrival, the policy's bank delay in business days later
 */
public record Disbursement(LocalDate initiatedOn, LocalDate expectedInBankOn) {
  /** Creates a disbursement. */
  public Disbursement {
    Objects.requireNonNull(initiatedOn, "initiatedOn");
    Objects.requireNonNull(expectedInBankOn, "expectedInBankOn");
  }
}
