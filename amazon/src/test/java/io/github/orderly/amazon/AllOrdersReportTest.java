package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import io.github.orderly.order.FulfilmentChannel;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The All Orders report read with Jackson's CSV parser in the report's format; errors name line and column. */
class AllOrdersReportTest {
  private static final String HEADER = String.join("\t", AllOrdersReport.COLUMNS);

  private static List<AllOrdersRow> read(String text) {
    return AllOrdersReport.readAll(new StringReader(text));
  }

  /** A row with the required columns set and the rest empty, then the given column replaced. */
  private static String row(String column, String value) {
    return row(java.util.Map.of(column, value));
  }

  /** A row with the required columns set and the rest empty, then the given columns replaced. */
  private static String row(java.util.Map<String, String> values) {
    List<String> fields = new ArrayList<>();
    for (String c : AllOrdersReport.COLUMNS) {
      fields.add(switch (c) {
        case "amazon-order-id" -> "111-0000000-0000001";
        case "purchase-date", "last-updated-date" -> "2026-03-01T09:30:00+00:00";
        case "order-status", "item-status" -> "Shipped";
        case "fulfillment-channel" -> "Merchant";
        case "sku" -> "SKU-1";
        case "quantity" -> "1";
        case "currency" -> "USD";
        default -> "";
      });
    }
    values.forEach((column, value) -> fields.set(AllOrdersReport.COLUMNS.indexOf(column), value));
    return HEADER + "\n" + String.join("\t", fields) + "\n";
  }

  @Test
  @DisplayName("the fixture's rows: dates with offsets, aggregated amounts, channels, flags, promotions, a quote in a name")
  void fixture() {
    List<AllOrdersRow> rows = read(Fixtures.text("reports/all-orders.txt"));
    assertThat(rows).hasSize(4);
    AllOrdersRow gloves = rows.get(0);
    assertThat(gloves.line()).isEqualTo(2);
    assertThat(gloves.amazonOrderId()).isEqualTo("112-9834105-2239874");
    assertThat(gloves.merchantOrderId()).contains("SO-20260301-0042");
    assertThat(gloves.purchaseDate()).isEqualTo(Instant.parse("2026-03-01T09:30:00Z"));
    assertThat(gloves.fulfillmentChannel()).isEqualTo(AllOrdersReport.Channel.MERCHANT);
    assertThat(gloves.quantity()).isEqualTo(2);
    assertThat(gloves.itemPrice()).contains(Money.of("50.00", "USD"));
    assertThat(gloves.itemPromotionDiscount()).contains(Money.of("-5.00", "USD"));
    assertThat(gloves.promotionIds()).containsExactly("FREESHIP-2026", "SPRING10");
    assertThat(gloves.businessOrder()).contains(true);
    assertThat(gloves.purchaseOrderNumber()).contains("PO-7781");
    assertThat(gloves.iba()).contains(false);
    assertThat(rows.get(1).productName()).contains("Red mug, 12 oz \"classic\"");
    assertThat(rows.get(1).giftWrapPrice()).contains(Money.of("3.99", "USD"));
    assertThat(rows.get(2).fulfillmentChannel().toFulfilmentChannel()).isEqualTo(FulfilmentChannel.MARKETPLACE);
    assertThat(rows.get(2).shipCity()).contains("Köln");
    AllOrdersRow kettle = rows.get(3);
    assertThat(kettle.purchaseDate()).isEqualTo(Instant.parse("2026-03-03T01:12:00Z"));
    assertThat(kettle.currency()).contains(Currency.getInstance("JPY"));
    assertThat(kettle.itemPrice()).contains(Money.of("3480", "JPY"));
    assertThat(kettle.itemTax()).isEmpty();
  }

  @Test
  @DisplayName("the report's formats: +00:00 offsets, Amazon and Merchant, days past the promise")
  void formats() {
    assertThat(AllOrdersReport.formatDate(Instant.parse("2026-03-01T09:30:00Z"))).isEqualTo("2026-03-01T09:30:00+00:00");
    assertThat(AllOrdersReport.formatDate(Instant.parse("2026-03-01T09:30:00.750Z"))).isEqualTo("2026-03-01T09:30:00+00:00");
    assertThat(AllOrdersReport.channel(FulfilmentChannel.MARKETPLACE)).isEqualTo("Amazon");
    assertThat(AllOrdersReport.channel(FulfilmentChannel.SELLER)).isEqualTo("Merchant");
    Instant promise = Instant.parse("2026-03-10T00:00:00Z");
    assertThat(UnshippedOrdersReport.daysPastPromise(promise, Instant.parse("2026-03-08T00:00:00Z"))).isEqualTo(-2);
    assertThat(UnshippedOrdersReport.daysPastPromise(promise, Instant.parse("2026-03-11T12:00:00Z"))).isEqualTo(1);
    assertThat(UnshippedOrdersReport.daysPastPromise(promise, Instant.parse("2026-03-09T23:00:00Z"))).isEqualTo(-1);
    assertThat(UnshippedOrdersReport.COLUMNS).contains("days-past-promise", "quantity-to-ship", "promise-date");
  }

  @Test
  @DisplayName("a date written by formatDate reads back as the same instant")
  void dateRoundTrip() {
    Instant at = Instant.parse("2026-07-04T23:59:59Z");
    assertThat(read(row("purchase-date", AllOrdersReport.formatDate(at))).get(0).purchaseDate()).isEqualTo(at);
  }

  @Test
  @DisplayName("bad fields name the line and the column")
  void badFields() {
    assertThatThrownBy(() -> read(row("purchase-date", "2026-03-01 09:30:00")))
        .isInstanceOf(AmazonReportException.class)
        .hasMessage("line 2, column 'purchase-date' = '2026-03-01 09:30:00': is not a date-time with an offset, such as "
            + "2026-03-01T09:30:00+00:00");
    assertThatThrownBy(() -> read(row("item-price", "12.345")))
        .hasMessage("line 2, column 'item-price' = '12.345': has 3 decimals but USD allows at most 2");
    assertThatThrownBy(() -> read(row("item-price", "twelve")))
        .hasMessage("line 2, column 'item-price' = 'twelve': is not a decimal number");
    assertThatThrownBy(() -> read(row("fulfillment-channel", "Seller")))
        .hasMessage("line 2, column 'fulfillment-channel' = 'Seller': is not one of [Amazon, Merchant] (or AFN, MFN)");
    assertThatThrownBy(() -> read(row("quantity", "-1"))).hasMessage("line 2, column 'quantity' = '-1': must not be negative");
    assertThatThrownBy(() -> read(row("quantity", "1.5"))).hasMessage("line 2, column 'quantity' = '1.5': is not a whole number");
    assertThatThrownBy(() -> read(row("is-business-order", "yes")))
        .hasMessage("line 2, column 'is-business-order' = 'yes': must be true or false");
    assertThatThrownBy(() -> read(row("sku", ""))).hasMessage("line 2, column 'sku' = '': is required");
    assertThatThrownBy(() -> read(row("currency", "ZZZ")))
        .hasMessage("line 2, column 'currency' = 'ZZZ': is not an ISO 4217 currency code");
    assertThat(read(row("currency", "")).get(0).itemPrice()).isEmpty();
    assertThatThrownBy(() -> read(row(java.util.Map.of("currency", "", "item-price", "12.50"))))
        .hasMessage("line 2, column 'item-price' = '12.50': has no currency: the currency column is empty");
  }

  @Test
  @DisplayName("the header decides: a missing required column, an unknown column, a short line")
  void header() {
    assertThatThrownBy(() -> read(HEADER.replace("\tsku\t", "\t") + "\n"))
        .isInstanceOf(AmazonReportException.class)
        .hasMessage("line 1, column 'sku' = null: the header lacks this required column");
    assertThatThrownBy(() -> read(HEADER + "\tgift-card-code\n"))
        .hasMessageStartingWith("line 1, column 'gift-card-code' = 'gift-card-code': is not a column of the All Orders report");
    assertThatThrownBy(() -> read(HEADER + "\n111-1\t\t2026-03-01T09:30:00+00:00\n"))
        .hasMessage("line 2 = '3 fields': must have one field per column of the header (33)");
    assertThatThrownBy(() -> read("")).hasMessage("line 1 = null: the report is empty: it needs a header row");
  }

  @Test
  @DisplayName("the tolerant read reports an unknown column and reads the rest; columns may come in any order")
  void tolerantAndReordered() {
    List<String> unknown = new ArrayList<>();
    List<AllOrdersRow> rows = new ArrayList<>();
    String text = "sku\tquantity\tamazon-order-id\tpurchase-date\tlast-updated-date\torder-status\tfulfillment-channel"
        + "\titem-status\tgift-card-code\n"
        + "SKU-9\t3\t111-2\t2026-03-01T09:30:00+00:00\t2026-03-02T09:30:00+00:00\tPending\tMFN\tUnshipped\tGC-1\n";
    AllOrdersReport.read(new StringReader(text), rows::add, unknown::add);
    assertThat(unknown).containsExactly("gift-card-code");
    assertThat(rows).singleElement().satisfies(r -> {
      assertThat(r.sku()).isEqualTo("SKU-9");
      assertThat(r.quantity()).isEqualTo(3);
      assertThat(r.fulfillmentChannel()).isEqualTo(AllOrdersReport.Channel.MERCHANT);
      assertThat(r.currency()).isEmpty();
    });
  }
}
