package io.github.orderly.testkit.core.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.channel.Batches;
import io.github.orderly.channel.Catalogue;
import io.github.orderly.channel.CatalogueItem;
import io.github.orderly.channel.CombinedShipments;
import io.github.orderly.channel.DoubleSale;
import io.github.orderly.channel.ImportBlocker;
import io.github.orderly.channel.ImportDecision;
import io.github.orderly.channel.ImportSettings;
import io.github.orderly.channel.OrderImport;
import io.github.orderly.channel.PackingSlip;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.Sku;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.workflow.Cause;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The marketplace integration rules (R15, R17, R21, R25, R28, R29, R50). */
class IntegrationRulesTest {
  private static final Instant T0 = Instant.parse("2026-04-01T00:00:00Z");
  private static final Address ADDRESS = Address.builder().recipient("Hanako Sato").addStreetLine("神南1-2-3")
      .city("渋谷区").region("東京都").postalCode("150-0041").countryCode("JP").build();

  private static OrderLine line(String id, String sku, String listing, int qty, String shipping) {
    return OrderLine.builder().id(LineId.of(id)).sku(Sku.of(sku)).listingId(ListingId.of(listing))
        .title("Item " + id).quantityOrdered(qty).unitPrice(Money.of("1000", "JPY"))
        .shippingCharge(Money.of(shipping, "JPY")).build();
  }

  private static Order order(String id, Instant at, OrderLine... lines) {
    return Order.builder().id(OrderId.of(id)).marketplace(MarketplaceId.of("amazon.co.jp")).purchasedAt(at)
        .deliveryAddress(ADDRESS).addLines(lines).build();
  }

  private final Map<Sku, CatalogueItem> stock = new HashMap<>();
  private final Catalogue catalogue = sku -> Optional.ofNullable(stock.get(sku));

  @Test
  void R28_blockedWithAReasonPerLine_thenCreatedOnceTheCauseIsGone() {
    Order o = order("503-1", T0.plusSeconds(60), line("L1", "A", "B0A", 1, "0"), line("L2", "B", "B0B", 2, "0"),
        line("L3", "C", "B0C", 3, "0"));
    ImportSettings on = new ImportSettings(true, T0);
    stock.put(Sku.of("B"), new CatalogueItem(false, 10));
    stock.put(Sku.of("C"), new CatalogueItem(true, 2));
    ImportDecision first = OrderImport.decide(o, catalogue, on);
    assertThat(first.outcome()).isEqualTo(ImportDecision.Outcome.BLOCKED);
    assertThat(first.acceptsCommands()).isFalse();
    assertThat(first.blockers()).extracting(ImportBlocker::reason).containsExactly(
        ImportBlocker.Reason.NOT_IN_CATALOGUE, ImportBlocker.Reason.DISABLED, ImportBlocker.Reason.OUT_OF_STOCK);
    assertThat(first.blockers().get(2).message())
        .isEqualTo("Line L3: SKU C is out of stock (R28). Restock it; the order is retried on the next sync.");

    stock.put(Sku.of("A"), new CatalogueItem(true, 1));
    stock.put(Sku.of("B"), new CatalogueItem(true, 10));
    stock.put(Sku.of("C"), new CatalogueItem(true, 3));
    ImportDecision retry = OrderImport.decide(o, catalogue, on);
    assertThat(retry.outcome()).isEqualTo(ImportDecision.Outcome.CREATE);
    assertThat(retry.acceptsCommands()).isTrue();
  }

  @Test
  void R28_ordersBeforeTheIntegrationStartedAreNeverImported_andDisabledImportIsViewOnly() {
    Order early = order("503-2", T0.minusSeconds(1), line("L1", "A", "B0A", 1, "0"));
    stock.put(Sku.of("A"), new CatalogueItem(true, 5));
    assertThat(OrderImport.decide(early, catalogue, new ImportSettings(true, T0)).outcome())
        .isEqualTo(ImportDecision.Outcome.BEFORE_INTEGRATION);
    ImportDecision off = OrderImport.decide(early, catalogue, new ImportSettings(false, T0));
    assertThat(off.outcome()).isEqualTo(ImportDecision.Outcome.VIEW_ONLY);
    assertThat(off.acceptsCommands()).isFalse();
  }

  @Test
  void R25_requestsAreSentInBatchesOfAtMost15_inQueueOrder() {
    List<Integer> queue = IntStream.rangeClosed(1, 31).boxed().toList();
    List<List<Integer>> batches = Batches.of(queue);
    assertThat(batches).extracting(List::size).containsExactly(15, 15, 1);
    assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(queue);
    assertThat(Batches.of(List.of())).isEmpty();
    assertThatThrownBy(() -> Batches.of(queue, 0)).hasMessage("limit = '0': must be positive");
  }

  @Test
  @DisplayName("R25: batches never exceed 15 and lose or reorder nothing, for any queue length")
  void batchesNeverExceedTheLimitAndKeepEveryRequest() {
    Property.named("batches never exceed 15 and keep every request in order")
        .check(r -> IntStream.range(0, r.nextInt(200)).boxed().toList(), queue -> {
          List<List<Integer>> batches = Batches.of(queue);
          assertThat(batches).allSatisfy(b -> assertThat(b).isNotEmpty().hasSizeLessThanOrEqualTo(15));
          assertThat(batches.stream().flatMap(List::stream).toList()).isEqualTo(queue);
        });
  }

  @Test
  void R29_R50_upstreamUpdatesNeverRollAnOrderBack() {
    UpstreamStatus s = new UpstreamStatus(OrderStatus.PENDING, T0);
    s = s.merge(OrderStatus.UNSHIPPED, T0.plusSeconds(10));
    assertThat(s.status()).isEqualTo(OrderStatus.UNSHIPPED);
    assertThat(s.merge(OrderStatus.PENDING, T0.plusSeconds(20))).as("a step back").isEqualTo(s);
    assertThat(s.merge(OrderStatus.SHIPPED, T0.plusSeconds(5))).as("an older update").isEqualTo(s);
    assertThat(s.merge(OrderStatus.SHIPPED, T0.plusSeconds(10))).as("a repeated instant").isEqualTo(s);
    UpstreamStatus shipped = s.merge(OrderStatus.SHIPPED, T0.plusSeconds(30));
    assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    assertThat(shipped.blocksShipment()).isFalse();
  }

  @Test
  void R50_anUpstreamCancellationIsFinalAndBlocksALaterLocalShipment() {
    UpstreamStatus cancelled = new UpstreamStatus(OrderStatus.UNSHIPPED, T0).merge(OrderStatus.CANCELLED, T0.plusSeconds(1));
    assertThat(cancelled.blocksShipment()).isTrue();
    assertThat(cancelled.merge(OrderStatus.SHIPPED, T0.plusSeconds(99)).status()).isEqualTo(OrderStatus.CANCELLED);
  }

  @Test
  @DisplayName("R50: merging updates in any order never moves the status back")
  void mergingInAnyOrderIsMonotonic() {
    OrderStatus[] path = {OrderStatus.PENDING, OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED,
        OrderStatus.SHIPPED, OrderStatus.CANCELLED};
    Property.named("merged upstream status never moves back along the R29 path").check(r -> {
      int n = 1 + r.nextInt(20);
      return IntStream.range(0, n).mapToObj(i -> new UpstreamStatus(path[r.nextInt(path.length)],
          T0.plusSeconds(r.nextInt(50)))).toList();
    }, updates -> {
      UpstreamStatus s = new UpstreamStatus(OrderStatus.PENDING, T0.minusSeconds(1));
      for (UpstreamStatus u : updates) {
        UpstreamStatus next = s.merge(u.status(), u.observedAt());
        assertThat(List.of(path).indexOf(next.status())).isGreaterThanOrEqualTo(List.of(path).indexOf(s.status()));
        assertThat(next.observedAt()).isAfterOrEqualTo(s.observedAt());
        s = next;
      }
    });
  }

  @Test
  void R21_businessOrdersNeedASlip_withThePurchaseOrderNumber_R23_andTheCustomisation() {
    OrderLine custom = OrderLine.builder().from(line("L1", "A", "B0A", 2, "0")).customization("Name: 佐藤").build();
    Order business = Order.builder().from(order("503-3", T0, custom)).addSubtypes(OrderSubtype.BUSINESS)
        .businessPurchaseOrder("PO-7781").build();
    PackingSlip slip = PackingSlip.of(business);
    assertThat(slip.business()).isTrue();
    assertThat(slip.purchaseOrder()).contains("PO-7781");
    assertThat(slip.items()).containsExactly(new PackingSlip.Item("A", "Item L1", 2, Optional.of("Name: 佐藤")));
    assertThat(PackingSlip.isRequired(order("503-4", T0, line("L1", "A", "B0A", 1, "0")))).isFalse();
  }

  @Test
  void R21_aBuyerPurchaseOrderNumberOnAnOrderThatIsNotBusiness_isPrintedOnItsSlip() {
    Order consumer = Order.builder().from(order("503-5", T0, line("L1", "A", "B0A", 1, "0")))
        .businessPurchaseOrder("PO-2210").build();
    PackingSlip slip = PackingSlip.of(consumer);
    assertThat(slip.business()).isFalse();
    assertThat(PackingSlip.isRequired(consumer)).isFalse();
    assertThat(slip.purchaseOrder()).contains("PO-2210");
  }

  @Test
  void R17_duplicateListingsAreToldApartFromAQuantityRaisedWhilePending() {
    stock.put(Sku.of("MUG"), new CatalogueItem(true, 1));
    stock.put(Sku.of("CUP"), new CatalogueItem(true, 2));
    Order a = order("1", T0, line("L1", "MUG", "B0MUG1", 1, "0"));
    Order b = order("2", T0.plusSeconds(5), line("L2", "MUG", "B0MUG2", 1, "0"));
    Order c = order("3", T0, line("L3", "CUP", "B0CUP", 2, "0"));
    Order d = order("4", T0.plusSeconds(9), line("L4", "CUP", "B0CUP", 1, "0"));
    List<DoubleSale> found = DoubleSale.find(List.of(d, b, c, a), catalogue);
    assertThat(found).containsExactly(
        new DoubleSale(Sku.of("CUP"), 2, 3, DoubleSale.Cause.QUANTITY_RAISED_WHILE_PENDING, List.of(OrderId.of("4"))),
        new DoubleSale(Sku.of("MUG"), 1, 2, DoubleSale.Cause.DUPLICATE_LISTINGS, List.of(OrderId.of("2"))));
  }

  @Test
  void R17_noDoubleSaleWhenStockCoversOpenOrders_andCancelledOrdersDoNotCount() {
    stock.put(Sku.of("MUG"), new CatalogueItem(true, 1));
    OrderLine cancelled = OrderLine.builder().from(line("L2", "MUG", "B0MUG", 1, "0"))
        .itemStatus(io.github.orderly.status.ItemStatus.UNFULFILLED).paymentStatus(PaymentStatus.NOT_CHARGED).build();
    assertThat(DoubleSale.find(List.of(order("1", T0, line("L1", "MUG", "B0MUG", 1, "0")),
        order("2", T0, cancelled)), catalogue)).isEmpty();
  }

  @Test
  void R15_eachOrderIsConfirmedOnItsOwn_andTheBuyerGetsBackTheShippingSaved() {
    Order a = order("1", T0, line("L1", "A", "B0A", 1, "500"));
    Order b = order("2", T0.plusSeconds(60), line("L2", "B", "B0B", 1, "300"), line("L3", "C", "B0C", 1, "200"));
    Order elsewhere = Order.builder().from(order("3", T0, line("L4", "A", "B0A", 1, "500")))
        .deliveryAddress(Address.builder().from(ADDRESS).recipient("Someone else").build()).build();
    List<List<Order>> groups = CombinedShipments.groups(List.of(elsewhere, b, a));
    assertThat(groups).containsExactly(List.of(a, b));
    Map<OrderId, Money> refunds = CombinedShipments.shippingSaved(groups.get(0), Money.of("700", "JPY"));
    assertThat(refunds).containsExactly(Map.entry(OrderId.of("1"), Money.of("150", "JPY")),
        Map.entry(OrderId.of("2"), Money.of("150", "JPY")));
    assertThat(CombinedShipments.shippingSaved(groups.get(0), Money.of("1000", "JPY"))).isEmpty();
  }

  @Test
  @DisplayName("R15: the shipping refunds of a combined shipment add up exactly to the saving")
  void combinedShippingRefundsAddUpToTheSaving() {
    OrderGenerator gen = OrderGenerator.standard();
    Property.named("combined shipping refunds add up exactly to the saving").check(r -> {
      Order first = gen.next(r, OrderStatus.UNSHIPPED);
      Order second = Order.builder().from(gen.next(r, OrderStatus.UNSHIPPED)).id(OrderId.of(first.id() + "-2"))
          .marketplace(first.marketplace()).deliveryAddress(first.deliveryAddress()).build();
      return List.of(first, second);
    }, pair -> {
      if (!pair.get(0).currency().equals(pair.get(1).currency())) {
        return;
      }
      Money charged = Money.total(pair.get(0).currency(), pair.stream().flatMap(o -> o.lines().stream())
          .map(OrderLine::shippingCharge).toList());
      Money cost = Money.ofMinor(0, pair.get(0).currency());
      Money sum = Money.total(cost.currency(), CombinedShipments.shippingSaved(pair, cost).values());
      assertThat(sum).isEqualTo(charged);
    });
  }
}
