package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.money.Money;
import io.github.orderly.order.ChargeComponent;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Orders API 2026-01-01 item proceeds breakdowns into line components (R13), when they itemise the line. */
class AmazonOrders2026ComponentsR13Test {
  private static final String UNSHIPPED = Fixtures.v2026("getOrder-unshipped");
  private static final String FLOSS = "31122904481116";
  private static final String FLOSS_DISCOUNT = "{ \"type\": \"DISCOUNT\", \"subtotal\": { \"amount\": \"-5.00\","
      + " \"currencyCode\": \"USD\" } }\n          ]\n        },\n        \"promotion\"";
  private static final String FLOSS_TAX_DETAILS = "{ \"subtype\": \"SHIPPING\", \"value\": { \"amount\": \"0.35\","
      + " \"currencyCode\": \"USD\" } }";

  private static String replaced(String text, String from, String to) {
    assertThat(text).contains(from);
    return text.replace(from, to);
  }

  /** The fixture with the floss item's discount split by what it discounts, and gift wrap on the item. */
  private static String itemised() {
    return replaced(UNSHIPPED, FLOSS_DISCOUNT, "{ \"type\": \"GIFT_WRAP\", \"subtotal\": { \"amount\": \"2.50\","
        + " \"currencyCode\": \"USD\" } },\n"
        + "{ \"type\": \"DISCOUNT\", \"subtotal\": { \"amount\": \"-5.00\", \"currencyCode\": \"USD\" },"
        + " \"detailedBreakdowns\": ["
        + " { \"subtype\": \"ITEM\", \"value\": { \"amount\": \"-4.00\", \"currencyCode\": \"USD\" } },"
        + " { \"subtype\": \"SHIPPING\", \"value\": { \"amount\": \"-1.00\", \"currencyCode\": \"USD\" } } ] }\n"
        + "          ]\n        },\n        \"promotion\"");
  }

  private static OrderLine floss(String json) {
    Order order = AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(json));
    return order.line(LineId.of(FLOSS)).orElseThrow();
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  @DisplayName("R13: an item whose proceeds itemise it carries them as components: item, shipping, gift wrap, the"
      + " taxes and the discounts by what they apply to (negated), and charges their total")
  void itemisedProceeds_becomeComponents() {
    OrderLine line = floss(itemised());
    assertThat(line.components()).isEqualTo(Map.of(
        ChargeComponent.ITEM_PRICE, usd("49.98"),
        ChargeComponent.SHIPPING, usd("4.99"),
        ChargeComponent.ITEM_TAX, usd("3.16"),
        ChargeComponent.SHIPPING_TAX, usd("0.35"),
        ChargeComponent.GIFT_WRAP, usd("2.50"),
        ChargeComponent.PROMOTION_DISCOUNT, usd("4.00"),
        ChargeComponent.SHIPPING_DISCOUNT, usd("1.00")));
    assertThat(line.shippingCharge()).isEqualTo(usd("4.99"));
    assertThat(line.tax()).isEqualTo(usd("3.51"));
    assertThat(line.discount()).isEqualTo(usd("5.00"));
    assertThat(line.fees()).isEqualTo(usd("2.50"));
    assertThat(line.charge()).isEqualTo(usd("55.98"));
  }

  @Test
  @DisplayName("R13: a discount or tax the proceeds do not attribute, or details not adding up to their subtotal,"
      + " leave the line unitemised with the sums of its breakdowns")
  void proceedsThatDoNotItemise_keepTheSums() {
    OrderLine undetailed = floss(UNSHIPPED);
    assertThat(undetailed.components()).isEmpty();
    assertThat(undetailed.discount()).isEqualTo(usd("5.00"));
    assertThat(undetailed.charge()).isEqualTo(usd("53.48"));

    OrderLine notAddingUp = floss(replaced(itemised(), FLOSS_TAX_DETAILS,
        FLOSS_TAX_DETAILS.replace("0.35", "0.30")));
    assertThat(notAddingUp.components()).isEmpty();
    assertThat(notAddingUp.tax()).isEqualTo(usd("3.51"));
    assertThat(notAddingUp.discount()).isEqualTo(usd("5.00"));

    OrderLine taxOnADiscount = floss(replaced(itemised(), FLOSS_TAX_DETAILS,
        FLOSS_TAX_DETAILS.replace("\"SHIPPING\"", "\"DISCOUNT\"")));
    assertThat(taxOnADiscount.components()).isEmpty();
    assertThat(taxOnADiscount.tax()).isEqualTo(usd("3.51"));
  }
}
