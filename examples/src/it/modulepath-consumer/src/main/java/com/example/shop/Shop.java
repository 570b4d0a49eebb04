package com.example.shop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.orderly.access.Role;
import io.github.orderly.csv.CsvLayouts;
import io.github.orderly.csv.OrderExport;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.json.OrderlyModule;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.WorkflowContext;
import io.github.orderly.workflow.OrderWorkflow;
import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** What a shop's code does with Orderly, as the README shows it. */
public final class Shop {
  private Shop() {}

  /**
   * Builds an order, decides a command, queries, exports and writes JSON with the shop's own mappers.
   *
   * @param args ignored
   * @throws JsonProcessingException never, for these values
   * @throws IllegalStateException if the shop's own mappers do not write Orderly's JSON
   */
  public static void main(String[] args) throws JsonProcessingException {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");
    LineId line = LineId.of("58342917460291");
    Order order = Order.builder()
        .id(OrderId.of("112-3345678-9012345"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(Instant.parse("2026-03-01T09:30:00Z"))
        .deliveryAddress(Address.builder()
            .recipient("Jane Doe").addStreetLine("1 Main St")
            .city("Seattle").region("WA").postalCode("98109").countryCode("US")
            .build())
        .addLine(OrderLine.builder()
            .id(line).sku(Sku.of("MUG-RED")).listingId(ListingId.of("B0C1234567"))
            .title("Red mug, 350 ml").quantityOrdered(2)
            .unitPrice(Money.of("12.50", "USD")).shippingCharge(Money.of("4.99", "USD"))
            .build())
        .build();

    List<Object> parts = List.of(ShipmentLine.of(line, 1), ReturnLine.of(line, 1),
        RefundLine.of(line, Money.of("12.50", "USD")), Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, now));

    Decision d = OrderWorkflow.decide(order, Cancel.bySeller(CommandId.of("c-17"), CancellationReason.NO_STOCK),
        WorkflowContext.of(now, Role.STAFF, DeadlinePolicies.sellerCentralUs()));

    long matching = OrderQuery.defaultView(now).select(List.of(order)).totalCount();

    StringWriter csv = new StringWriter();
    long rows = OrderExport.builder(CsvLayouts.orderReport()).zone(ZoneOffset.UTC).build()
        .writeTo(Role.ADMIN, List.of(order), csv);

    String json = OrderlyJson.write(order);
    ObjectMapper registered = new ObjectMapper().registerModule(new OrderlyModule());
    ObjectMapper found = new ObjectMapper().findAndRegisterModules();
    if (!registered.writeValueAsString(order).equals(json) || !found.writeValueAsString(order).equals(json)
        || !found.readValue(json, Order.class).equals(order)) {
      throw new IllegalStateException("the shop's own mappers do not write Orderly's JSON");
    }
    System.out.println(parts.size() + " values, cancel accepted: " + d.isAccepted() + ", " + matching
        + " order on the page, " + rows + " CSV rows, same JSON");
  }
}
