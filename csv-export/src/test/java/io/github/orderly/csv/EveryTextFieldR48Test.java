package io.github.orderly.csv;

import static io.github.orderly.csv.CsvRoundTripPropertyTest.meant;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Limits;
import io.github.orderly.access.Role;
import io.github.orderly.order.Address;
import io.github.orderly.order.Buyer;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.testkit.Generator;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R48: random Unicode text with quotes, commas, line breaks, tabs and leading formula characters in
 * every free-text field of an order reads back through Commons CSV and Jackson CSV as meant, through the
 * export, in both formats. Line breaks and tabs go where the order allows them (a line's title and
 * customisation, see {@code Limits}); the single-line fields get every other tricky character.
 */
class EveryTextFieldR48Test {
  /**
   * Text an order accepts in a field (not blank, no surrounding white space, within the field's length,
   * no control character, and no line break or tab in a single-line field), full of what breaks CSV.
   */
  private static String orderText(RandomGenerator random, int maxLength, Limits.TextKind kind) {
    while (true) {
      StringBuilder kept = new StringBuilder();
      CsvRoundTripPropertyTest.TEXT.next(random).codePoints().filter(cp -> allowed(cp, kind))
          .forEach(kept::appendCodePoint);
      String text = kept.toString();
      if (!text.isBlank() && text.strip().equals(text) && text.length() <= maxLength) {
        return text;
      }
    }
  }

  private static boolean allowed(int cp, Limits.TextKind kind) {
    boolean lineBreak = cp == '\n' || cp == '\r' || cp == '\t' || cp == 0x2028 || cp == 0x2029;
    if (lineBreak) {
      return kind == Limits.TextKind.MULTI_LINE;
    }
    return Character.getType(cp) != Character.CONTROL;
  }

  private static String singleLine(RandomGenerator random, int maxLength) {
    return orderText(random, maxLength, Limits.TextKind.SINGLE_LINE);
  }

  /**
   * An unshipped seller-fulfilled order with its lines awaiting shipment (every buyer field shown, R49)
   * whose every free-text field is random text.
   */
  private static final Generator<Order> ORDERS = random -> {
    Order order = OrderGenerator.standard().next(random, OrderStatus.UNSHIPPED);
    List<OrderLine> lines = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      OrderLine.Builder b = OrderLine.builder().from(line).title(orderText(random, Limits.MAX_TITLE_LENGTH, Limits.TextKind.MULTI_LINE))
          .itemStatus(random.nextBoolean() ? ItemStatus.ORDER_PLACED : ItemStatus.PREPARING_TO_SHIP);
      if (random.nextBoolean()) {
        b.customization(orderText(random, Limits.MAX_NOTE_LENGTH, Limits.TextKind.MULTI_LINE));
      }
      lines.add(b.build());
    }
    Address.Builder address = Address.builder().recipient(singleLine(random, Limits.MAX_NAME_LENGTH))
        .city(singleLine(random, Limits.MAX_ADDRESS_LINE_LENGTH))
        .countryCode(order.deliveryAddress().orElseThrow().countryCode());
    int streets = 1 + random.nextInt(3);
    for (int i = 0; i < streets; i++) {
      address.addStreetLine(singleLine(random, Limits.MAX_ADDRESS_LINE_LENGTH));
    }
    if (random.nextBoolean()) {
      address.region(singleLine(random, Limits.MAX_ADDRESS_LINE_LENGTH));
    }
    if (random.nextBoolean()) {
      address.postalCode(singleLine(random, Limits.MAX_POSTAL_CODE_LENGTH));
    }
    Order.Builder changed = Order.builder().from(order)
        .fulfilmentChannel(FulfilmentChannel.SELLER)
        .lines(lines)
        .deliveryAddress(address.build())
        .buyer(Buyer.builder().name(singleLine(random, Limits.MAX_NAME_LENGTH))
            .phone(singleLine(random, Limits.MAX_PHONE_LENGTH)).build());
    if (order.subtypes().stream().anyMatch(OrderSubtype::isBusiness)) {
      changed.businessPurchaseOrder(singleLine(random, Limits.MAX_PURCHASE_ORDER_LENGTH));
    }
    return changed.build();
  };

  private static final CsvLayout TEXT_COLUMNS = CsvLayout.builder("Every text column")
      .column(OrderColumns.orderId())
      .column(OrderColumns.title())
      .column(OrderColumns.customization())
      .column(OrderColumns.buyerName())
      .column(OrderColumns.buyerPhone())
      .column(OrderColumns.recipient())
      .column(OrderColumns.streetLine(1))
      .column(OrderColumns.streetLine(2))
      .column(OrderColumns.streetLine(3))
      .column(OrderColumns.city())
      .column(OrderColumns.region())
      .column(OrderColumns.postalCode())
      .column(OrderColumns.purchaseOrderNumber())
      .column(OrderColumns.amount())
      .build();

  @Test
  @DisplayName("R48: every text field of an order, however tricky, reads back through Commons CSV and Jackson CSV as meant")
  void everyTextFieldReadsBack() {
    for (CsvFormat format : CsvFormat.values()) {
      for (FormulaGuard guard : List.of(FormulaGuards.OWASP, FormulaGuards.NONE)) {
        OrderExport export = OrderExport.builder(TEXT_COLUMNS).zone(ZoneOffset.UTC).format(format).formulaGuard(guard)
            .build();
        Property.named("every text field reads back as meant (" + format + ", " + guard + ")")
            .withTries(Property.configuredTries(250))
            .check(ORDERS, order -> {
              StringWriter out = new StringWriter();
              export.writeTo(Role.OWNER, List.of(order), out);
              List<List<String>> rows = Readers.read(out.toString(), format);
              assertThat(rows).hasSize(order.lines().size() + 1);
              for (int i = 0; i < order.lines().size(); i++) {
                OrderLine line = order.lines().get(i);
                Address a = order.deliveryAddress().orElseThrow();
                List<String> expected = new ArrayList<>();
                for (String value : new String[] {
                  order.id().value(), line.title(), line.customization().orElse(""),
                  order.buyer().name().orElse(""), order.buyer().phone().orElse(""), a.recipient(),
                  a.streetLines().get(0), a.streetLines().size() > 1 ? a.streetLines().get(1) : "",
                  a.streetLines().size() > 2 ? a.streetLines().get(2) : "", a.city(), a.region().orElse(""),
                  a.postalCode().orElse(""), order.businessPurchaseOrder().orElse(""),
                }) {
                  expected.add(meant(value, guard, format));
                }
                expected.add(line.charge().amount().toPlainString());
                assertThat(rows.get(i + 1)).isEqualTo(expected);
              }
            });
      }
    }
  }
}
