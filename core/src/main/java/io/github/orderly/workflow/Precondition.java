package io.github.orderly.workflow;

import io.github.orderly.Rule;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.InvoiceConfirmation;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.status.OrderStatus;
import java.util.Optional;

/**
 * A condition an order must meet before a command's own rules are asked, each with the rule that refuses
 * the command when it does not hold. {@link CommandTable} lists, per command, which apply and in which
 * order; so "is the order pending?" or "did anything ship?" is asked in one place, for every command that
 * cares. Immutable and thread-safe.
 */
public enum Precondition {
  /** The marketplace has not reported the order cancelled (R50). */
  NOT_CANCELLED_UPSTREAM(Rule.R50),
  /** The order is not cancelled (R5). */
  NOT_CANCELLED(Rule.R5),
  /** The command is not dated before the order date (R24). */
  NOT_BEFORE_PURCHASE(Rule.R24),
  /** The order is pending: its payment is not yet confirmed (R1). */
  PENDING(Rule.R1),
  /** The order is not pending (R1). */
  NOT_PENDING(Rule.R1),
  /** No line awaits its release: the order is not a pre-order (R52). */
  RELEASED(Rule.R52),
  /** No line has been confirmed as shipped (R3). */
  NOTHING_SHIPPED(Rule.R3),
  /** The seller fulfils the order (R11). */
  SELLER_FULFILLED(Rule.R11),
  /** The order is pending or unshipped: no line has shipped or been cancelled yet (R11). */
  NOT_YET_SHIPPING(Rule.R11),
  /** The marketplace fulfils the order (R18). */
  MARKETPLACE_FULFILLED(Rule.R18),
  /** The buyer has an open cancellation request, for any line (R10). */
  REQUEST_OPEN(Rule.R10),
  /** The order has a delivery address, or the marketplace fulfils it (R51). */
  ADDRESS_KNOWN(Rule.R51),
  /** The marketplace requires the seller to confirm the invoice (R53). */
  INVOICE_REQUIRED(Rule.R53),
  /** The required invoice confirmation is not given yet (R53). */
  INVOICE_OUTSTANDING(Rule.R53),
  /** Every line not cancelled shipped in full (R53). */
  SHIPPED_IN_FULL(Rule.R53);

  private final Rule rule;

  Precondition(Rule rule) {
    this.rule = rule;
  }

  /** Returns the rule that refuses a command when the condition does not hold. */
  public Rule rule() {
    return rule;
  }

  /** Returns whether the condition holds for the order at the context's instant. */
  boolean holds(Order order, WorkflowContext context) {
    return switch (this) {
      case NOT_CANCELLED_UPSTREAM -> {
        Optional<UpstreamStatus> upstream = order.upstream();
        yield upstream.isEmpty() || !upstream.get().blocksShipment();
      }
      case NOT_CANCELLED -> order.status() != OrderStatus.CANCELLED;
      case NOT_BEFORE_PURCHASE -> !context.instant().isBefore(order.purchasedAt());
      case PENDING -> order.status() == OrderStatus.PENDING;
      case NOT_PENDING -> order.status() != OrderStatus.PENDING;
      case RELEASED -> order.status() != OrderStatus.PENDING_AVAILABILITY;
      case NOTHING_SHIPPED -> order.shipments().isEmpty();
      case SELLER_FULFILLED -> order.fulfilmentChannel() == FulfilmentChannel.SELLER;
      case NOT_YET_SHIPPING -> order.status() == OrderStatus.PENDING || order.status() == OrderStatus.UNSHIPPED;
      case MARKETPLACE_FULFILLED -> order.fulfilmentChannel() == FulfilmentChannel.MARKETPLACE;
      case REQUEST_OPEN -> !order.cancellationRequests().isEmpty();
      case ADDRESS_KNOWN -> order.fulfilmentChannel() == FulfilmentChannel.MARKETPLACE
          || order.deliveryAddress().isPresent();
      case INVOICE_REQUIRED -> order.invoice().map(InvoiceConfirmation::required).orElse(false);
      case INVOICE_OUTSTANDING -> order.invoice().map(InvoiceConfirmation::outstanding).orElse(false);
      case SHIPPED_IN_FULL -> order.status() == OrderStatus.INVOICE_UNCONFIRMED
          || order.status() == OrderStatus.SHIPPED;
    };
  }

  /** Returns the rejection of a command whose row requires this condition, which does not hold. */
  Rejection refuse(Order order, CommandTable.Requirement requirement, WorkflowContext context) {
    String id = "Order " + order.id();
    String words = requirement.words();
    String advice = requirement.advice();
    return switch (this) {
      case NOT_CANCELLED_UPSTREAM -> {
        UpstreamStatus u = order.upstream().orElseThrow();
        yield Rejection.of(rule, order.id(), id + ": the marketplace reported it cancelled on "
            + Deciders.localDate(u.observedAt(), context.zone()) + ", so it must not ship", advice)
            .from(OrderStatus.CANCELLED);
      }
      case NOT_CANCELLED -> Rejection.of(rule, order.id(), id + " is cancelled and accepts no further action",
          advice.isEmpty() ? "It stays on record as it is." : advice).from(OrderStatus.CANCELLED);
      case NOT_BEFORE_PURCHASE -> Rejection.of(rule, order.id(), id + ": the command's instant "
          + context.instant() + " is before the order date " + order.purchasedAt());
      case PENDING -> Rejection.of(rule, order.id(), id + " is not pending (it is " + order.status().label()
          + "): its payment was already confirmed").from(order.status());
      case NOT_PENDING -> Rejection.of(rule, order.id(), id + " is pending: the buyer's payment is not complete,"
          + " so the seller cannot " + words + " it yet", advice.isEmpty() ? "Wait until the payment is confirmed." : advice)
          .from(OrderStatus.PENDING);
      case RELEASED -> Rejection.of(rule, order.id(), id + " is a pre-order awaiting its release: the seller cannot "
          + (words.isEmpty() ? "act on" : words) + " it before the marketplace releases it",
          advice.isEmpty() ? "Wait for the marketplace's update after the release." : advice)
          .from(OrderStatus.PENDING_AVAILABILITY);
      case NOTHING_SHIPPED -> {
        Shipment first = order.shipments().get(0);
        LineId line = first.lines().get(0).lineId();
        yield Rejection.of(rule, order.id(), id + " cannot be " + words + ": line " + line
            + " was confirmed as shipped on " + Deciders.localDate(first.shippedAt(), context.zone()), advice, line,
            order.status(), OrderStatus.CANCELLED);
      }
      case SELLER_FULFILLED -> Rejection.of(rule, order.id(), id + " is marketplace-fulfilled: " + words
          + " only a seller-fulfilled order", advice);
      case NOT_YET_SHIPPING -> Rejection.of(rule, order.id(), id + " is " + order.status().label() + ": "
          + words + " only a pending or unshipped order", advice).from(order.status());
      case MARKETPLACE_FULFILLED -> Rejection.of(rule, order.id(), id + " is seller-fulfilled: " + words
          + " only a marketplace-fulfilled order", advice);
      case REQUEST_OPEN -> Rejection.of(rule, order.id(), id + " has no open cancellation request to "
          + words);
      case ADDRESS_KNOWN -> Rejection.of(rule, order.id(), id + " has no delivery address yet: the seller cannot "
          + words + " it", advice);
      case INVOICE_REQUIRED -> Rejection.of(rule, order.id(), id + ": the marketplace requires no invoice"
          + " confirmation for it, so there is none to " + words, advice);
      case INVOICE_OUTSTANDING -> {
        InvoiceConfirmation invoice = order.invoice().orElseThrow();
        String by = invoice.confirmedBy().map(p -> p == Party.MARKETPLACE ? " by the marketplace's Shipped report"
            : " by the " + p.name().toLowerCase(java.util.Locale.ROOT)).orElse("");
        yield Rejection.of(rule, order.id(), id + ": its invoice was already confirmed on "
            + Deciders.localDate(invoice.confirmedAt().orElseThrow(), context.zone()) + by
            + ", so there is none to " + words, advice).from(order.status());
      }
      case SHIPPED_IN_FULL -> Rejection.of(rule, order.id(), id + " is " + order.status().label()
          + ": the seller can " + words + " only once every line not cancelled shipped in full", advice)
          .from(order.status()).to(OrderStatus.SHIPPED);
    };
  }
}
