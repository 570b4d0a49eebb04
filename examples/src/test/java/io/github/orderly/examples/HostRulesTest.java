package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.orderly.Rule;
import io.github.orderly.access.Role;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.RefundLine;
import io.github.orderly.policy.Sweep;
import io.github.orderly.store.OrderStore;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import io.github.orderly.testkit.SeedReporter;
import io.github.orderly.testkit.WorkflowCheck;
import io.github.orderly.testkit.store.InMemoryOrderStore;
import io.github.orderly.testkit.store.OrderStoreContract;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.IssueRefund;
import io.github.orderly.workflow.OrderWorkflow;
import io.github.orderly.workflow.Rejection;
import io.github.orderly.workflow.WorkflowContext;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A host's own tests with the testkit, as the README and docs/testing.md show them: a property over the host's
 * code, the workflow check of the host's decider, and the store contract. The README shows the part between
 * the markers verbatim; the last test checks that it does.
 */
class HostRulesTest {
  // readme:testkit:start
  /** The host's own rule on top of Orderly's workflow: staff refund at most 100.00 at once (R44). */
  static Decision decide(Order order, Command command, WorkflowContext context) {
    if (command instanceof IssueRefund refund && context.role() == Role.STAFF && !order.viewOnly()
        && refund.amounts().stream().map(RefundLine::amount).anyMatch(m -> m.amount().intValue() > 100)) {
      return new Decision(Decision.Outcome.REJECTED, order, List.of(), Optional.of(new Rejection(Rule.R44,
          order.id(), Optional.empty(), Optional.empty(), Optional.empty(),
          "Order " + order.id() + ": staff refund at most 100.00 at once " + Rule.R44.cite())));
    }
    return OrderWorkflow.decide(order, command, context);
  }

  @Nested
  @ExtendWith(SeedReporter.class)
  class OurRules {
    @Test
    @DisplayName("R44: our refund limit keeps every workflow invariant, and staff never refund above it")
    void refundLimitKeepsTheWorkflowInvariants() {
      WorkflowCheck.of(HostRulesTest::decide)
          .withTries(Property.scaledTries(200))
          .withInvariant("staff never refund more than 100.00 at once", (before, step, decision) -> {
            if (decision.isAccepted() && step.role() == Role.STAFF && step.command() instanceof IssueRefund r) {
              assertThat(r.amounts()).allSatisfy(l -> assertThat(l.amount().amount().intValue()).isLessThanOrEqualTo(100));
            }
          })
          .run();
    }

    @Test
    @DisplayName("every Japanese order we store reads back equal from its JSON")
    void japaneseOrdersReadBackFromJson() {
      Property.named("every Japanese order reads back equal from its JSON")
          .check(OrderGenerator.standard().withMarketplaces(MarketplaceId.of("amazon.co.jp")).withLines(1, 3),
              order -> assertThat(OrderlyJson.read(OrderlyJson.write(order), Order.class)).isEqualTo(order));
    }
  }

  /** Our store passes Orderly's store contract (here the testkit's in-memory one stands in for it). */
  @Nested
  class OurStore extends OrderStoreContract {
    @Override
    protected OrderStore newStore(Sweep sweep) {
      return InMemoryOrderStore.of(sweep);
    }
  }
  // readme:testkit:end

  @Test
  @DisplayName("the refund limit refuses a staff refund above 100.00 under R44 and lets an owner's through")
  void theLimitRefusesStaffOnly() {
    Order shipped = OrderGenerator.standard().withMarketplaces(MarketplaceId.of("amazon.com"))
        .withStatuses(io.github.orderly.status.OrderStatus.SHIPPED)
        .withChannels(io.github.orderly.order.FulfilmentChannel.SELLER)
        .filter(o -> o.lines().get(0).paymentStatus() == io.github.orderly.status.PaymentStatus.PAID
            && o.refunds().isEmpty() && o.lines().get(0).charge().amount().intValue() > 150, "a paid line above 150")
        .next(Property.randomFor(1, 0));
    IssueRefund big = IssueRefund.ofAmounts(io.github.orderly.order.CommandId.of("r1"),
        io.github.orderly.order.RefundId.of("R1"), io.github.orderly.order.RefundReason.GENERAL_ADJUSTMENT,
        List.of(RefundLine.of(shipped.lines().get(0).id(), Money.of("150.00", "USD"))));
    java.time.Instant later = shipped.purchasedAt().plusSeconds(30 * 86_400);
    Decision staff = decide(shipped, big, WorkflowContext.of(later, Role.STAFF));
    assertThat(staff.rejection()).get().extracting(Rejection::rule).isEqualTo(Rule.R44);
    assertThat(decide(shipped, big, WorkflowContext.of(later, Role.OWNER)).isAccepted()).isTrue();
  }

  @Test
  void theReadmeAndTheTestingGuideShowTheseTestsVerbatim() throws IOException {
    String source = Files.readString(Path.of("src/test/java/io/github/orderly/examples/HostRulesTest.java"),
        StandardCharsets.UTF_8);
    int from = source.indexOf("  // readme:testkit:start");
    int to = source.indexOf("  // readme:testkit:end");
    assertThat(from).isNotNegative();
    assertThat(to).isGreaterThan(from);
    String snippet = source.substring(source.indexOf('\n', from) + 1, to).lines()
        .map(l -> l.startsWith("  ") ? l.substring(2) : l).reduce("", (a, b) -> a + b + "\n");
    for (String doc : List.of("../README.md", "../docs/testing.md")) {
      assertThat(Files.readString(Path.of(doc), StandardCharsets.UTF_8).replace("\r\n", "\n")).as(doc)
          .contains(snippet);
    }
  }
}
