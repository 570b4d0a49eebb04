package io.github.orderly.workflow;

import static io.github.orderly.workflow.Fixtures.L1;
import static io.github.orderly.workflow.Fixtures.L2;
import static io.github.orderly.workflow.Fixtures.accept;
import static io.github.orderly.workflow.Fixtures.id;
import static io.github.orderly.workflow.Fixtures.seller;
import static io.github.orderly.workflow.Fixtures.ship;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.github.orderly.access.Actor;
import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.Party;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Sku;
import io.github.orderly.order.UpstreamStatus;
import io.github.orderly.order.UserId;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkflowJsonTest {

  @Test
  @DisplayName("R43: every command type reads back equal from its own JSON")
  void commandsRoundTrip() {
    for (Command c : Samples.oneOfEachCommand()) {
      String json = OrderlyJson.write(c);
      assertThat(json).startsWith("{\"type\":\"" + c.getClass().getSimpleName() + "\"");
      assertThat(OrderlyJson.read(json, Command.class)).isEqualTo(c);
    }
  }

  @Test
  @DisplayName("R43: the events of an order's life, each with its cause, and the order read back equal from JSON")
  void eventsAndOrderRoundTrip() {
    List<Event> events = new ArrayList<>();
    Order order = Fixtures.unshipped();
    events.add(OrderPlaced.of(order));
    WorkflowContext ctx = seller().withZeroInventoryOnNoStock(true).withUser(UserId.of("u-7"));
    for (Command c : List.of(new PrepareShipment(id(), List.of()), ship(L1, 2, "1Z1"),
        IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP, List.of(L2)),
        new RecordCarrierProgress(id(), List.of(L1), ItemStatus.UNABLE_TO_DELIVER),
        new AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.UNDELIVERABLE,
            List.of(ReturnLine.of(L1, 2))),
        new ReceiveReturn(id(), RmaId.of("RMA-1")))) {
      Decision d = accept(order, c, ctx);
      events.addAll(d.events());
      order = d.order();
    }
    Cause cause = new Cause(id(), Fixtures.LATER, Actor.MARKETPLACE);
    events.add(new CancellationRequestDeclined(cause, List.of(L1)));
    events.add(new UpstreamStatusMerged(cause, new UpstreamStatus(OrderStatus.SHIPPED, Fixtures.LATER)));
    events.add(new OrderCancelled(cause, Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, Fixtures.LATER),
        List.of(), List.of(Sku.of("SKU-1")), Optional.of(new UpstreamStatus(OrderStatus.CANCELLED, Fixtures.LATER))));
    for (Event e : events) {
      String json = OrderlyJson.write(e);
      assertThat(OrderlyJson.read(json, Event.class)).as(json).isEqualTo(e);
    }
    assertThat(OrderlyJson.write(events.get(2))).contains("\"cause\":{\"commandId\":\"" + events.get(2).commandId()
        + "\",\"at\":\"2026-03-02T12:00:00Z\",\"actor\":{\"role\":\"STAFF\",\"user\":\"u-7\"}}");
    assertThat(OrderlyJson.read(OrderlyJson.write(order), Order.class)).isEqualTo(order);
    assertThat(OrderlyJson.write(order)).contains("\"version\":6").doesNotContain("processedCommands");
  }

  @Test
  @DisplayName("R3: a rejection reads back equal from its own JSON, rule, line and statuses included")
  void rejectionsRoundTrip() {
    Order shipped = accept(Fixtures.unshipped(), ship(L2, 1, "1Z1"), seller()).order();
    Rejection r = OrderWorkflow.decide(shipped, Cancel.bySeller(id(), CancellationReason.NO_STOCK),
        seller()).rejection().get();
    String json = OrderlyJson.write(r);
    assertThat(json).contains("\"rule\":\"R3\"").contains("\"lineId\":\"L2\"");
    assertThat(OrderlyJson.read(json, Rejection.class)).isEqualTo(r);
  }

  @Test
  @DisplayName("R42: a rejection read from JSON must cite its own rule")
  void rejectionsCiteTheirRule() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"rule\":\"R3\",\"orderId\":\"1\",\"message\":\"no (R4).\"}",
        Rejection.class)).isInstanceOf(JsonInputException.class).hasMessageContaining("must cite its rule (R3)");
  }

  @Test
  @DisplayName("R28 R50: an order writes viewOnly and upstream only when they are set")
  void orderFieldsOfTheWorkflowAreLeftOutUntilSet() {
    String plain = OrderlyJson.write(Fixtures.unshipped());
    assertThat(plain).doesNotContain("viewOnly").doesNotContain("upstream");
    Order marked = Order.builder().from(Fixtures.unshipped()).viewOnly(true)
        .upstream(new UpstreamStatus(OrderStatus.UNSHIPPED, Fixtures.LATER)).build();
    String json = OrderlyJson.write(marked);
    assertThat(json).contains("\"viewOnly\":true").contains("\"upstream\":{\"status\":\"UNSHIPPED\"");
    assertThat(OrderlyJson.read(json, Order.class)).isEqualTo(marked);
  }

  @Test
  @DisplayName("malformed command JSON fails naming the path and the problem")
  void malformedCommandsFailFast() {
    assertThatThrownBy(() -> OrderlyJson.read("{\"type\":\"Teleport\",\"id\":\"c1\"}", Command.class))
        .isInstanceOf(JsonInputException.class).hasMessageContaining("Teleport");
    assertThatThrownBy(() -> OrderlyJson.read("{\"type\":\"RecordCarrierProgress\",\"id\":\"c1\","
        + "\"status\":\"SHIPPED\"}", Command.class))
        .isInstanceOf(JsonInputException.class).hasMessageContaining("a carrier reports one of");
    assertThatThrownBy(() -> OrderlyJson.read("{\"type\":\"Cancel\",\"id\":\"c1\",\"reason\":\"no-stock\","
        + "\"extra\":1}", Command.class))
        .isInstanceOf(JsonInputException.class).hasMessageContaining("extra");
    Cancel read = (Cancel) OrderlyJson.read("{\"type\":\"Cancel\",\"id\":\"c1\",\"reason\":\"no-stock\"}",
        Command.class);
    assertThat(read).isEqualTo(Cancel.bySeller(CommandId.of("c1"), CancellationReason.NO_STOCK));
    RequestCancellation noReason = (RequestCancellation) OrderlyJson.read(
        "{\"type\":\"RequestCancellation\",\"id\":\"c2\"}", Command.class);
    assertThat(noReason.reason()).isEqualTo(Optional.empty());
  }

  @Test
  @DisplayName("every command and event type is registered for JSON; every command has a row, every event a change")
  void sealedFamiliesAreComplete() {
    for (Class<?> family : List.of(Command.class, Event.class)) {
      List<Class<?>> registered = Arrays.stream(family.getAnnotation(JsonSubTypes.class).value())
          .<Class<?>>map(JsonSubTypes.Type::value).toList();
      assertThat(registered).containsExactlyInAnyOrder(family.getPermittedSubclasses());
    }
    for (Class<?> type : Command.class.getPermittedSubclasses()) {
      assertThat(CommandTable.of(type.asSubclass(Command.class)).command()).isEqualTo(type);
    }
    for (Class<?> type : Event.class.getPermittedSubclasses()) {
      assertThat(Evolution.knows(type.asSubclass(Event.class))).as(type.getSimpleName())
          .isEqualTo(type != OrderPlaced.class);
    }
  }
}
