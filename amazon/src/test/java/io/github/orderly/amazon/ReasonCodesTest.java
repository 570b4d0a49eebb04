package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.RefundReason;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one reason table, every code in both directions (R4, R13). */
class ReasonCodesTest {
  private static final ReasonCodes TABLE = ReasonCodes.standard();

  private static final Map<CancelReason, Optional<CancellationReason>> CANCEL_BACK = Map.of(
      CancelReason.NO_INVENTORY, Optional.of(CancellationReason.NO_STOCK),
      CancelReason.SHIPPING_ADDRESS_UNDELIVERABLE, Optional.of(CancellationReason.ADDRESS_UNDELIVERABLE),
      CancelReason.CUSTOMER_EXCHANGE, Optional.of(CancellationReason.CUSTOMER_EXCHANGE),
      CancelReason.BUYER_CANCELED, Optional.of(CancellationReason.BUYER_REQUESTED),
      CancelReason.GENERAL_ADJUSTMENT, Optional.of(CancellationReason.GENERAL_ADJUSTMENT),
      CancelReason.CARRIER_CREDIT_DECISION, Optional.empty(),
      CancelReason.RISK_ASSESSMENT_INFORMATION_NOT_VALID, Optional.empty(),
      CancelReason.CARRIER_COVERAGE_FAILURE, Optional.empty(),
      CancelReason.CUSTOMER_RETURN, Optional.empty(),
      CancelReason.MERCHANDISE_NOT_RECEIVED, Optional.empty());

  @Test
  @DisplayName("R4: every Orderly cancellation reason maps to the marketplace code of the table")
  void everyCancellationReasonForward() {
    Map<CancellationReason, CancelReason> expected = Map.ofEntries(
        Map.entry(CancellationReason.NO_STOCK, CancelReason.NO_INVENTORY),
        Map.entry(CancellationReason.BUYER_REQUESTED, CancelReason.BUYER_CANCELED),
        Map.entry(CancellationReason.ADDRESS_UNDELIVERABLE, CancelReason.SHIPPING_ADDRESS_UNDELIVERABLE),
        Map.entry(CancellationReason.PRICING_ERROR, CancelReason.GENERAL_ADJUSTMENT),
        Map.entry(CancellationReason.CUSTOMER_EXCHANGE, CancelReason.CUSTOMER_EXCHANGE),
        Map.entry(CancellationReason.DOUBLE_SALE, CancelReason.NO_INVENTORY),
        Map.entry(CancellationReason.CANNOT_FULFIL, CancelReason.NO_INVENTORY),
        Map.entry(CancellationReason.SHIPMENT_NOT_CONFIRMED, CancelReason.GENERAL_ADJUSTMENT),
        Map.entry(CancellationReason.PAYMENT_NOT_COMPLETED, CancelReason.GENERAL_ADJUSTMENT),
        Map.entry(CancellationReason.MARKETPLACE_CANCELLED, CancelReason.GENERAL_ADJUSTMENT),
        Map.entry(CancellationReason.BUYER_REORDER, CancelReason.BUYER_CANCELED),
        Map.entry(CancellationReason.GENERAL_ADJUSTMENT, CancelReason.GENERAL_ADJUSTMENT));
    assertThat(CancellationReason.known()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (CancellationReason reason : CancellationReason.known()) {
      assertThat(TABLE.cancelReason(reason)).as(reason.value()).isEqualTo(expected.get(reason));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CancelReason.class)
  @DisplayName("every marketplace cancel code reads back to Orderly's reason, or to none, and round-trips")
  void everyCancelCodeBack(CancelReason code) {
    assertThat(TABLE.cancellationReason(code)).isEqualTo(CANCEL_BACK.get(code));
    TABLE.cancellationReason(code).ifPresent(reason -> assertThat(TABLE.cancelReason(reason)).isEqualTo(code));
    assertThat(CancelReason.ofCode(code.code())).isEqualTo(code);
  }

  @Test
  @DisplayName("the ten official cancel codes, spelt as the feed spells them")
  void officialCancelCodes() {
    assertThat(java.util.Arrays.stream(CancelReason.values()).map(CancelReason::code)).containsExactly("NoInventory",
        "ShippingAddressUndeliverable", "CustomerExchange", "BuyerCanceled", "GeneralAdjustment", "CarrierCreditDecision",
        "RiskAssessmentInformationNotValid", "CarrierCoverageFailure", "CustomerReturn", "MerchandiseNotReceived");
    assertThat(AmazonJson.wireNames(CancelReason.class))
        .containsExactlyElementsOf(java.util.Arrays.stream(CancelReason.values()).map(CancelReason::code).toList());
    assertThatThrownBy(() -> CancelReason.ofCode("OutOfStock")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("cancel reason 'OutOfStock' is not one of the marketplace's [NoInventory, ");
  }

  @Test
  @DisplayName("R13: every Orderly refund reason maps to the marketplace adjustment code of the table")
  void everyRefundReasonForward() {
    Map<RefundReason, AdjustmentReason> expected = Map.of(
        RefundReason.CUSTOMER_RETURN, AdjustmentReason.CUSTOMER_RETURN,
        RefundReason.COULD_NOT_SHIP, AdjustmentReason.COULD_NOT_SHIP,
        RefundReason.UNDELIVERABLE, AdjustmentReason.UNDELIVERABLE,
        RefundReason.COMBINED_SHIPPING, AdjustmentReason.GENERAL_ADJUSTMENT,
        RefundReason.DIFFERENT_ITEM, AdjustmentReason.DIFFERENT_ITEM,
        RefundReason.NOT_RECEIVED, AdjustmentReason.GENERAL_ADJUSTMENT,
        RefundReason.PRICING_ERROR, AdjustmentReason.PRICE_ERROR,
        RefundReason.GENERAL_ADJUSTMENT, AdjustmentReason.GENERAL_ADJUSTMENT);
    assertThat(RefundReason.known()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (RefundReason reason : RefundReason.known()) {
      assertThat(TABLE.adjustmentReason(reason)).as(reason.value()).isEqualTo(expected.get(reason));
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(AdjustmentReason.class)
  @DisplayName("R14: every marketplace adjustment code reads back to Orderly's reason, or to none")
  void everyAdjustmentCodeBack(AdjustmentReason code) {
    Optional<RefundReason> expected = switch (code) {
      case CUSTOMER_RETURN -> Optional.of(RefundReason.CUSTOMER_RETURN);
      case COULD_NOT_SHIP, NO_INVENTORY, PRODUCT_OUT_OF_STOCK -> Optional.of(RefundReason.COULD_NOT_SHIP);
      case UNDELIVERABLE, REFUSED_DELIVERY, CUSTOMER_ADDRESS_INCORRECT -> Optional.of(RefundReason.UNDELIVERABLE);
      case DIFFERENT_ITEM -> Optional.of(RefundReason.DIFFERENT_ITEM);
      case PRICE_ERROR -> Optional.of(RefundReason.PRICING_ERROR);
      case GENERAL_ADJUSTMENT -> Optional.of(RefundReason.GENERAL_ADJUSTMENT);
      case ABANDONED, CUSTOMER_CANCEL, EXCHANGE, OTHER, CARRIER_CREDIT_DECISION, RISK_ASSESSMENT_INFORMATION_NOT_VALID,
          CARRIER_COVERAGE_FAILURE, TRANSACTION_RECORD -> Optional.empty();
    };
    assertThat(TABLE.refundReason(code)).isEqualTo(expected);
    TABLE.refundReason(code).ifPresent(reason ->
        assertThat(TABLE.refundReason(TABLE.adjustmentReason(reason))).contains(reason));
    assertThat(AdjustmentReason.ofCode(code.code())).isEqualTo(code);
  }

  @Test
  @DisplayName("a host's own reason is refused until the host adds its row; adding leaves the standard table as it was")
  void hostReasons() {
    CancellationReason fire = CancellationReason.of("warehouse-fire");
    assertThatThrownBy(() -> TABLE.cancelReason(fire)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cancellationReason = 'warehouse-fire': the reason table has no marketplace code for it; add one "
            + "with ReasonCodes.withCancellation");
    ReasonCodes hosts = TABLE.withCancellation(fire, CancelReason.NO_INVENTORY)
        .withRefund(RefundReason.of("goodwill"), AdjustmentReason.OTHER);
    assertThat(hosts.cancelReason(fire)).isEqualTo(CancelReason.NO_INVENTORY);
    assertThat(hosts.adjustmentReason(RefundReason.of("goodwill"))).isEqualTo(AdjustmentReason.OTHER);
    assertThat(TABLE.cancellations()).doesNotContainKey(fire);
    assertThatThrownBy(() -> TABLE.adjustmentReason(RefundReason.of("goodwill")))
        .hasMessageContaining("add one with ReasonCodes.withRefund");
  }
}
