package io.github.orderly.workflow;

import static io.github.orderly.status.ItemStatus.ORDER_PLACED;
import static io.github.orderly.status.ItemStatus.UNFULFILLED;
import static io.github.orderly.status.PaymentStatus.AUTHORIZED;
import static io.github.orderly.status.PaymentStatus.NOT_CHARGED;
import static io.github.orderly.status.PaymentStatus.REFUNDED;
import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.LATER;
import static io.github.orderly.workflow.Fixtures.accepted;
import static io.github.orderly.workflow.Fixtures.id;
import static io.github.orderly.workflow.Fixtures.marketplace;
import static io.github.orderly.workflow.Fixtures.reject;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.GivenWhenThen.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.access.Role;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.FulfilmentChannel;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.policy.DeadlineKind;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.Deadlines;
import io.github.orderly.policy.Escalation;
import io.github.orderly.policy.Sweep;
import io.github.orderly.status.OrderStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R10 per line: a buyer's cancellation requests name their lines and keep their own instants. */
class CancellationRequestsPerLineR10Test {
  private static final CommandId WHEN = CommandId.of("when");
  private static final Instant ASKED = Instant.parse("2026-03-02T08:00:00Z");
  private static final Instant ASKED_LATER = Instant.parse("2026-03-03T20:00:00Z");

  private static WorkflowContext buyerAt(Instant at) {
    return WorkflowContext.of(at, Role.MARKETPLACE);
  }

  private static Cause cause(WorkflowContext context) {
    return new Cause(WHEN, context.instant(), context.actor());
  }

  private static RequestCancellation ask(LineId line, String reason) {
    return RequestCancellation.ofLines(id(), List.of(line), Optional.of(reason));
  }

  /** docs/workflow.md's table of R10's rows, as the code states them (indented in its list). */
  static String acceptanceTable() {
    StringBuilder sb = new StringBuilder("  | accepting requests when | then |\n  |---|---|\n");
    for (RequestAcceptance row : RequestAcceptance.values()) {
      sb.append("  | ").append(row.condition()).append(" | ").append(row.outcome()).append(" |\n");
    }
    return sb.toString();
  }

  @Test
  @DisplayName("R10: what accepting does is one table of rows, asked in order, and docs/workflow.md shows it")
  void acceptanceRows() throws java.io.IOException {
    Order unshipped = Fixtures.unshipped();
    assertThat(RequestAcceptance.of(unshipped, Set.of(L1, L2))).isEqualTo(RequestAcceptance.WHOLE_ORDER);
    assertThat(RequestAcceptance.of(unshipped, Set.of(L1))).isEqualTo(RequestAcceptance.SOME_LINES);
    assertThat(RequestAcceptance.rule()).isEqualTo(Rule.R10);
    String doc = java.nio.file.Files.readString(java.nio.file.Path.of("..", "docs", "workflow.md"));
    assertThat(doc).as("docs/workflow.md shows RequestAcceptance's rows").contains(acceptanceTable());
  }

  @Test
  @DisplayName("R10: given an unshipped order, when the buyer asks to cancel line L1, then the request covers L1"
      + " only, from the command's instant")
  void requestForOneLine() {
    WorkflowContext buyer = buyerAt(ASKED);
    Decision d = given(Fixtures.unshipped())
        .when(RequestCancellation.ofLines(WHEN, List.of(L1), Optional.of("Ordered the wrong size")), buyer)
        .then(new CancellationRequested(cause(buyer), BuyerCancellationRequest.builder().requestedAt(ASKED)
            .reason("Ordered the wrong size").addLine(L1).build()));
    assertThat(d.order().cancellationRequest(L1)).isPresent();
    assertThat(d.order().cancellationRequest(L2)).isEmpty();
  }

  @Test
  @DisplayName("R10: given an unshipped order, when the buyer asks to cancel the whole order, then the request"
      + " names every line")
  void requestForTheWholeOrder() {
    WorkflowContext buyer = buyerAt(ASKED);
    given(Fixtures.unshipped())
        .when(RequestCancellation.of(WHEN), buyer)
        .then(new CancellationRequested(cause(buyer), BuyerCancellationRequest.builder().requestedAt(ASKED)
            .addLine(L1).addLine(L2).build()));
  }

  @Test
  @DisplayName("R10: a line has at most one open request; another line may get its own, and an unknown line is"
      + " refused under R40")
  void oneOpenRequestPerLine() {
    Order asked = accepted(Fixtures.unshipped(), ask(L1, "Too slow"), buyerAt(ASKED));
    Rejection twice = reject(asked, ask(L1, "Found it cheaper"), buyerAt(ASKED_LATER), Rule.R10);
    assertThat(twice.message()).isEqualTo("Order " + asked.id() + ": line L1 already has an open cancellation"
        + " request from 2026-03-02T08:00:00Z (R10). The seller must answer it first.");
    reject(asked, RequestCancellation.of(id()), buyerAt(ASKED_LATER), Rule.R10);
    reject(asked, ask(LineId.of("L9"), "No such line"), buyerAt(ASKED_LATER), Rule.R40);

    Order both = accepted(asked, ask(L2, "Found it cheaper"), buyerAt(ASKED_LATER));
    assertThat(both.cancellationRequests()).extracting(BuyerCancellationRequest::requestedAt)
        .containsExactly(ASKED, ASKED_LATER);
    assertThat(both.cancellationRequest(L2).orElseThrow().lines()).containsExactly(L2);
  }

  @Test
  @DisplayName("R10: a request or a command names a line at most once")
  void aLineNamedTwiceIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BuyerCancellationRequest.builder().requestedAt(ASKED)
            .addLine(L1).addLine(L1).build())
        .isInstanceOf(io.github.orderly.order.InvalidOrderException.class)
        .hasMessage("cancellationRequest.lines = 'L1': names the line twice");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RequestCancellation.ofLines(WHEN, List.of(L1, L1),
            Optional.empty()))
        .isInstanceOf(InvalidCommandException.class)
        .hasMessage("requestCancellation.lines = '[L1, L1]': names a line twice");
  }

  @Test
  @DisplayName("R10 R43: the same request sent again is a repeat")
  void sameRequestAgainIsARepeat() {
    Order asked = accepted(Fixtures.unshipped(), ask(L1, "Too slow"), buyerAt(ASKED));
    Fixtures.repeat(asked, ask(L1, "Too slow"), buyerAt(ASKED_LATER));
  }

  @Test
  @DisplayName("R10: given requests for both lines, when the seller accepts L1's only, then L1 is cancelled as the"
      + " seller's cancellation for the buyer and L2's request stays open")
  void acceptingSomeLinesCancelsThoseLines() {
    Decision d = given(Fixtures.unshipped())
        .and(buyerAt(ASKED), RequestCancellation.ofLines(id(), List.of(L1), Optional.of("Wrong size")))
        .and(buyerAt(ASKED_LATER), RequestCancellation.ofLines(id(), List.of(L2), Optional.empty()))
        .when(AcceptCancellationRequest.ofLines(WHEN, List.of(L1)), seller())
        .then(new CancellationRequestAccepted(cause(seller()),
            Cancellation.of(CancellationReason.BUYER_REQUESTED, Party.SELLER, LATER),
            List.of(new LineStatus(L1, UNFULFILLED, NOT_CHARGED))));
    Order order = d.order();
    assertThat(order.status()).isEqualTo(OrderStatus.UNSHIPPED);
    assertThat(order.cancellation()).isEmpty();
    assertThat(order.line(L2).orElseThrow().itemStatus()).isEqualTo(ORDER_PLACED);
    assertThat(order.line(L2).orElseThrow().paymentStatus()).isEqualTo(AUTHORIZED);
    assertThat(order.cancellationRequests()).hasSize(1);
    assertThat(order.cancellationRequest(L2).orElseThrow().requestedAt()).isEqualTo(ASKED_LATER);
  }

  @Test
  @DisplayName("R10 R18: accepting some lines of a marketplace-fulfilled order gives them the order"
      + " cancellation's statuses: Unfulfilled / Refunded")
  void acceptingSomeLinesOfAMarketplaceOrder() {
    Order fba = Fixtures.order(FulfilmentChannel.MARKETPLACE, AUTHORIZED);
    Order asked = accepted(fba, ask(L2, "Changed my mind"), buyerAt(ASKED));
    Order after = accepted(asked, new AcceptCancellationRequest(id()), seller());
    assertThat(after.line(L2).orElseThrow().itemStatus()).isEqualTo(UNFULFILLED);
    assertThat(after.line(L2).orElseThrow().paymentStatus()).isEqualTo(REFUNDED);
    assertThat(after.line(L1).orElseThrow().itemStatus()).isEqualTo(ORDER_PLACED);
    assertThat(after.cancellationRequests()).isEmpty();
  }

  @Test
  @DisplayName("R10 R6 R13: a line cancelled on request was never charged: a whole-order refund leaves it out, and a"
      + " refund naming it is refused, even on a marketplace-fulfilled order where it shows Refunded")
  void aLineCancelledOnRequestIsNeverRefunded() {
    Order fba = Fixtures.order(FulfilmentChannel.MARKETPLACE, AUTHORIZED);
    Order cancelledL2 = accepted(accepted(fba, ask(L2, "Changed my mind"), buyerAt(ASKED)),
        new AcceptCancellationRequest(id()), seller());
    Order shipped = accepted(cancelledL2, Fixtures.ship(L1, 2, "1Z999"), seller());
    Order refunded = accepted(shipped, IssueRefund.wholeOrder(id(), io.github.orderly.order.RefundId.of("R-1"),
        io.github.orderly.order.RefundReason.CUSTOMER_RETURN), seller());
    assertThat(refunded.refunds()).singleElement()
        .satisfies(r -> assertThat(r.lines()).extracting(io.github.orderly.order.RefundLine::lineId)
            .containsExactly(L1));
    Rejection named = reject(shipped, IssueRefund.ofLines(id(), io.github.orderly.order.RefundId.of("R-2"),
        io.github.orderly.order.RefundReason.CUSTOMER_RETURN, List.of(L2)), seller(), Rule.R13);
    assertThat(named.message()).contains("line L2 was not charged yet");
  }

  @Test
  @DisplayName("R10: accepting requests that, with the lines cancelled already, cover every line cancels the order")
  void acceptingTheLastLinesCancelsTheOrder() {
    Order first = accepted(accepted(Fixtures.unshipped(), ask(L1, "Wrong size"), buyerAt(ASKED)),
        AcceptCancellationRequest.ofLines(id(), List.of(L1)), seller());
    Order asked = accepted(first, ask(L2, "Never mind"), buyerAt(ASKED_LATER));
    Order cancelled = accepted(asked, new AcceptCancellationRequest(id()), seller());
    assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
    assertThat(cancelled.cancellation().orElseThrow().reason()).isEqualTo(CancellationReason.BUYER_REQUESTED);
    assertThat(cancelled.cancellationRequests()).isEmpty();
  }

  @Test
  @DisplayName("R10: given requests for both lines, when the seller declines L2's, then L1's request stays open")
  void decliningSomeLines() {
    Decision d = given(Fixtures.unshipped())
        .and(buyerAt(ASKED), RequestCancellation.of(id(), "Not needed"))
        .when(DeclineCancellationRequest.ofLines(WHEN, List.of(L2)), seller())
        .then(new CancellationRequestDeclined(cause(seller()), List.of(L2)));
    assertThat(d.order().cancellationRequests()).singleElement()
        .satisfies(r -> assertThat(r.lines()).containsExactly(L1))
        .satisfies(r -> assertThat(r.requestedAt()).isEqualTo(ASKED));
  }

  @Test
  @DisplayName("R10: answering a line without an open request is refused naming R10, the order unchanged")
  void answeringALineWithoutARequest() {
    Order asked = accepted(Fixtures.unshipped(), ask(L1, "Too slow"), buyerAt(ASKED));
    Rejection accept = reject(asked, AcceptCancellationRequest.ofLines(id(), List.of(L2)), seller(), Rule.R10);
    assertThat(accept.message()).isEqualTo("Order " + asked.id() + ": line L2 has no open cancellation request to"
        + " accept (R10).");
    reject(asked, DeclineCancellationRequest.ofLines(id(), List.of(L2)), seller(), Rule.R10);
    reject(Fixtures.unshipped(), new DeclineCancellationRequest(id()), seller(), Rule.R10);
  }

  @Test
  @DisplayName("R10: each request's response window counts from its own instant: deadlines, nextDueAt and the"
      + " sweep's escalations")
  void windowPerRequest() {
    DeadlinePolicy policy = DeadlinePolicy.builder().from(DeadlinePolicies.defaults())
        .escalateUnansweredRequests(true).build();
    Order both = accepted(accepted(Fixtures.unshipped(), ask(L1, "Too slow"), buyerAt(ASKED)),
        ask(L2, "Cheaper elsewhere"), buyerAt(ASKED_LATER));
    Duration window = Duration.ofDays(policy.requestResponseDays());
    assertThat(Deadlines.of(both, policy)).filteredOn(x -> x.kind() == DeadlineKind.CANCELLATION_REQUEST)
        .extracting(x -> x.dueAt()).containsExactly(ASKED.plus(window), ASKED_LATER.plus(window));
    Sweep sweep = Sweep.of(policy);
    assertThat(Sweep.nextDueAt(both, policy).orElseThrow()).isBeforeOrEqualTo(ASKED.plus(window));

    Instant between = ASKED.plus(window).plusSeconds(60);
    assertThat(sweep.run(List.of(both), between).actions()).filteredOn(Escalation.class::isInstance)
        .extracting(a -> ((Escalation) a).requestedAt()).containsExactly(ASKED);
    assertThat(sweep.run(List.of(both), ASKED_LATER.plus(window)).actions()).filteredOn(Escalation.class::isInstance)
        .extracting(a -> ((Escalation) a).requestedAt()).containsExactly(ASKED, ASKED_LATER);

    Order answered = accepted(both, DeclineCancellationRequest.ofLines(id(), List.of(L1)), seller());
    assertThat(sweep.run(List.of(answered), between).actions()).filteredOn(Escalation.class::isInstance).isEmpty();
  }

  @Test
  @DisplayName("R10: an order's JSON with one order-level request without lines reads as a request over every"
      + " line not cancelled")
  void oldJsonWithOneOrderLevelRequest() {
    Order order = Fixtures.unshipped();
    String json = OrderlyJson.mapper().valueToTree(order).toString();
    String old = json.substring(0, json.length() - 1)
        + ",\"cancellationRequest\":{\"requestedAt\":\"2026-03-02T08:00:00Z\",\"reason\":\"Too slow\"}}";
    Order read = OrderlyJson.read(old, Order.class);
    assertThat(read.cancellationRequests()).singleElement().satisfies(r -> {
      assertThat(r.lines()).containsExactly(L1, L2);
      assertThat(r.requestedAt()).isEqualTo(ASKED);
      assertThat(r.reason()).contains("Too slow");
    });
    assertThat(OrderlyJson.read(OrderlyJson.mapper().valueToTree(read).toString(), Order.class)).isEqualTo(read);
  }

  @Test
  @DisplayName("R10: old events without lines still replay: a request over the whole order, declined as a whole")
  void oldEventsWithoutLines() {
    Order order = Fixtures.unshipped();
    Event requested = OrderlyJson.read(withoutLines(new CancellationRequested(new Cause(id(), ASKED,
        buyerAt(ASKED).actor()), BuyerCancellationRequest.builder().requestedAt(ASKED).addLine(L1).build()),
        "request"), Event.class);
    Order asked = OrderWorkflow.evolve(order, requested);
    assertThat(asked.cancellationRequests()).singleElement()
        .satisfies(r -> assertThat(r.lines()).containsExactlyInAnyOrder(L1, L2));
    Event declined = OrderlyJson.read(withoutLines(new CancellationRequestDeclined(new Cause(id(), LATER,
        seller().actor()), List.of(L1)), null), Event.class);
    assertThat(OrderWorkflow.evolve(asked, declined).cancellationRequests()).isEmpty();
  }

  /** The event's JSON as written before requests named their lines: without {@code lines}. */
  private static String withoutLines(Event event, String inside) {
    com.fasterxml.jackson.databind.node.ObjectNode tree = OrderlyJson.mapper().valueToTree(event);
    com.fasterxml.jackson.databind.node.ObjectNode holder = inside == null ? tree
        : (com.fasterxml.jackson.databind.node.ObjectNode) tree.get(inside);
    assertThat(holder.remove("lines")).isNotNull();
    return tree.toString();
  }
}
