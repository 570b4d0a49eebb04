package io.github.orderly.testkit;

import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.CommandTable;
import io.github.orderly.workflow.Decision;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.StatusTables;
import io.github.orderly.workflow.Transition;
import io.github.orderly.workflow.TransitionTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which rows of the transition tables ({@link StatusTables}) and of the {@link CommandTable} a
 * {@link WorkflowCheck} run reached: how often each status row was taken by an accepted command, and how
 * often each command type was accepted, repeated and rejected. A row is identified by its from-status,
 * to-status and event type (no two rows of {@link StatusTables} share all three). A row the check was told
 * not to require ({@link WorkflowCheck#excusing}) is listed apart, with its reason. Immutable and thread-safe.
 */
public final class TransitionCoverage {
  private final Map<Transition<?>, Integer> rows;
  private final Map<Class<? extends Command>, EnumMap<Decision.Outcome, Integer>> commands;
  private final Map<Transition<?>, String> excused;

  private TransitionCoverage(Map<Transition<?>, Integer> rows,
      Map<Class<? extends Command>, EnumMap<Decision.Outcome, Integer>> commands, Map<Transition<?>, String> excused) {
    this.rows = rows;
    this.commands = commands;
    this.excused = excused;
  }

  /**
   * Returns the rows the check was told not to require ({@link WorkflowCheck#excusing}), each with the
   * reason given.
   */
  public Map<Transition<?>, String> excusedRows() {
    return excused;
  }

  /**
   * Returns how many times a row was taken: once per line whose status it changed.
   *
   * @param row a row of {@link StatusTables#item()} or {@link StatusTables#payment()}
   * @return the count, 0 for a row never reached
   */
  public int timesReached(Transition<?> row) {
    return rows.getOrDefault(Objects.requireNonNull(row, "row"), 0);
  }

  /**
   * Returns how many times a command type had an outcome.
   *
   * @param command the command type
   * @param outcome the outcome
   * @return the count
   */
  public int times(Class<? extends Command> command, Decision.Outcome outcome) {
    EnumMap<Decision.Outcome, Integer> counts = commands.get(command);
    return counts == null ? 0 : counts.getOrDefault(outcome, 0);
  }

  /**
   * Returns the rows of the two status tables never reached and not excused, item rows first, in declaration
   * order.
   */
  public List<Transition<?>> missingRows() {
    List<Transition<?>> missing = new ArrayList<>();
    for (Transition<?> row : allRows()) {
      if (timesReached(row) == 0 && !excused.containsKey(row)) {
        missing.add(row);
      }
    }
    return List.copyOf(missing);
  }

  /** Returns the command types of the command table never accepted, in the table's order. */
  public List<Class<? extends Command>> commandsNeverAccepted() {
    List<Class<? extends Command>> missing = new ArrayList<>();
    for (CommandTable.Row row : CommandTable.rows()) {
      if (times(row.command(), Decision.Outcome.ACCEPTED) == 0) {
        missing.add(row.command());
      }
    }
    return List.copyOf(missing);
  }

  /** Returns whether every status row was reached and every command type accepted at least once. */
  public boolean isComplete() {
    return missingRows().isEmpty() && commandsNeverAccepted().isEmpty();
  }

  /**
   * Returns the coverage in a few lines: rows reached per table, commands accepted, and what was never
   * reached, each row as the diagrams of {@code docs/workflow.md} label it.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("transition coverage: ");
    sb.append(count(StatusTables.item())).append(", ").append(count(StatusTables.payment())).append(", commands ")
        .append(CommandTable.rows().size() - commandsNeverAccepted().size()).append('/')
        .append(CommandTable.rows().size()).append(" accepted");
    for (Transition<?> row : missingRows()) {
      sb.append("\n  never reached: ").append(describe(row));
    }
    for (Class<? extends Command> command : commandsNeverAccepted()) {
      sb.append("\n  never accepted: ").append(command.getSimpleName());
    }
    excused.forEach((row, why) -> sb.append("\n  excused (").append(timesReached(row) == 0 ? "not reached" : "reached")
        .append("): ").append(describe(row)).append(": ").append(why));
    return sb.toString();
  }

  /** Returns a row as {@code SHIPPED → RETURN_STARTED on ReturnAuthorized [line in return] (R20)}. */
  static String describe(Transition<?> row) {
    return row.from() + " → " + row.to() + " on " + row.label();
  }

  private String count(TransitionTable<?> table) {
    int reached = 0;
    for (Transition<?> row : table.rows()) {
      if (timesReached(row) > 0) {
        reached++;
      }
    }
    return table.name().toLowerCase(java.util.Locale.ROOT) + " " + reached + "/" + table.rows().size() + " rows";
  }

  private static List<Transition<?>> allRows() {
    List<Transition<?>> all = new ArrayList<>(StatusTables.item().rows());
    all.addAll(StatusTables.payment().rows());
    return all;
  }

  /** Counts rows and outcomes while a check runs; not thread-safe (one per run). */
  static final class Recorder {
    private final Map<Transition<?>, String> excused;
    private final Map<Transition<?>, Integer> rows = new LinkedHashMap<>();
    private final Map<Class<? extends Command>, EnumMap<Decision.Outcome, Integer>> commands = new LinkedHashMap<>();

    Recorder(Map<Transition<?>, String> excused) {
      this.excused = excused;
    }

    void outcome(Command command, Decision.Outcome outcome) {
      commands.computeIfAbsent(command.getClass(), c -> new EnumMap<>(Decision.Outcome.class))
          .merge(outcome, 1, Integer::sum);
    }

    /** Records the rows an accepted event took on each line it changed. */
    void changes(Order before, Order after, Event event) {
      for (OrderLine line : after.lines()) {
        OrderLine old = before.line(line.id()).orElse(null);
        if (old == null) {
          continue;
        }
        if (old.itemStatus() != line.itemStatus()) {
          take(StatusTables.item(), old.itemStatus(), line.itemStatus(), event);
        }
        if (old.paymentStatus() != line.paymentStatus()) {
          take(StatusTables.payment(), old.paymentStatus(), line.paymentStatus(), event);
        }
      }
    }

    private <S extends Enum<S>> void take(TransitionTable<S> table, Enum<?> from, Enum<?> to, Event event) {
      for (Transition<S> row : table.rows()) {
        if (row.from() == from && row.to() == to && row.event().isInstance(event)) {
          rows.merge(row, 1, Integer::sum);
        }
      }
    }

    TransitionCoverage snapshot() {
      Map<Class<? extends Command>, EnumMap<Decision.Outcome, Integer>> copy = new LinkedHashMap<>();
      commands.forEach((k, v) -> copy.put(k, new EnumMap<>(v)));
      return new TransitionCoverage(Map.copyOf(rows), copy, excused);
    }
  }
}
