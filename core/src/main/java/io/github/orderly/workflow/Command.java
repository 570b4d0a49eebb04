package io.github.orderly.workflow;

import static io.github.orderly.workflow.InvalidCommandException.list;
import static io.github.orderly.workflow.InvalidCommandException.optional;
import static io.github.orderly.workflow.InvalidCommandException.required;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Party;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.RefundState;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.TrackingId;
import io.github.orderly.status.ItemStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Something a seller, the marketplace or a buyer asks to do to an order: the input of
 * {@link OrderWorkflow#decide}. Commands are named in the imperative; each carries a {@link CommandId} so
 * that a repeated command changes nothing the second time (R43).
 *
 * <p>A command that cannot be well formed (a missing reason, an empty line list) is refused when it is
 * built, with an {@link InvalidCommandException}; a well-formed command the rules refuse is answered with
 * a {@link Rejection}. Who may send which command is {@link CommandAccess}. In JSON a command is an object
 * whose {@code "type"} is the simple name of its class, such as {@code "ConfirmShipment"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Command.ConfirmPayment.class, name = "ConfirmPayment"),
  @JsonSubTypes.Type(value = Command.PrepareShipment.class, name = "PrepareShipment"),
  @JsonSubTypes.Type(value = Command.ConfirmShipment.class, name = "ConfirmShipment"),
  @JsonSubTypes.Type(value = Command.Cancel.class, name = "Cancel"),
  @JsonSubTypes.Type(value = Command.CannotFulfil.class, name = "CannotFulfil"),
  @JsonSubTypes.Type(value = Command.RequestCancellation.class, name = "RequestCancellation"),
  @JsonSubTypes.Type(value = Command.AnswerCancellationRequest.class, name = "AnswerCancellationRequest"),
  @JsonSubTypes.Type(value = Command.RecordCarrierProgress.class, name = "RecordCarrierProgress"),
  @JsonSubTypes.Type(value = Command.AuthorizeReturn.class, name = "AuthorizeReturn"),
  @JsonSubTypes.Type(value = Command.ReceiveReturn.class, name = "ReceiveReturn"),
  @JsonSubTypes.Type(value = Command.FailReturn.class, name = "FailReturn"),
  @JsonSubTypes.Type(value = Command.IssueRefund.class, name = "IssueRefund"),
  @JsonSubTypes.Type(value = Command.RecordRefundOutcome.class, name = "RecordRefundOutcome"),
  @JsonSubTypes.Type(value = Command.EditAsBuyer.class, name = "EditAsBuyer"),
})
public sealed interface Command {
  /** Returns the command's id, unique per order (R43). */
  CommandId id();

  /**
   * The marketplace verified the buyer's payment: a pending order becomes unshipped (R1, R41). Every line
   * whose payment is processing becomes authorised; the buyer is charged when shipment is confirmed (R7).
   *
   * @param id the command id
   */
  record ConfirmPayment(@JsonProperty(value = "id", required = true) CommandId id) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     */
    @JsonCreator
    public ConfirmPayment {
      required("confirmPayment.id", id, "must not be null");
    }
  }

  /**
   * Mark lines as being picked and packed: Order placed becomes Preparing to ship.
   *
   * @param id the command id
   * @param lines the lines to prepare; empty for every line not yet prepared
   */
  record PrepareShipment(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty("lines") List<LineId> lines) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param lines the lines to prepare; empty for every line not yet prepared
     */
    @JsonCreator
    public PrepareShipment {
      required("prepareShipment.id", id, "must not be null");
      lines = lines == null ? List.of() : list("prepareShipment.lines", lines);
    }
  }

  /**
   * Confirm that units of some lines left with a carrier (R2). The first confirmation charges the buyer
   * for the whole order (R7); what does not ship may be refunded instead (R16).
   *
   * @param id the command id
   * @param lines the units shipped per line, at least one line
   * @param carrier the carrier
   * @param trackingId the carrier's tracking id
   * @param shippedAt when the parcel left
   * @param actualShippingCost what the seller paid to ship, if known: an undeliverable return deducts it
   *     from the refund (R14)
   */
  record ConfirmShipment(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "lines", required = true) List<ShipmentLine> lines,
      @JsonProperty(value = "carrier", required = true) Carrier carrier,
      @JsonProperty(value = "trackingId", required = true) TrackingId trackingId,
      @JsonProperty(value = "shippedAt", required = true) Instant shippedAt,
      @JsonProperty("actualShippingCost") Optional<Money> actualShippingCost) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param lines the units shipped per line, at least one line
     * @param carrier the carrier
     * @param trackingId the carrier's tracking id
     * @param shippedAt when the parcel left
     * @param actualShippingCost what the seller paid to ship, if known (R14)
     * @throws InvalidCommandException if a field is missing, a line appears twice or no line is given
     */
    @JsonCreator
    public ConfirmShipment {
      required("confirmShipment.id", id, "must not be null");
      lines = list("confirmShipment.lines", lines);
      if (lines.isEmpty()) {
        throw new InvalidCommandException("confirmShipment.lines", lines, "must name at least one line");
      }
      if (lines.stream().map(ShipmentLine::lineId).distinct().count() != lines.size()) {
        throw new InvalidCommandException("confirmShipment.lines", lines, "names a line twice");
      }
      required("confirmShipment.carrier", carrier, "must not be null");
      required("confirmShipment.trackingId", trackingId, "must not be null");
      required("confirmShipment.shippedAt", shippedAt, "must not be null");
      actualShippingCost = optional(actualShippingCost);
      actualShippingCost.ifPresent(c -> {
        if (c.isNegative()) {
          throw new InvalidCommandException("confirmShipment.actualShippingCost", c, "must not be negative");
        }
      });
    }
  }

  /**
   * Cancel the whole order before any of it is confirmed as shipped (R2, R3). The reason is required (R4);
   * with {@link CancellationReason#NO_STOCK} and {@link WorkflowContext#zeroInventoryOnNoStock()} on, the
   * decision also asks the host to zero the SKUs' inventory. The buyer is never charged (R6), except that
   * a marketplace-fulfilled order shows its lines Refunded (R18).
   *
   * <p>The seller ({@link Party#SELLER}) cannot cancel a pending order (R1). The marketplace
   * ({@link Party#MARKETPLACE}, sent with {@link io.github.orderly.access.Role#MARKETPLACE}) can cancel a
   * pending or unshipped order: this is the automatic cancellation of a deadline sweep, with reason
   * {@link CancellationReason#SHIPMENT_NOT_CONFIRMED} (R8, R9) or
   * {@link CancellationReason#PAYMENT_NOT_COMPLETED} (R12); see {@link #byMarketplace}. Buyers cannot
   * cancel; they request (R10).
   *
   * @param id the command id
   * @param reason why, required (R4)
   * @param actor who cancels: the seller or the marketplace
   */
  record Cancel(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "reason", required = true) CancellationReason reason,
      @JsonProperty(value = "actor", required = true) Party actor) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param reason why, required (R4)
     * @param actor who cancels
     * @throws InvalidCommandException if a field is missing; the message of a missing reason names R4
     */
    @JsonCreator
    public Cancel {
      required("cancel.id", id, "must not be null");
      required("cancel.reason", reason, "a cancellation needs a reason (R4)");
      required("cancel.actor", actor, "must not be null");
    }

    /**
     * Returns the seller's cancellation.
     *
     * @param id the command id
     * @param reason why (R4)
     * @return the command
     */
    public static Cancel bySeller(CommandId id, CancellationReason reason) {
      return new Cancel(id, reason, Party.SELLER);
    }

    /**
     * Returns the marketplace's automatic cancellation, as a deadline sweep emits it (R8, R9, R12): allowed
     * on pending and unshipped orders, the buyer is not charged, and a repeat with the same id changes
     * nothing (R43, R45). Send it with {@link io.github.orderly.access.Role#MARKETPLACE}.
     *
     * @param id the command id, stable for the deadline and order so that a repeated sweep repeats it
     * @param reason {@link CancellationReason#SHIPMENT_NOT_CONFIRMED} or
     *     {@link CancellationReason#PAYMENT_NOT_COMPLETED}
     * @return the command
     */
    public static Cancel byMarketplace(CommandId id, CancellationReason reason) {
      return new Cancel(id, reason, Party.MARKETPLACE);
    }
  }

  /**
   * The marketplace cannot fulfil a marketplace-fulfilled order (R18): every line becomes Unable to fulfill,
   * and its payment Refunded (or Not charged if payment never completed).
   *
   * @param id the command id
   */
  record CannotFulfil(@JsonProperty(value = "id", required = true) CommandId id) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     */
    @JsonCreator
    public CannotFulfil {
      required("cannotFulfil.id", id, "must not be null");
    }
  }

  /**
   * The buyer asks the seller to cancel (R10); the marketplace relays it, so it is sent with
   * {@link io.github.orderly.access.Role#MARKETPLACE}.
   *
   * @param id the command id
   * @param reason the buyer's words, if any
   */
  record RequestCancellation(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty("reason") Optional<String> reason) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param reason the buyer's words, if any
     */
    @JsonCreator
    public RequestCancellation {
      required("requestCancellation.id", id, "must not be null");
      reason = optional(reason);
    }
  }

  /**
   * The seller answers the buyer's open cancellation request (R10): accepting cancels the order with reason
   * {@link CancellationReason#BUYER_REQUESTED}; declining closes the request.
   *
   * @param id the command id
   * @param accept whether the seller cancels
   */
  record AnswerCancellationRequest(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "accept", required = true) boolean accept) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param accept whether the seller cancels
     */
    @JsonCreator
    public AnswerCancellationRequest {
      required("answerCancellationRequest.id", id, "must not be null");
    }
  }

  /**
   * Record what the carrier reports for shipped lines: {@link ItemStatus#IN_TRANSIT},
   * {@link ItemStatus#OUT_FOR_DELIVERY}, {@link ItemStatus#DELIVERED}, {@link ItemStatus#UNABLE_TO_DELIVER},
   * or, for a return on its way back, {@link ItemStatus#RETURNING}. Which change is allowed from which
   * status is {@link StatusTables#item()} (R42).
   *
   * @param id the command id
   * @param lines the lines; empty for every line that can make this change
   * @param status the status the carrier reports
   */
  record RecordCarrierProgress(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty("lines") List<LineId> lines,
      @JsonProperty(value = "status", required = true) ItemStatus status) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param lines the lines; empty for every line that can make this change
     * @param status the status the carrier reports
     * @throws InvalidCommandException if the status is not one a carrier reports
     */
    @JsonCreator
    public RecordCarrierProgress {
      required("recordCarrierProgress.id", id, "must not be null");
      lines = lines == null ? List.of() : list("recordCarrierProgress.lines", lines);
      required("recordCarrierProgress.status", status, "must not be null");
      if (!CARRIER_STATUSES.contains(status)) {
        throw new InvalidCommandException("recordCarrierProgress.status", status,
            "a carrier reports one of " + CARRIER_STATUSES);
      }
    }
  }

  /** The statuses {@link RecordCarrierProgress} accepts. */
  List<ItemStatus> CARRIER_STATUSES = List.of(ItemStatus.IN_TRANSIT, ItemStatus.OUT_FOR_DELIVERY,
      ItemStatus.DELIVERED, ItemStatus.UNABLE_TO_DELIVER, ItemStatus.RETURNING);

  /**
   * Authorise a return under an RMA id (R20): every seller accepts returns of shipped units within the
   * return window ({@link WorkflowContext#returnWindow()}).
   *
   * @param id the command id
   * @param rmaId the RMA id, new for the order
   * @param reason why the units come back; an undeliverable, refused or misaddressed parcel is refunded less
   *     the actual shipping cost (R14)
   * @param lines the units coming back, at least one line
   */
  record AuthorizeReturn(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "rmaId", required = true) RmaId rmaId,
      @JsonProperty(value = "reason", required = true) ReturnReason reason,
      @JsonProperty(value = "lines", required = true) List<ReturnLine> lines) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param rmaId the RMA id
     * @param reason why the units come back
     * @param lines the units coming back, at least one line, each line once
     * @throws InvalidCommandException if a field is missing, a line repeats or none is given
     */
    @JsonCreator
    public AuthorizeReturn {
      required("authorizeReturn.id", id, "must not be null");
      required("authorizeReturn.rmaId", rmaId, "must not be null");
      required("authorizeReturn.reason", reason, "a return needs a reason (R20)");
      lines = list("authorizeReturn.lines", lines);
      if (lines.isEmpty()) {
        throw new InvalidCommandException("authorizeReturn.lines", lines, "must name at least one line");
      }
      if (lines.stream().map(ReturnLine::lineId).distinct().count() != lines.size()) {
        throw new InvalidCommandException("authorizeReturn.lines", lines, "names a line twice");
      }
    }
  }

  /**
   * The seller received the units of a return (R6, R20): the lines become Returned and an automatic refund
   * is issued for them, less the actual shipping cost when the return's reason says so (R14). The refund can
   * still fail (R19).
   *
   * @param id the command id
   * @param rmaId the return
   */
  record ReceiveReturn(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "rmaId", required = true) RmaId rmaId) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param rmaId the return
     */
    @JsonCreator
    public ReceiveReturn {
      required("receiveReturn.id", id, "must not be null");
      required("receiveReturn.rmaId", rmaId, "must not be null");
    }
  }

  /**
   * The return did not complete: its lines become Return failed.
   *
   * @param id the command id
   * @param rmaId the return
   */
  record FailReturn(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "rmaId", required = true) RmaId rmaId) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param rmaId the return
     */
    @JsonCreator
    public FailReturn {
      required("failReturn.id", id, "must not be null");
      required("failReturn.rmaId", rmaId, "must not be null");
    }
  }

  /**
   * Give money back (R13): for the whole order (no lines, no amounts), for whole lines ({@code lines}: what
   * each has left to refund), or partial amounts ({@code amounts}). A reason is required; a line never
   * gives back more than it was charged; before the buyer was charged, cancel instead (R6).
   *
   * @param id the command id
   * @param refundId the refund's id, new for the order
   * @param reason why, required (R13)
   * @param lines lines refunded in full, of what they have left
   * @param amounts partial amounts per line
   */
  record IssueRefund(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "refundId", required = true) RefundId refundId,
      @JsonProperty(value = "reason", required = true) RefundReason reason,
      @JsonProperty("lines") List<LineId> lines,
      @JsonProperty("amounts") List<RefundLine> amounts) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param refundId the refund's id
     * @param reason why, required (R13)
     * @param lines lines refunded in full; empty when none
     * @param amounts partial amounts; empty when none
     * @throws InvalidCommandException if a field is missing (a missing reason names R13) or a line is named
     *     twice
     */
    @JsonCreator
    public IssueRefund {
      required("issueRefund.id", id, "must not be null");
      required("issueRefund.refundId", refundId, "must not be null");
      required("issueRefund.reason", reason, "a refund needs a reason (R13)");
      lines = lines == null ? List.of() : list("issueRefund.lines", lines);
      amounts = amounts == null ? List.of() : list("issueRefund.amounts", amounts);
      long distinct = java.util.stream.Stream.concat(lines.stream(), amounts.stream().map(RefundLine::lineId))
          .distinct().count();
      if (distinct != lines.size() + amounts.size()) {
        throw new InvalidCommandException("issueRefund.lines", lines + " " + amounts, "names a line twice");
      }
    }

    /**
     * Returns a refund of everything the order has left to refund.
     *
     * @param id the command id
     * @param refundId the refund's id
     * @param reason why (R13)
     * @return the command
     */
    public static IssueRefund wholeOrder(CommandId id, RefundId refundId, RefundReason reason) {
      return new IssueRefund(id, refundId, reason, List.of(), List.of());
    }

    /**
     * Returns a refund of what the given lines have left to refund (R16).
     *
     * @param id the command id
     * @param refundId the refund's id
     * @param reason why (R13)
     * @param lines the lines
     * @return the command
     */
    public static IssueRefund ofLines(CommandId id, RefundId refundId, RefundReason reason, List<LineId> lines) {
      return new IssueRefund(id, refundId, reason, lines, List.of());
    }

    /**
     * Returns a refund of partial amounts.
     *
     * @param id the command id
     * @param refundId the refund's id
     * @param reason why (R13)
     * @param amounts the amount per line
     * @return the command
     */
    public static IssueRefund ofAmounts(CommandId id, RefundId refundId, RefundReason reason,
        List<RefundLine> amounts) {
      return new IssueRefund(id, refundId, reason, List.of(), amounts);
    }
  }

  /**
   * Record how a processing refund ended (R19): {@link RefundState#SUCCEEDED} settles it; with
   * {@link RefundState#FAILED} its lines become Refund failed and the seller must refund by hand.
   *
   * @param id the command id
   * @param refundId the refund
   * @param outcome {@link RefundState#SUCCEEDED} or {@link RefundState#FAILED}
   */
  record RecordRefundOutcome(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty(value = "refundId", required = true) RefundId refundId,
      @JsonProperty(value = "outcome", required = true) RefundState outcome) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param refundId the refund
     * @param outcome succeeded or failed
     * @throws InvalidCommandException if the outcome is {@link RefundState#PROCESSING}
     */
    @JsonCreator
    public RecordRefundOutcome {
      required("recordRefundOutcome.id", id, "must not be null");
      required("recordRefundOutcome.refundId", refundId, "must not be null");
      required("recordRefundOutcome.outcome", outcome, "must not be null");
      if (outcome == RefundState.PROCESSING) {
        throw new InvalidCommandException("recordRefundOutcome.outcome", outcome, "must be SUCCEEDED or FAILED");
      }
    }
  }

  /**
   * The buyer changes the delivery address or quantities (R11): only within
   * {@link WorkflowContext#buyerEditWindow()} of checkout, only for a seller-fulfilled order, and only as
   * the buyer (sent by the marketplace, {@link io.github.orderly.access.Role#MARKETPLACE}): sellers never
   * change order information. After the window the answer is cancel and reorder.
   *
   * @param id the command id
   * @param deliveryAddress the new address, if it changes
   * @param quantities the new quantities, if any change
   */
  record EditAsBuyer(
      @JsonProperty(value = "id", required = true) CommandId id,
      @JsonProperty("deliveryAddress") Optional<Address> deliveryAddress,
      @JsonProperty("quantities") List<LineQuantity> quantities) implements Command {
    /**
     * Creates the command.
     *
     * @param id the command id
     * @param deliveryAddress the new address, if it changes
     * @param quantities the new quantities; empty when none change
     * @throws InvalidCommandException if nothing changes or a line is named twice
     */
    @JsonCreator
    public EditAsBuyer {
      required("editAsBuyer.id", id, "must not be null");
      deliveryAddress = optional(deliveryAddress);
      quantities = quantities == null ? List.of() : list("editAsBuyer.quantities", quantities);
      if (deliveryAddress.isEmpty() && quantities.isEmpty()) {
        throw new InvalidCommandException("editAsBuyer", id, "changes nothing: give an address or quantities");
      }
      if (quantities.stream().map(LineQuantity::lineId).distinct().count() != quantities.size()) {
        throw new InvalidCommandException("editAsBuyer.quantities", quantities, "names a line twice");
      }
    }
  }
}
