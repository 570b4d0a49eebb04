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
import java.util.List;
import java.util.Optional;

/** One well-formed command of every type. */
final class Samples {
  private Samples() {}

  static List<Command> oneOfEachCommand() {
    return List.of(
        new Command.ConfirmPayment(id()),
        new Command.PrepareShipment(id(), List.of(L1)),
        Fixtures.ship(L1, 1, "1Z-SAMPLE", Optional.of(Money.of("4.10", "USD"))),
        Command.Cancel.bySeller(id(), CancellationReason.NO_STOCK),
        new Command.CannotFulfil(id()),
        new Command.RequestCancellation(id(), Optional.of("Changed my mind")),
        new Command.AnswerCancellationRequest(id(), true),
        new Command.RecordCarrierProgress(id(), List.of(L1), ItemStatus.DELIVERED),
        new Command.AuthorizeReturn(id(), RmaId.of("RMA-S"), ReturnReason.REFUSED, List.of(ReturnLine.of(L1, 1))),
        new Command.ReceiveReturn(id(), RmaId.of("RMA-S")),
        new Command.FailReturn(id(), RmaId.of("RMA-S")),
        new Command.IssueRefund(id(), RefundId.of("R-S"), RefundReason.GENERAL_ADJUSTMENT, List.of(),
            List.of(RefundLine.of(L1, Money.of("1.00", "USD")))),
        new Command.RecordRefundOutcome(id(), RefundId.of("R-S"), RefundState.FAILED),
        new Command.EditAsBuyer(id(), Optional.of(Address.builder().recipient("A B").addStreetLine("1 Road")
            .city("Kyoto").countryCode("JP").build()), List.of(new LineQuantity(L1, 1))));
  }

  static Class<?>[] permittedCommandTypes() {
    return Command.class.getPermittedSubclasses();
  }
}
