package io.github.orderly.workflow;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.orderly.order.CommandId;
import io.github.orderly.status.ItemStatus;
import java.util.List;

/**
 * Something a seller, the marketplace or a buyer asks to do to an order: the input of
 * {@link OrderWorkflow#decide}. Commands are named in the imperative and carry a {@link CommandId}. Which
 * role may send which command, from which party, under which conditions, is {@link CommandTable}.
 *
 * <p>A command that cannot be well formed (a missing reason, an empty line list) is refused when it is
 * built, with an {@link InvalidCommandException} naming the field; a well-formed command the rules refuse
 * is answered with a {@link Rejection}. In JSON a command is an object whose {@code "type"} is the simple
 * name of its class, such as {@code "ConfirmShipment"}; an absent list reads as empty and an absent
 * optional as empty. Every command is an immutable, thread-safe record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ConfirmPayment.class, name = "ConfirmPayment"),
  @JsonSubTypes.Type(value = PrepareShipment.class, name = "PrepareShipment"),
  @JsonSubTypes.Type(value = ConfirmShipment.class, name = "ConfirmShipment"),
  @JsonSubTypes.Type(value = ConfirmInvoice.class, name = "ConfirmInvoice"),
  @JsonSubTypes.Type(value = RecordCarrierProgress.class, name = "RecordCarrierProgress"),
  @JsonSubTypes.Type(value = Cancel.class, name = "Cancel"),
  @JsonSubTypes.Type(value = AutoCancel.class, name = "AutoCancel"),
  @JsonSubTypes.Type(value = CannotFulfil.class, name = "CannotFulfil"),
  @JsonSubTypes.Type(value = RequestCancellation.class, name = "RequestCancellation"),
  @JsonSubTypes.Type(value = AcceptCancellationRequest.class, name = "AcceptCancellationRequest"),
  @JsonSubTypes.Type(value = DeclineCancellationRequest.class, name = "DeclineCancellationRequest"),
  @JsonSubTypes.Type(value = AuthorizeReturn.class, name = "AuthorizeReturn"),
  @JsonSubTypes.Type(value = ReceiveReturn.class, name = "ReceiveReturn"),
  @JsonSubTypes.Type(value = FailReturn.class, name = "FailReturn"),
  @JsonSubTypes.Type(value = IssueRefund.class, name = "IssueRefund"),
  @JsonSubTypes.Type(value = RecordRefundOutcome.class, name = "RecordRefundOutcome"),
  @JsonSubTypes.Type(value = EditAsBuyer.class, name = "EditAsBuyer"),
  @JsonSubTypes.Type(value = RecordUpstreamStatus.class, name = "RecordUpstreamStatus"),
})
public sealed interface Command permits
    ConfirmPayment, PrepareShipment, ConfirmShipment, ConfirmInvoice, RecordCarrierProgress, Cancel, AutoCancel,
    CannotFulfil, RequestCancellation, AcceptCancellationRequest, DeclineCancellationRequest,
    AuthorizeReturn, ReceiveReturn, FailReturn, IssueRefund, RecordRefundOutcome, EditAsBuyer,
    RecordUpstreamStatus {
  /** Returns the command's id. */
  CommandId id();

  /** The statuses {@link RecordCarrierProgress} accepts. */
  List<ItemStatus> CARRIER_STATUSES = List.of(ItemStatus.IN_TRANSIT, ItemStatus.OUT_FOR_DELIVERY,
      ItemStatus.DELIVERED, ItemStatus.UNABLE_TO_DELIVER, ItemStatus.RETURNING);
}
