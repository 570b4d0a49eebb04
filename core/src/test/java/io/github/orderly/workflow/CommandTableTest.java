package io.github.orderly.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.orderly.access.Role;
import io.github.orderly.order.Party;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The command table (R44, R43): one row per command type, rendered into docs/workflow.md. */
class CommandTableTest {

  static String render() {
    StringBuilder sb = new StringBuilder("| command | family | permission (R44) | sent by | preconditions, in order"
        + " | natural key (R43) |\n|---|---|---|---|---|---|\n");
    for (CommandTable.Row row : CommandTable.rows()) {
      List<String> conditions = new ArrayList<>();
      for (CommandTable.Requirement r : row.requirements()) {
        conditions.add(r.precondition().name().toLowerCase(Locale.ROOT).replace('_', ' ') + " ("
            + r.precondition().rule() + ")");
      }
      String sender = switch (row.origin()) {
        case SELLER -> "the seller";
        case MARKETPLACE -> "the marketplace";
        case BUYER -> "the buyer, through the marketplace";
      };
      sb.append("| `").append(row.command().getSimpleName()).append("` | ")
          .append(row.family().name().toLowerCase(Locale.ROOT).replace('_', ' ')).append(" | ")
          .append(row.permission()).append(" | ").append(sender).append(" (").append(row.originRule()).append(") | ")
          .append(String.join(", ", conditions)).append(" | ")
          .append(row.naturalKey().isEmpty() ? "none: the host's log" : row.naturalKey()).append(" |\n");
    }
    return sb.toString();
  }

  @Test
  @DisplayName("R43 R44: the command table committed in docs/workflow.md is the code's own rendering")
  void committedTableMatchesTheCode() throws IOException {
    DocBlocks.check(Path.of("..", "docs", "workflow.md"), "command-table", render());
  }

  @Test
  @DisplayName("R44: every command type has exactly one row; marketplace and buyer commands need role MARKETPLACE")
  void everyCommandHasOneRow() {
    assertThat(CommandTable.rows().stream().<Class<?>>map(CommandTable.Row::command).toList())
        .containsExactlyInAnyOrder(Command.class.getPermittedSubclasses());
    for (CommandTable.Row row : CommandTable.rows()) {
      assertThat(row.requirements()).as(row.command().getSimpleName()).isNotEmpty();
      assertThat(row.requirements().get(0).precondition() == Precondition.NOT_CANCELLED
          || row.requirements().get(1).precondition() == Precondition.NOT_CANCELLED)
          .as("a cancelled order accepts nothing (R5): %s", row.command().getSimpleName()).isTrue();
      if (row.origin() != Party.SELLER) {
        assertThat(Role.MARKETPLACE.can(row.permission())).isTrue();
      }
    }
    assertThatThrownBy(() -> CommandTable.of(null)).isInstanceOf(NullPointerException.class);
  }
}
