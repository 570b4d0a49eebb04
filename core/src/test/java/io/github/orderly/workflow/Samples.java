package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.id;

import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import java.util.List;
import java.util.Optional;

/** One well-formed command of every type. */
final class Samples {
  private Samples() {}

  static List<Command> oneOfEachCommand() {
    return List.of(
        new ConfirmPayment(id()),
        new PrepareShipment(id(), List.of(L1)),
        Fixtures.ship(L1, 1, "1Z-SAMPLE", Money.of("4.10", "USD")),
        new ConfirmInvoice(id()),
        new RecordCarrierProgress(id(), List.of(L1), ItemStatus.DELIVERED),
        Cancel.bySeller(id(), CancellationReason.PRICING_ERROR),
        new AutoCancel(id(), CancellationReason.SHIPMENT_NOT_CONFIRMED),
        new CannotFulfil(id()),
        new RequestCancellation(id(), Optional.of("Changed my mind"), List.of()),
        new AcceptCancellationRequest(id()),
        new DeclineCancellationRequest(id()),
        new AuthorizeReturn(id(), RmaId.of("RMA-S"), ReturnReason.REFUSED, List.of(ReturnLine.of(L1, 1))),
        new ReceiveReturn(id(), RmaId.of("RMA-S")),
        new FailReturn(id(), RmaId.of("RMA-S")),
        new IssueRefund(id(), RefundId.of("R-S"), RefundReason.GENERAL_ADJUSTMENT, List.of(),
            List.of(RefundLine.of(L1, Money.of("1.00", "USD")))),
        new RecordRefundOutcome(id(), RefundId.of("R-S"), RefundState.FAILED),
        new EditAsBuyer(id(), Optional.of(Address.builder().recipient("A B").addStreetLine("1 Road")
            .city("Kyoto").countryCode("JP").build()), List.of(new LineQuantity(L1, 1))),
        new RecordUpstreamStatus(id(), OrderStatus.SHIPPED, Fixtures.LATER));
  }

  static Class<?>[] permittedCommandTypes() {
    return Command.class.getPermittedSubclasses();
  }
}
