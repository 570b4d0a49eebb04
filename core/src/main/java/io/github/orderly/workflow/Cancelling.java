package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.derive;
import static io.github.orderly.workflow.Deciders.id;

import io.github.orderly.Rule;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Sku;
import io.github.orderly.order.UpstreamStatus;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cancellation family: the seller's cancellation, the marketplace's automatic one, "cannot fulfil", and
 * the buyer's request with the seller's answer. The order-level conditions (pending, shipped already) are
 * the rows' {@link Precondition}s; the line statuses are the tables'.
 */
final class Cancelling {
  private Cancelling() {}

  static Verdict cancel(Order order, Cancel c, WorkflowContext context, Cause cause) {
    Set<Sku> skus = new LinkedHashSet<>();
    if (c.reason().equals(CancellationReason.NO_STOCK) && context.zeroInventoryOnNoStock()) {
      for (OrderLine line : order.lines()) {
        skus.add(line.sku());
      }
    }
    return cancelled(order, Cancellation.of(c.reason(), Party.SELLER, context.instant()), List.copyOf(skus),
        Optional.empty(), cause);
  }

  static Verdict autoCancel(Order order, AutoCancel c, WorkflowContext context, Cause cause) {
    return cancelled(order, Cancellation.of(c.reason(), Party.MARKETPLACE, context.instant()), List.of(),
        Optional.empty(), cause);
  }

  static Verdict cannotFulfil(Order order, CannotFulfil c, WorkflowContext context, Cause cause) {
    return cancelled(order, Cancellation.of(CancellationReason.CANNOT_FULFIL, Party.MARKETPLACE,
        context.instant()), List.of(), Optional.empty(), cause);
  }

  static Verdict acceptRequest(Order order, AcceptCancellationRequest c, WorkflowContext context, Cause cause) {
    return cancelled(order, Cancellation.of(CancellationReason.BUYER_REQUESTED, Party.SELLER, context.instant()),
        List.of(), Optional.empty(), cause);
  }

  static Verdict declineRequest(Order order, DeclineCancellationRequest c, WorkflowContext context, Cause cause) {
    return Verdict.accept(new CancellationRequestDeclined(cause));
  }

  /** The marketplace reported the order cancelled before anything shipped (R50). */
  static Verdict cancelledUpstream(Order order, UpstreamStatus upstream, WorkflowContext context, Cause cause) {
    return cancelled(order, Cancellation.of(CancellationReason.MARKETPLACE_CANCELLED, Party.MARKETPLACE,
        context.instant()), List.of(), Optional.of(upstream), cause);
  }

  private static Verdict cancelled(Order order, Cancellation cancellation, List<Sku> skus,
      Optional<UpstreamStatus> upstream, Cause cause) {
    List<LineStatus> statuses = derive(order, new OrderCancelled(cause, cancellation, List.of(), skus, upstream));
    return Verdict.accept(new OrderCancelled(cause, cancellation, statuses, skus, upstream));
  }

  static Verdict requestCancellation(Order order, RequestCancellation c, WorkflowContext context, Cause cause) {
    if (order.cancellationRequest().isPresent()) {
      return Verdict.refuse(Rejection.of(Rule.R10, order.id(), id(order) + " already has an open cancellation"
          + " request from " + order.cancellationRequest().get().requestedAt(),
          "The seller must answer it first."));
    }
    // The command checked the reason as the request checks it, so the request always builds.
    BuyerCancellationRequest request = BuyerCancellationRequest.builder().requestedAt(context.instant())
        .reason(c.reason()).build();
    return Verdict.accept(new CancellationRequested(cause, request));
  }

  /** The order was cancelled this very way: the same reason, by the same party (R43). */
  static Verdict repeatedCancel(Order order, Cancel c) {
    return sameCancellation(order, c.reason(), Party.SELLER);
  }

  static Verdict repeatedAutoCancel(Order order, AutoCancel c) {
    return sameCancellation(order, c.reason(), Party.MARKETPLACE);
  }

  static Verdict repeatedCannotFulfil(Order order, CannotFulfil c) {
    return sameCancellation(order, CancellationReason.CANNOT_FULFIL, Party.MARKETPLACE);
  }

  static Verdict repeatedAccept(Order order, AcceptCancellationRequest c) {
    return sameCancellation(order, CancellationReason.BUYER_REQUESTED, Party.SELLER);
  }

  /** The buyer's open request says the same (R43). */
  static Verdict repeatedRequest(Order order, RequestCancellation c) {
    return order.cancellationRequest().filter(r -> r.reason().equals(c.reason())).isPresent() ? Verdict.REPEAT
        : null;
  }

  private static Verdict sameCancellation(Order order, CancellationReason reason, Party by) {
    return order.cancellation().filter(x -> x.reason().equals(reason) && x.by() == by).isPresent()
        ? Verdict.REPEAT : null;
  }
}
