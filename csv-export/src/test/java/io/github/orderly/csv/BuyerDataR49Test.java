package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * R49: an export shows only what a merchant may see of the buyer: the name and address unless the
 * order is pending or cancelled; the phone never for an order the marketplace fulfils, and for one the
 * seller fulfils only while the line is being fulfilled.
 */
class BuyerDataR49Test {
  /** Every line, with every buyer column the library offers. */
  private static final CsvLayout ALL_BUYER_COLUMNS = CsvLayout.builder("Buyer columns")
      .column(OrderColumns.orderId())
      .column(OrderColumns.lineId())
      .column(OrderColumns.buyerName())
      .column(OrderColumns.buyerPhone())
      .column(OrderColumns.recipient())
      .column(OrderColumns.streetLine(1))
      .column(OrderColumns.city())
      .column(OrderColumns.postalCode())
      .build();

  /**
   * The item statuses of a seller-fulfilled line during which the phone connects to the buyer (stated
   * here, apart from the library): from the order until delivery. Delivered, undeliverable, returns
   * and cancelled lines are past it.
   */
  private static final Set<ItemStatus> FULFILMENT_PERIOD = EnumSet.of(ItemStatus.ORDER_PLACED,
      ItemStatus.PREPARING_TO_SHIP, ItemStatus.SHIPPED, ItemStatus.IN_TRANSIT, ItemStatus.OUT_FOR_DELIVERY);

  private static List<List<String>> export(List<Order> orders, boolean redact) {
    StringWriter out = new StringWriter();
    OrderExport.builder(ALL_BUYER_COLUMNS).zone(ZoneOffset.UTC).formulaGuard(FormulaGuards.NONE)
        .redactBuyerData(redact).build().writeTo(Role.ADMIN, orders, out);
    List<List<String>> rows = Readers.rfc(out.toString());
    return rows.subList(1, rows.size());
  }

  /** A live order, fulfilled by the channel, with one line at the status (shipped first where it must be). */
  private static Order orderWith(FulfilmentChannel channel, ItemStatus status) {
    Order base = Fixtures.unshipped();
    OrderLine first = base.lines().get(0);
    boolean shipped = status.isShipped();
    OrderLine line = OrderLine.builder().from(first).itemStatus(status)
        .paymentStatus(shipped ? PaymentStatus.PAID : status.isCancelled() ? PaymentStatus.NOT_CHARGED
            : PaymentStatus.AUTHORIZED)
        .quantityShipped(shipped ? first.quantityOrdered() : 0).build();
    OrderLine other = OrderLine.builder().from(base.lines().get(1))
        .paymentStatus(shipped ? PaymentStatus.PAID : PaymentStatus.AUTHORIZED).build();
    Order.Builder b = Order.builder().from(base).fulfilmentChannel(channel).lines(List.of(line, other));
    if (shipped) {
      b.addShipment(Shipment.builder().trackingId(TrackingId.of("T-1")).carrier(Carrier.of("UPS"))
          .shippedAt(Instant.parse("2026-03-02T09:00:00Z"))
          .addLine(ShipmentLine.of(LineId.of(line.id().value()), line.quantityOrdered())).build());
    }
    ReturnState returnState = switch (status) {
      case RETURN_STARTED, RETURNING -> ReturnState.AUTHORIZED;
      case RETURNED -> ReturnState.RECEIVED;
      case RETURN_FAILED -> ReturnState.FAILED;
      default -> null;
    };
    if (returnState != null) {
      // A line in a return status has the return that put it there (the order's checks ask for it).
      b.addReturn(ReturnAuthorization.builder().rmaId(RmaId.of("RMA-1")).reason(ReturnReason.DEFECTIVE)
          .authorizedAt(Instant.parse("2026-03-05T09:00:00Z")).addLine(ReturnLine.of(line.id(), 1))
          .state(returnState).build());
    }
    return b.build();
  }

  @ParameterizedTest(name = "R49 seller-fulfilled, line {0}")
  @EnumSource(value = ItemStatus.class, mode = EnumSource.Mode.EXCLUDE, names = {"UNABLE_TO_FULFILL",
      "AWAITING_RELEASE"})
  @DisplayName("R49: a seller-fulfilled order shows the phone exactly while the line is being fulfilled")
  void sellerFulfilledPhoneByItemStatus(ItemStatus status) {
    Order order = orderWith(FulfilmentChannel.SELLER, status);
    assertThat(order.status()).isNotIn(OrderStatus.PENDING, OrderStatus.CANCELLED);
    List<String> row = export(List.of(order), false).get(0);
    assertThat(row.get(1)).isEqualTo("L-1");
    assertThat(row.get(3)).isEqualTo(FULFILMENT_PERIOD.contains(status) ? Fixtures.PHONE_IN_TRANSIT : "");
    assertThat(row.get(2)).as("the name stays").isEqualTo(order.buyer().name().orElseThrow());
    assertThat(row.get(4)).as("the address stays").isEqualTo(order.deliveryAddress().orElseThrow().recipient());
  }

  @ParameterizedTest(name = "R49 marketplace-fulfilled, line {0}")
  @EnumSource(value = ItemStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "AWAITING_RELEASE")
  @DisplayName("R49: a marketplace-fulfilled order never shows the phone, before or after shipment; name and address stay")
  void marketplaceFulfilledNeverShowsThePhone(ItemStatus status) {
    Order order = orderWith(FulfilmentChannel.MARKETPLACE, status);
    List<List<String>> rows = export(List.of(order), false);
    assertThat(rows).hasSize(2).allSatisfy(row -> {
      assertThat(row.get(3)).isEmpty();
      assertThat(row.get(2)).isEqualTo(order.buyer().name().orElseThrow());
      assertThat(row.get(4)).isEqualTo(order.deliveryAddress().orElseThrow().recipient());
    });
    StringWriter out = new StringWriter();
    OrderExport.builder(CsvLayouts.unshippedOrders()).zone(ZoneOffset.UTC).build()
        .writeTo(Role.OWNER, List.of(order), out);
    assertThat(out.toString()).doesNotContain(Fixtures.PHONE_IN_TRANSIT);
  }

  @Test
  @DisplayName("R49: the fixed orders: the phone while lines are fulfilled, gone once delivered")
  void phoneOnlyDuringFulfilment() {
    List<List<String>> rows = export(List.of(Fixtures.shipped(), Fixtures.unshipped()), false);
    assertThat(rows).extracting(r -> r.get(1) + "=" + r.get(3)).containsExactly(
        "L-3=", "L-4=" + Fixtures.PHONE_JP, "L-1=" + Fixtures.PHONE_IN_TRANSIT,
        "L-2=" + Fixtures.PHONE_IN_TRANSIT);
    assertThat(rows.get(0).get(2)).isEqualTo("山田 太郎");
  }

  @Test
  @DisplayName("R49: no name, address or phone of a pending or cancelled order")
  void nothingForPendingOrCancelled() {
    List<List<String>> rows = export(List.of(Fixtures.pending(), Fixtures.cancelled()), false);
    assertThat(rows).hasSize(2).allSatisfy(r -> assertThat(r.subList(2, r.size())).containsOnly(""));
  }

  @Test
  @DisplayName("R49, R52: no name, address or phone of a pre-order awaiting its release")
  void nothingForAPreOrder() {
    Order pending = Fixtures.pending();
    Order preOrder = Order.builder().from(pending).lines(pending.lines().stream()
        .map(l -> OrderLine.builder().from(l).itemStatus(ItemStatus.AWAITING_RELEASE).build()).toList()).build();
    assertThat(preOrder.status()).isEqualTo(OrderStatus.PENDING_AVAILABILITY);
    List<List<String>> rows = export(List.of(preOrder), false);
    assertThat(rows).hasSize(preOrder.lines().size())
        .allSatisfy(r -> assertThat(r.subList(2, r.size())).containsOnly(""));
  }

  @Test
  @DisplayName("R49: redaction drops all buyer personal data and keeps the columns")
  void redactionDropsEverything() {
    List<List<String>> rows = export(Fixtures.all(), true);
    assertThat(rows).hasSize(9).allSatisfy(r -> {
      assertThat(r).hasSize(8);
      assertThat(r.get(0)).isNotEmpty();
      assertThat(r.subList(2, r.size())).containsOnly("");
    });
  }

  @Test
  @DisplayName("R49: on generated orders of both channels, every row follows the buyer-data table, and no e-mail is ever exported")
  void everyRowFollowsTheTable() {
    List<CsvLayout> standard = List.of(CsvLayouts.orderReport(), CsvLayouts.orderReportFlatFile(),
        CsvLayouts.unshippedOrders(), CsvLayouts.unshippedOrdersFlatFile(), CsvLayouts.ordersPage(),
        CsvLayouts.ordersPageFlatFile());
    Property.named("buyer data appears exactly where R49 allows it").withTries(Property.configuredTries(300))
        .check(OrderGenerator.standard(), order -> {
          List<List<String>> rows = export(List.of(order), false);
          assertThat(rows).hasSize(order.lines().size());
          boolean hidden = order.status() == OrderStatus.PENDING || order.status() == OrderStatus.PENDING_AVAILABILITY
              || order.status() == OrderStatus.CANCELLED;
          for (int i = 0; i < rows.size(); i++) {
            OrderLine line = order.lines().get(i);
            List<String> row = rows.get(i);
            assertThat(row.get(2)).isEqualTo(hidden ? "" : order.buyer().name().orElse(""));
            assertThat(row.get(4)).isEqualTo(hidden ? "" : order.deliveryAddress().orElseThrow().recipient());
            boolean phone = !hidden && order.fulfilmentChannel() == FulfilmentChannel.SELLER
                && FULFILMENT_PERIOD.contains(line.itemStatus());
            assertThat(row.get(3)).isEqualTo(phone ? order.buyer().phone().orElse("") : "");
          }
          order.buyer().email().ifPresent(email -> {
            for (CsvLayout layout : standard) {
              StringWriter out = new StringWriter();
              OrderExport.builder(layout).zone(ZoneOffset.UTC).build().writeTo(Role.OWNER, List.of(order), out);
              assertThat(out.toString()).doesNotContain(email);
            }
          });
        });
  }
}
