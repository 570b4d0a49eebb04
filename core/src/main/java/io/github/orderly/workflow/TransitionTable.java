package io.github.orderly.workflow;

import io.github.orderly.Rule;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every allowed change of one status type, as data (R42): the rows with their guards and rules, the statuses
 * a line starts in, and the declared final statuses. The workflow asks it for every status change: the
 * deciders ask it for a line's next status ({@link #next}), and {@link OrderWorkflow#evolve} refuses a
 * change that is not a row whose guard holds. {@link #toMermaid()} renders it for the docs. Immutable and
 * thread-safe.
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
  /** Per event type, the rows from each status (by ordinal), in declaration order. */
  private final Map<Class<? extends Event>, List<List<Transition<S>>>> index = new HashMap<>();
  /** The same index for the hot path: a ClassValue lookup costs less than a hash map's. */
  private final ClassValue<List<List<Transition<S>>>> byEvent = new ClassValue<>() {
    @Override
    protected List<List<Transition<S>>> computeValue(Class<?> event) {
      return index.get(event);
    }
  };

  TransitionTable(String name, Class<S> type, Set<S> initial, Set<S> finals, List<Transition<S>> rows,
      Function<S, String> label) {
    this.name = name;
    this.type = type;
    this.initial = Collections.unmodifiableSet(EnumSet.copyOf(initial));
    this.finals = Collections.unmodifiableSet(EnumSet.copyOf(finals));
    this.rows = List.copyOf(rows);
    this.label = label;
    int count = type.getEnumConstants().length;
    for (Transition<S> row : this.rows) {
      List<Transition<S>> same = index.computeIfAbsent(row.event(), e -> {
        List<List<Transition<S>>> byFrom = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
          byFrom.add(new ArrayList<>(2));
        }
        return byFrom;
      }).get(row.from().ordinal());
      for (Transition<S> other : same) {
        if (other.to() == row.to() && other.guard() == row.guard()) {
          throw new IllegalArgumentException("row " + row + " appears twice in " + name);
        }
        boolean named = row.guard() == Guard.NAMED && other.guard() == Guard.NAMED;
        boolean exclusive = named || row.guard() != other.guard() && row.guard().group().isPresent()
            && row.guard().group().equals(other.guard().group());
        if (!exclusive) {
          throw new IllegalArgumentException("rows " + other + " and " + row + " of " + name + " can both apply:"
              + " their guards must be different members of one group, or both NAMED");
        }
      }
      same.add(row);
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
   * Returns whether the table has a row {@code from → to} on an event of the given type, whatever its guard.
   *
   * @param from the status before
   * @param to the status after
   * @param event the event type
   * @return true if the change is a row
   */
  public boolean allows(S from, S to, Class<? extends Event> event) {
    for (Transition<S> row : rowsFrom(from, event)) {
      if (row.to() == to) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the status a line moves to on an event: the {@code to} of the row from its status whose guard
   * holds, if there is one. Guards of one group exclude each other, so at most one row applies; rows whose
   * guard is {@link Guard#NAMED} are left out, since the event names their target.
   *
   * @param from the line's status
   * @param order the order before the event
   * @param line the line
   * @param event the event
   * @return the next status, or empty when no row applies and the status stays
   */
  Optional<S> next(S from, Order order, OrderLine line, Event event) {
    return Optional.ofNullable(nextOrNull(from, order, line, event));
  }

  /** {@link #next}, allocation-free for the deciders: the next status, or null when it stays. */
  S nextOrNull(S from, Order order, OrderLine line, Event event) {
    return nextOrNull(on(event.getClass()), from, order, line, event);
  }

  /**
   * The rows on one event type, by the status they leave (ordinal), or null when none: looked up once for
   * all the lines of an event ({@link #nextOrNull(List, Enum, Order, OrderLine, Event)}).
   */
  List<List<Transition<S>>> on(Class<? extends Event> event) {
    return byEvent.get(event);
  }

  /** {@link #nextOrNull(Enum, Order, OrderLine, Event)} with the event's rows from {@link #on}. */
  S nextOrNull(List<List<Transition<S>>> onEvent, S from, Order order, OrderLine line, Event event) {
    if (onEvent == null) {
      return null;
    }
    List<Transition<S>> rows = onEvent.get(from.ordinal());
    for (int i = 0; i < rows.size(); i++) {
      Transition<S> row = rows.get(i);
      if (row.guard() != Guard.NAMED && row.guard().holds(order, line, event)) {
        return row.to();
      }
    }
    return null;
  }

  /**
   * Returns the row that allows a line's change on an event, its guard holding, or empty.
   *
   * @param from the status before
   * @param to the status after
   * @param order the order before the event
   * @param line the line
   * @param event the event
   * @return the row
   */
  Optional<Transition<S>> row(S from, S to, Order order, OrderLine line, Event event) {
    for (Transition<S> row : rowsFrom(from, event.getClass())) {
      if (row.to() == to && row.guard().holds(order, line, event)) {
        return Optional.of(row);
      }
    }
    return Optional.empty();
  }

  private List<Transition<S>> rowsFrom(S from, Class<? extends Event> event) {
    List<List<Transition<S>>> byFrom = byEvent.get(event);
    return byFrom == null ? List.of() : byFrom.get(from.ordinal());
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

  /** Returns the label the diagrams give a status, such as {@code Order placed}. */
  public String label(S status) {
    return label.apply(Objects.requireNonNull(status, "status"));
  }

  /**
   * Renders the table as a Mermaid {@code stateDiagram-v2}: one state per status with its label, an arrow
   * from the start to each initial status, one arrow per row labelled with {@link Transition#label()}, and an
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
          .append(row.label()).append('\n');
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

    Rows<S> row(S from, S to, Class<? extends Event> event, Guard guard, Rule rule) {
      list.add(new Transition<>(from, to, event, guard, Optional.ofNullable(rule)));
      return this;
    }

    Rows<S> row(S from, S to, Class<? extends Event> event, Rule rule) {
      return row(from, to, event, Guard.ALWAYS, rule);
    }

    Rows<S> row(S from, S to, Class<? extends Event> event) {
      return row(from, to, event, Guard.ALWAYS, null);
    }

    TransitionTable<S> table(String name, Set<S> initial, Set<S> finals, Function<S, String> label) {
      return new TransitionTable<>(name, type, initial, finals, list, label);
    }
  }
}
