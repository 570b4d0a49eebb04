package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.access.Role;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.workflow.AcceptCancellationRequest;
import io.github.orderly.workflow.CancellationRequestAccepted;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.WorkflowContext;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R10: the buyer's cancellation requests of both API versions, per item, at the payload's last update. */
class AmazonCancellationRequestsR10Test {
  private static final LineId GLOVES = LineId.of("51048877342205");
  private static final LineId MUG = LineId.of("51048877342317");
  private static final Instant LAST_UPDATE = Instant.parse("2026-03-01T10:02:41Z");

  /** The business order with the buyer asking to cancel both items, for these reasons. */
  private static Order v0Asking(String glovesReason, String mugReason) {
    String items = Fixtures.v0("unshipped-business", "getOrderItems");
    String asking = items.replace("\"BuyerRequestedCancel\": { \"IsBuyerRequestedCancel\": \"false\","
        + " \"BuyerCancelReason\": \"\" }", "\"BuyerRequestedCancel\": { \"IsBuyerRequestedCancel\": \"true\","
        + " \"BuyerCancelReason\": \"" + glovesReason + "\" }")
        .replace("\"IsGift\": \"true\",", "\"IsGift\": \"true\", \"BuyerRequestedCancel\": {"
            + " \"IsBuyerRequestedCancel\": \"true\", \"BuyerCancelReason\": \"" + mugReason + "\" },");
    assertThat(asking).as("the fixture changed").isNotEqualTo(items).contains(glovesReason).contains(mugReason);
    return AmazonOrders.toOrder(AmazonOrder.builder(Fixtures.order("unshipped-business"))
        .addItems(Fixtures.READER.readGetOrderItems(asking)).build());
  }

  @Test
  @DisplayName("R10: v0 items whose buyer asked with the same reason share one request, at LastUpdateDate")
  void v0_sameReasonOneRequest() {
    Order order = v0Asking("Ordered twice", "Ordered twice");
    assertThat(order.cancellationRequests()).singleElement().satisfies(r -> {
      assertThat(r.lines()).containsExactly(GLOVES, MUG);
      assertThat(r.reason()).contains("Ordered twice");
      assertThat(r.requestedAt()).isEqualTo(LAST_UPDATE);
    });
  }

  @Test
  @DisplayName("R10: v0 items with different reasons are two requests; the seller accepts one item's, which"
      + " cancels that line only")
  void v0_twoReasonsTwoRequests() {
    Order order = v0Asking("Wrong size", "Found it cheaper");
    assertThat(order.cancellationRequests()).extracting(BuyerCancellationRequest::lines)
        .containsExactly(List.of(GLOVES), List.of(MUG));
    assertThat(order.cancellationRequests()).extracting(r -> r.reason().orElseThrow())
        .containsExactly("Wrong size", "Found it cheaper");

    Decision d = OrderWorkflow.decide(order, AcceptCancellationRequest.ofLines(CommandId.of("accept-mug"),
        List.of(MUG)), WorkflowContext.of(LAST_UPDATE.plusSeconds(3600), Role.OWNER));
    assertThat(d.rejection()).isEmpty();
    assertThat(d.events()).singleElement().isInstanceOf(CancellationRequestAccepted.class);
    assertThat(d.order().line(MUG).orElseThrow().itemStatus()).isEqualTo(ItemStatus.UNFULFILLED);
    assertThat(d.order().status()).isEqualTo(OrderStatus.UNSHIPPED);
    assertThat(d.order().cancellationRequests()).singleElement()
        .satisfies(r -> assertThat(r.lines()).containsExactly(GLOVES));
  }

  @Test
  @DisplayName("R10: a 2026-01-01 item's cancellationRequest by the seller is not a buyer's request")
  void v2026_sellerRequestIsNotTheBuyers() {
    String unshipped = Fixtures.v2026("getOrder-unshipped");
    String bySeller = unshipped.replace("\"requester\": \"BUYER\"", "\"requester\": \"MERCHANT\"");
    assertThat(bySeller).isNotEqualTo(unshipped);
    assertThat(AmazonOrders.toOrder(Fixtures.READER.readGetOrder2026(bySeller)).cancellationRequests()).isEmpty();
  }
}
