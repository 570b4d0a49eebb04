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
import io.github.orderly.access.Role;
import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.Order;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.ReturnLine;
import io.github.orderly.order.ReturnReason;
import io.github.orderly.order.RmaId;
import io.github.orderly.order.Sku;
import io.github.orderly.status.ItemStatus;
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
  @DisplayName("R43: the events of an order's life, and the order, read back equal from JSON")
  void eventsAndOrderRoundTrip() {
    List<Event> events = new ArrayList<>();
    Order order = Fixtures.unshipped();
    events.add(new Event.OrderPlaced(order));
    WorkflowContext ctx = seller().withZeroInventoryOnNoStock(true);
    for (Command c : List.of(new Command.PrepareShipment(id(), List.of()), ship(L1, 2, "1Z1"),
        Command.IssueRefund.ofLines(id(), RefundId.of("R-1"), RefundReason.COULD_NOT_SHIP, List.of(L2)),
        new Command.RecordCarrierProgress(id(), List.of(L1), ItemStatus.UNABLE_TO_DELIVER),
        new Command.AuthorizeReturn(id(), RmaId.of("RMA-1"), ReturnReason.UNDELIVERABLE,
            List.of(ReturnLine.of(L1, 2))),
        new Command.ReceiveReturn(id(), RmaId.of("RMA-1")))) {
      Decision d = accept(order, c, ctx);
      events.addAll(d.events());
      order = d.order();
    }
    events.add(new Event.InventoryZeroingRequested(id(), List.of(Sku.of("SKU-1"))));
    events.add(new Event.CancellationRequestAnswered(id(), false, Fixtures.LATER));
    for (Event e : events) {
      String json = OrderlyJson.write(e);
      assertThat(OrderlyJson.read(json, Event.class)).as(json).isEqualTo(e);
    }
    assertThat(OrderlyJson.read(OrderlyJson.write(order), Order.class)).isEqualTo(order);
    assertThat(OrderlyJson.write(order)).contains("\"processedCommands\":[");
  }

  @Test
  @DisplayName("R3: a rejection reads back equal from its own JSON, rule, line and statuses included")
  void rejectionsRoundTrip() {
    Order shipped = accept(Fixtures.unshipped(), ship(L2, 1, "1Z1"), seller()).order();
    Rejection r = OrderWorkflow.decide(shipped, Command.Cancel.bySeller(id(), CancellationReason.NO_STOCK),
        seller()).rejection().get();
    String json = OrderlyJson.write(r);
    assertThat(json).contains("\"rule\":\"R3\"").contains("\"lineId\":\"L2\"");
    assertThat(OrderlyJson.read(json, Rejection.class)).isEqualTo(r);
  }

  @Test
  @DisplayName("R11 R20: a context refuses negative policy windows, naming the field")
  void contextChecksItsPolicyValues() {
    assertThatThrownBy(() -> seller().withReturnWindow(java.time.Duration.ofDays(-1)))
        .isInstanceOf(InvalidCommandException.class).hasMessageStartingWith("context.returnWindow = 'PT-24H'");
    assertThatThrownBy(() -> seller().withBuyerEditWindow(java.time.Duration.ofMinutes(-5)))
        .isInstanceOf(InvalidCommandException.class).hasMessageStartingWith("context.buyerEditWindow");
  }

  @Test
  @DisplayName("R43: an order that accepted no command writes no processedCommands, as before")
  void noProcessedCommandsKeyWhenEmpty() {
    assertThat(OrderlyJson.write(Fixtures.unshipped())).doesNotContain("processedCommands");
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
        + "\"actor\":\"SELLER\",\"extra\":1}", Command.class))
        .isInstanceOf(JsonInputException.class).hasMessageContaining("extra");
    Command.Cancel read = (Command.Cancel) OrderlyJson.read("{\"type\":\"Cancel\",\"id\":\"c1\","
        + "\"reason\":\"no-stock\",\"actor\":\"MARKETPLACE\"}", Command.class);
    assertThat(read).isEqualTo(Command.Cancel.byMarketplace(CommandId.of("c1"), CancellationReason.NO_STOCK));
    Command.RequestCancellation noReason = (Command.RequestCancellation) OrderlyJson.read(
        "{\"type\":\"RequestCancellation\",\"id\":\"c2\"}", Command.class);
    assertThat(noReason.reason()).isEqualTo(Optional.empty());
  }

  @Test
  @DisplayName("every command and event type is registered for JSON and handled by decide/evolve")
  void sealedFamiliesAreComplete() {
    for (Class<?> family : List.of(Command.class, Event.class)) {
      List<Class<?>> registered = Arrays.stream(family.getAnnotation(JsonSubTypes.class).value())
          .<Class<?>>map(JsonSubTypes.Type::value).toList();
      assertThat(registered).containsExactlyInAnyOrder(family.getPermittedSubclasses());
    }
    // decide() ends its instanceof chain in an AssertionError: one sample of each type must get past it.
    Order order = Fixtures.unshipped();
    for (Command c : Samples.oneOfEachCommand()) {
      Decision d = OrderWorkflow.decide(order, c, WorkflowContext.of(Fixtures.LATER, Role.MARKETPLACE));
      assertThat(d).isNotNull();
    }
  }
}
