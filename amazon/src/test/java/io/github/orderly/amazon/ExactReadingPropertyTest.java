package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.money.Money;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.Property;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Properties of the exact reading and of the batches, over generated values (seeded, replayable). */
class ExactReadingPropertyTest {
  private static final List<String> CURRENCIES = List.of("USD", "JPY", "EUR", "GBP", "BHD");

  /** An amount text at most at its currency's scale. */
  record Amount(String currency, String text) {}

  private static final Generator<Amount> AMOUNTS = random -> {
    String currency = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
    int scale = random.nextInt(Currency.getInstance(currency).getDefaultFractionDigits() + 1);
    long unscaled = random.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
    return new Amount(currency, BigDecimal.valueOf(unscaled, scale).toPlainString());
  };

  private static String itemWith(Amount a) {
    return "{\"payload\":{\"AmazonOrderId\":\"1\",\"OrderItems\":[{\"ASIN\":\"A\",\"OrderItemId\":\"i\","
        + "\"QuantityOrdered\":1,\"ItemPrice\":{\"CurrencyCode\":\"" + a.currency() + "\",\"Amount\":\"" + a.text()
        + "\"}}]}}";
  }

  @Test
  void anAmountAtItsCurrencysScaleReadsExactlyAndOneDigitMoreIsRefused() {
    Property.named("an amount at its currency's scale reads exactly, and one more non-zero decimal is refused")
        .check(AMOUNTS, a -> {
          Money read = Fixtures.READER.readGetOrderItems(itemWith(a)).orderItems().get(0).itemPrice().orElseThrow();
          assertThat(read).isEqualTo(Money.of(new BigDecimal(a.text()), Currency.getInstance(a.currency())));
          int scale = Currency.getInstance(a.currency()).getDefaultFractionDigits();
          String tooFine = new BigDecimal(a.text()).setScale(scale).toPlainString() + (scale == 0 ? ".5" : "5");
          assertThatThrownBy(() -> Fixtures.READER.readGetOrderItems(itemWith(new Amount(a.currency(), tooFine))))
              .isInstanceOf(AmazonPayloadException.class)
              .hasMessageContaining("$.payload.OrderItems[0].ItemPrice.Amount")
              .hasMessageContaining("allows at most " + scale);
        });
  }

  @Test
  void anyReportDateWrittenReadsBackAsTheSameSecond() {
    Generator<Instant> instants = random -> Instant.ofEpochSecond(random.nextLong(0, 4_102_444_800L));
    Property.named("a report date written with +00:00 reads back as the same instant").check(instants, at -> {
      String text = AllOrdersReport.formatDate(at);
      assertThat(text).endsWith("+00:00");
      List<String> fields = AllOrdersReport.COLUMNS.stream().map(c -> switch (c) {
        case "amazon-order-id" -> "111-0000000-0000001";
        case "purchase-date", "last-updated-date" -> text;
        case "order-status", "item-status" -> "Shipped";
        case "fulfillment-channel" -> "Amazon";
        case "sku" -> "S";
        case "quantity" -> "1";
        default -> "";
      }).toList();
      String report = String.join("\t", AllOrdersReport.COLUMNS) + "\n" + String.join("\t", fields) + "\n";
      assertThat(AllOrdersReport.readAll(new StringReader(report)).get(0).purchaseDate()).isEqualTo(at);
    });
  }

  @Test
  void r25AnyQueueBecomesDocumentsOfAtMostFifteenMessagesInQueueOrder() {
    Generator<Integer> sizes = random -> random.nextInt(0, 48);
    Property.named("R25: any queue becomes ceil(n/15) documents of at most 15 messages, in queue order")
        .withTries(Math.min(200, Property.named("tries").tries()))
        .check(sizes, n -> {
          List<OrderAcknowledgement> queue = IntStream.range(0, n)
              .mapToObj(i -> OrderAcknowledgement.accepted("111-0000000-" + String.format("%07d", i))).toList();
          List<String> docs = FeedDocuments.forMerchant("M").orderAcknowledgements(queue);
          assertThat(docs).hasSize((n + 14) / 15);
          int seen = 0;
          for (String doc : docs) {
            int messages = doc.split("<Message>", -1).length - 1;
            assertThat(messages).isBetween(1, 15);
            for (int i = 0; i < messages; i++) {
              assertThat(doc).contains(queue.get(seen + i).amazonOrderId());
            }
            seen += messages;
          }
          assertThat(seen).isEqualTo(n);
        });
  }
}
