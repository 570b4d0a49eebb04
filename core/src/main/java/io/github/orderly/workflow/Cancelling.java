package io.github.orderly.workflow;

import static io.github.orderly.workflow.Deciders.derive;
import static io.github.orderly.workflow.Deciders.id;

import io.github.orderly.Rule;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Sku;
import io.github.orderly.order.UpstreamStatus;
import java.util.ArrayList;
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

  /** R10: accepting requests does what the first row of {@link RequestAcceptance} that applies says. */
  static Verdict acceptRequest(Order order, AcceptCancellationRequest c, WorkflowContext context, Cause cause) {
    Rejection refused = unanswerable(order, c.lines(), "accept");
    if (refused != null) {
      return Verdict.refuse(refused);
    }
    Set<LineId> accepted = answered(order, c.lines());
    Cancellation cancellation = Cancellation.of(CancellationReason.BUYER_REQUESTED, Party.SELLER, context.instant());
    return Verdict.accept(RequestAcceptance.of(order, accepted).event(order, accepted, cancellation, cause));
  }

  static Verdict declineRequest(Order order, DeclineCancellationRequest c, WorkflowContext context, Cause cause) {
    Rejection refused = unanswerable(order, c.lines(), "decline");
    if (refused != null) {
      return Verdict.refuse(refused);
    }
    return Verdict.accept(new CancellationRequestDeclined(cause, List.copyOf(answered(order, c.lines()))));
  }

  /** R40, R10: a line named that the order lacks, or that no open request covers; null when all are. */
  private static Rejection unanswerable(Order order, List<LineId> named, String verb) {
    for (LineId line : named) {
      if (order.line(line).isEmpty()) {
        return Deciders.noSuchLine(order, line);
      }
      if (order.cancellationRequest(line).isEmpty()) {
        return Rejection.of(Rule.R10, order.id(), id(order) + ": line " + line + " has no open cancellation"
            + " request to " + verb).onLine(line);
      }
    }
    return null;
  }

  /** The lines answered: those named, or every line of every open request. */
  private static Set<LineId> answered(Order order, List<LineId> named) {
    if (!named.isEmpty()) {
      return new LinkedHashSet<>(named);
    }
    Set<LineId> all = new LinkedHashSet<>();
    for (BuyerCancellationRequest request : order.cancellationRequests()) {
      all.addAll(request.lines());
    }
    return all;
  }

  /** The lines a request covers: those named, or every line not cancelled. */
  private static List<LineId> requested(Order order, RequestCancellation c) {
    if (!c.lines().isEmpty()) {
      return c.lines();
    }
    List<LineId> active = new ArrayList<>();
    for (OrderLine line : order.lines()) {
      if (!line.itemStatus().isCancelled()) {
        active.add(line.id());
      }
    }
    return active;
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
    for (LineId line : c.lines()) {
      Optional<OrderLine> named = order.line(line);
      if (named.isEmpty()) {
        return Verdict.refuse(Deciders.noSuchLine(order, line));
      }
      if (named.get().itemStatus().isCancelled()) {
        return Verdict.refuse(Rejection.of(Rule.R10, order.id(), id(order) + ": line " + line + " is cancelled"
            + " already; there is nothing to request").onLine(line));
      }
    }
    List<LineId> lines = requested(order, c);
    for (LineId line : lines) {
      Optional<BuyerCancellationRequest> open = order.cancellationRequest(line);
      if (open.isPresent()) {
        return Verdict.refuse(Rejection.of(Rule.R10, order.id(), id(order) + ": line " + line + " already has an"
            + " open cancellation request from " + open.get().requestedAt(), "The seller must answer it first.")
            .onLine(line));
      }
    }
    // The command checked the reason as the request checks it, so the request always builds.
    BuyerCancellationRequest request = BuyerCancellationRequest.builder().requestedAt(context.instant())
        .reason(c.reason()).lines(lines).build();
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

  /** An open request of the buyer covers the same lines and says the same (R43). */
  static Verdict repeatedRequest(Order order, RequestCancellation c) {
    if (order.cancellationRequests().isEmpty()) {
      return null;
    }
    Set<LineId> lines = new LinkedHashSet<>(requested(order, c));
    for (BuyerCancellationRequest request : order.cancellationRequests()) {
      if (new LinkedHashSet<>(request.lines()).equals(lines) && request.reason().equals(c.reason())) {
        return Verdict.REPEAT;
      }
    }
    return null;
  }

  private static Verdict sameCancellation(Order order, CancellationReason reason, Party by) {
    return order.cancellation().filter(x -> x.reason().equals(reason) && x.by() == by).isPresent()
        ? Verdict.REPEAT : null;
  }
}
