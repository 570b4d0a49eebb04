package io.github.orderly.benchmarks;

import io.github.orderly.access.Role;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.ReturnState;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.AuthorizeReturn;
import io.github.orderly.workflow.Cancel;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.ConfirmShipment;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.EditAsBuyer;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.PrepareShipment;
import io.github.orderly.workflow.ReceiveReturn;
import io.github.orderly.workflow.RecordCarrierProgress;
import io.github.orderly.workflow.RecordRefundOutcome;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Decide + evolve throughput of the order workflow for a realistic command mix, one thread.
 *
 * <p>One invocation walks a two-line seller-fulfilled order through {@value #COMMANDS} commands: the buyer's
 * new delivery address within the edit window, prepare, ship one line (charging the whole order, R7), carrier progress, refund the other
 * line (R16), its outcome, delivery, a rejected cancellation (R3), a repeated command (R43), a return authorised
 * and received with its automatic refund (R20), and the refund's outcome. Scores are reported per command
 * ({@code @OperationsPerInvocation}).
 *
 * <p>The baseline makes the same status changes the way a host might without Orderly's workflow: a
 * hand-written rebuild of the same immutable {@link Order} per step, with no table, no rule checks, no events.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WorkflowBenchmark {
  static final int COMMANDS = 13;

  private static final LineId L1 = LineId.of("L1");
  private static final LineId L2 = LineId.of("L2");
  private static final Instant PURCHASED = Instant.parse("2026-03-01T10:00:00Z");
  private static final Address MOVED = Address.builder().recipient("Jane Doe").addStreetLine("9 Pine St")
      .city("Seattle").countryCode("US").build();

  private Order order;
  private List<Command> commands;
  private List<WorkflowContext> contexts;
  private List<UnaryOperator<Order>> baseline;

  /** Builds the order, the command mix and the baseline steps. */
  @Setup
  public void setUp() {
    order = Order.builder()
        .id(OrderId.of("112-3456789-0123456"))
        .marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(PURCHASED)
        .deliveryAddress(Address.builder().recipient("Jane Doe").addStreetLine("1 Main St").city("Seattle")
            .countryCode("US").build())
        .addLine(line(L1, 2, "19.99"))
        .addLine(line(L2, 1, "5.00"))
        .build();
    Instant shipped = PURCHASED.plusSeconds(86_400);
    ConfirmShipment ship = ConfirmShipment.of(CommandId.of("c3"), Carrier.of("UPS"), TrackingId.of("1Z999"),
        shipped, List.of(ShipmentLine.of(L1, 2))).withActualShippingCost(Money.of("6.50", "USD"));
    commands = List.of(
        new EditAsBuyer(CommandId.of("c1"), Optional.of(MOVED), List.of()),
        new PrepareShipment(CommandId.of("c2"), List.of()),
        ship,
        new RecordCarrierProgress(CommandId.of("c4"), List.of(L1), ItemStatus.IN_TRANSIT),
        IssueRefund.ofLines(CommandId.of("c5"), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP, List.of(L2)),
        new RecordRefundOutcome(CommandId.of("c6"), RefundId.of("R-1"), RefundState.SUCCEEDED),
        new RecordCarrierProgress(CommandId.of("c7"), List.of(L1), ItemStatus.DELIVERED),
        Cancel.bySeller(CommandId.of("c8"), CancellationReason.NO_STOCK),
        ship,
        new AuthorizeReturn(CommandId.of("c9"), RmaId.of("RMA-1"), ReturnReason.DEFECTIVE,
            List.of(ReturnLine.of(L1, 1))),
        new RecordCarrierProgress(CommandId.of("c10"), List.of(L1), ItemStatus.RETURNING),
        new ReceiveReturn(CommandId.of("c11"), RmaId.of("RMA-1")),
        new RecordRefundOutcome(CommandId.of("c12"), RefundId.of("return-refund-2"), RefundState.SUCCEEDED));
    contexts = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      Role role = i == 0 ? Role.MARKETPLACE : Role.STAFF;
      contexts.add(WorkflowContext.of(i == 0 ? PURCHASED.plusSeconds(60) : shipped.plusSeconds(3600L * i), role));
    }
    // Check the mix does what it says once, so that a broken mix fails loudly rather than measuring rejections.
    Order o = order;
    for (int i = 0; i < commands.size(); i++) {
      Decision d = OrderWorkflow.decide(o, commands.get(i), contexts.get(i));
      Decision.Outcome expected = i == 7 ? Decision.Outcome.REJECTED
          : i == 8 ? Decision.Outcome.REPEATED : Decision.Outcome.ACCEPTED;
      if (d.outcome() != expected) {
        throw new IllegalStateException("command " + i + " " + commands.get(i) + ": " + d.rejection());
      }
      o = d.order();
    }
    baseline = baselineSteps(shipped);
  }

  private static OrderLine line(LineId id, int quantity, String price) {
    return OrderLine.builder().id(id).sku(Sku.of("SKU-" + id)).listingId(ListingId.of("B0" + id))
        .title("Item " + id).quantityOrdered(quantity).unitPrice(Money.of(price, "USD"))
        .shippingCharge(Money.of("3.00", "USD")).build();
  }

  private List<UnaryOperator<Order>> baselineSteps(Instant shipped) {
    Shipment shipment = Shipment.builder().trackingId(TrackingId.of("1Z999")).carrier(Carrier.of("UPS"))
        .shippedAt(shipped).addLine(ShipmentLine.of(L1, 2)).actualShippingCost(Money.of("6.50", "USD")).build();
    Refund refund = Refund.builder().id(RefundId.of("R-1")).reason(RefundReason.COULD_NOT_SHIP).issuedAt(shipped)
        .addLine(RefundLine.of(L2, order.line(L2).get().charge())).build();
    ReturnAuthorization ra = ReturnAuthorization.builder().rmaId(RmaId.of("RMA-1")).reason(ReturnReason.DEFECTIVE)
        .authorizedAt(shipped).addLine(ReturnLine.of(L1, 1)).build();
    Money back = Money.of("21.99", "USD");
    Refund returnRefund = Refund.builder().id(RefundId.of("return-refund-2")).reason(RefundReason.CUSTOMER_RETURN)
        .issuedAt(shipped).addLine(RefundLine.of(L1, back)).build();
    List<UnaryOperator<Order>> steps = new ArrayList<>();
    steps.add(o -> Order.builder().from(o).deliveryAddress(MOVED).build());
    steps.add(o -> set(o, ItemStatus.PREPARING_TO_SHIP, null, ItemStatus.PREPARING_TO_SHIP, null, 0));
    steps.add(o -> Order.builder().from(o).addShipment(shipment).lines(List.of(
        OrderLine.builder().from(o.lines().get(0)).itemStatus(ItemStatus.SHIPPED).paymentStatus(PaymentStatus.PAID)
            .quantityShipped(2).build(),
        OrderLine.builder().from(o.lines().get(1)).paymentStatus(PaymentStatus.PAID).build())).build());
    steps.add(o -> set(o, ItemStatus.IN_TRANSIT, null, null, null, 0));
    steps.add(o -> Order.builder().from(o).addRefund(refund).lines(List.of(o.lines().get(0),
        OrderLine.builder().from(o.lines().get(1)).paymentStatus(PaymentStatus.REFUND_PROCESSING).build())).build());
    steps.add(o -> Order.builder().from(o).refunds(List.of(Refund.builder().from(refund).state(RefundState.SUCCEEDED)
        .build())).lines(List.of(o.lines().get(0), OrderLine.builder().from(o.lines().get(1))
        .paymentStatus(PaymentStatus.REFUNDED).build())).build());
    steps.add(o -> set(o, ItemStatus.DELIVERED, null, null, null, 0));
    steps.add(o -> o);
    steps.add(o -> o);
    steps.add(o -> Order.builder().from(o).addReturn(ra).lines(List.of(OrderLine.builder().from(o.lines().get(0))
        .itemStatus(ItemStatus.RETURN_STARTED).build(), o.lines().get(1))).build());
    steps.add(o -> set(o, ItemStatus.RETURNING, null, null, null, 0));
    steps.add(o -> Order.builder().from(o)
        .returns(List.of(ReturnAuthorization.builder().from(ra).state(io.github.orderly.order.ReturnState.RECEIVED)
            .build()))
        .addRefund(returnRefund)
        .lines(List.of(OrderLine.builder().from(o.lines().get(0)).itemStatus(ItemStatus.RETURNED)
            .paymentStatus(PaymentStatus.REFUND_PROCESSING).build(), o.lines().get(1))).build());
    steps.add(o -> Order.builder().from(o).refunds(List.of(o.refunds().get(0),
        Refund.builder().from(returnRefund).state(RefundState.SUCCEEDED).build())).lines(List.of(
        OrderLine.builder().from(o.lines().get(0)).paymentStatus(PaymentStatus.PAID).build(), o.lines().get(1)))
        .build());
    return steps;
  }

  private static Order set(Order o, ItemStatus first, PaymentStatus firstPay, ItemStatus second,
      PaymentStatus secondPay, int unused) {
    OrderLine a = o.lines().get(0);
    OrderLine b = o.lines().get(1);
    OrderLine.Builder ab = OrderLine.builder().from(a);
    if (first != null) {
      ab.itemStatus(first);
    }
    if (firstPay != null) {
      ab.paymentStatus(firstPay);
    }
    OrderLine.Builder bb = OrderLine.builder().from(b);
    if (second != null) {
      bb.itemStatus(second);
    }
    if (secondPay != null) {
      bb.paymentStatus(secondPay);
    }
    return Order.builder().from(o).lines(List.of(ab.build(), bb.build())).build();
  }

  /**
   * Decide + evolve of the command mix through {@link OrderWorkflow#decide}.
   *
   * @return the final order, so that nothing is optimised away
   */
  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public Order workflowDecideAndEvolve() {
    Order o = order;
    for (int i = 0; i < COMMANDS; i++) {
      o = OrderWorkflow.decide(o, commands.get(i), contexts.get(i)).order();
    }
    return o;
  }

  /**
   * The baseline: the same status changes as hand-written rebuilds of the immutable order, no table, no checks.
   *
   * @return the final order
   */
  @Benchmark
  @OperationsPerInvocation(COMMANDS)
  public Order baselineHandWrittenRebuild() {
    Order o = order;
    for (int i = 0; i < COMMANDS; i++) {
      o = baseline.get(i).apply(o);
    }
    return o;
  }
}
