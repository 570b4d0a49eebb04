package io.github.orderly.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Every allowed change of one status type, as data (R42): the rows, the statuses a line starts in, and
 * the declared final statuses. {@link OrderWorkflow#evolve} consults it for every status change; a change
 * that is not a row is refused. {@link #toMermaid()} renders it as a Mermaid state diagram for the docs.
 *
 * @param <S> the status type
 */
public final class TransitionTable<S extends Enum<S>> {
  private final String name;
  private final Class<S> type;
  private final Set<S> initial;
  private final Set<S> finals;
  private final List<Transition<S>> rows;
  private final Function<S, String> label;
  private final Map<Class<? extends Event>, long[]> allowed = new HashMap<>();

  TransitionTable(String name, Class<S> type, Set<S> initial, Set<S> finals, List<Transition<S>> rows,
      Function<S, String> label) {
    this.name = name;
    this.type = type;
    this.initial = Collections.unmodifiableSet(EnumSet.copyOf(initial));
    this.finals = Collections.unmodifiableSet(EnumSet.copyOf(finals));
    this.rows = List.copyOf(rows);
    this.label = label;
    int count = type.getEnumConstants().length;
    if (count > 64) {
      throw new IllegalArgumentException(type + " has more than 64 values");
    }
    for (Transition<S> row : this.rows) {
      long[] bits = allowed.computeIfAbsent(row.event(), e -> new long[count]);
      long bit = 1L << row.to().ordinal();
      if ((bits[row.from().ordinal()] & bit) != 0) {
        throw new IllegalArgumentException("row " + row + " appears twice in " + name);
      }
      bits[row.from().ordinal()] |= bit;
    }
  }

  /** Returns the table's name, such as {@code "Item status"}. */
  public String name() {
    return name;
  }

  /** Returns the status type. */
  public Class<S> type() {
    return type;
  }

  /** Returns the statuses a line can start in. */
  public Set<S> initial() {
    return initial;
  }

  /** Returns the declared final statuses: those no row leaves. */
  public Set<S> finals() {
    return finals;
  }

  /** Returns every row, in declaration order. */
  public List<Transition<S>> rows() {
    return rows;
  }

  /**
   * Returns whether the table has the row {@code from → to} caused by an event of the given type.
   *
   * @param from the status before
   * @param to the status after
   * @param event the event type
   * @return true if the change is a row
   */
  public boolean allows(S from, S to, Class<? extends Event> event) {
    long[] bits = allowed.get(event);
    return bits != null && (bits[from.ordinal()] & (1L << to.ordinal())) != 0;
  }

  /** Returns the statuses that can be reached from {@link #initial()} by following rows. */
  public Set<S> reachable() {
    Set<S> seen = EnumSet.copyOf(initial);
    Deque<S> todo = new ArrayDeque<>(initial);
    while (!todo.isEmpty()) {
      S s = todo.pop();
      for (Transition<S> row : rows) {
        if (row.from() == s && seen.add(row.to())) {
          todo.push(row.to());
        }
      }
    }
    return Collections.unmodifiableSet(seen);
  }

  /** Returns the statuses no row leaves, final or not. */
  public Set<S> deadEnds() {
    Set<S> ends = EnumSet.allOf(type);
    for (Transition<S> row : rows) {
      ends.remove(row.from());
    }
    return Collections.unmodifiableSet(ends);
  }

  /**
   * Renders the table as a Mermaid {@code stateDiagram-v2}: one state per status with its label, an arrow
   * from the start to each initial status, one arrow per row labelled with the event (and the rule), and an
   * arrow from each final status to the end.
   *
   * @return the diagram text, lines separated by {@code \n}, ending with a line break
   */
  public String toMermaid() {
    StringBuilder sb = new StringBuilder("stateDiagram-v2\n");
    for (S s : type.getEnumConstants()) {
      sb.append("    state \"").append(label.apply(s)).append("\" as ").append(s.name()).append('\n');
    }
    for (S s : initial) {
      sb.append("    [*] --> ").append(s.name()).append('\n');
    }
    for (Transition<S> row : rows) {
      sb.append("    ").append(row.from().name()).append(" --> ").append(row.to().name()).append(" : ")
          .append(row.event().getSimpleName());
      if (!row.rule().isEmpty()) {
        sb.append(" (").append(row.rule()).append(')');
      }
      sb.append('\n');
    }
    for (S s : finals) {
      sb.append("    ").append(s.name()).append(" --> [*]\n");
    }
    return sb.toString();
  }

  static <S extends Enum<S>> Rows<S> rows(Class<S> type) {
    return new Rows<>(type);
  }

  /** Collects rows while a table is declared. */
  static final class Rows<S extends Enum<S>> {
    private final Class<S> type;
    private final List<Transition<S>> list = new ArrayList<>();

    Rows(Class<S> type) {
      this.type = Objects.requireNonNull(type);
    }

    Rows<S> row(S from, S to, Class<? extends Event> event, String rule) {
      list.add(new Transition<>(from, to, event, rule));
      return this;
    }

    Rows<S> row(S from, S to, Class<? extends Event> event) {
      return row(from, to, event, "");
    }

    TransitionTable<S> table(String name, Set<S> initial, Set<S> finals, Function<S, String> label) {
      return new TransitionTable<>(name, type, initial, finals, list, label);
    }
  }
}
