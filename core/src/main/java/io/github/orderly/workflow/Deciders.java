package io.github.orderly.workflow;

import io.github.orderly.Rule;
import io.github.orderly.order.LineId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.PaymentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/** What the small deciders share: the statuses the tables give, and the refusals every family words alike. */
final class Deciders {
  private Deciders() {}

  /** Returns {@code Order <id>}, how every message starts. */
  static String id(Order order) {
    return "Order " + order.id();
  }

  /**
   * Returns the status changes the tables give every line of the order on the event: for each line, the row
   * from its item status and the row from its payment status whose guards hold (R42).
   *
   * @param order the order before the event
   * @param draft the event, its statuses not yet filled in
   * @return the changed lines with their new statuses
   */
  static List<LineStatus> derive(Order order, Event draft) {
    StatusList changes = new StatusList();
    TransitionTable<ItemStatus> itemTable = StatusTables.item();
    TransitionTable<PaymentStatus> paymentTable = StatusTables.payment();
    // Each table's rows on the event are looked up once, not once per line.
    List<List<Transition<ItemStatus>>> itemRows = itemTable.on(draft.getClass());
    List<List<Transition<PaymentStatus>>> paymentRows = paymentTable.on(draft.getClass());
    List<OrderLine> lines = order.lines();
    for (int i = 0, n = lines.size(); i < n; i++) {
      OrderLine line = lines.get(i);
      ItemStatus item = itemTable.nextOrNull(itemRows, line.itemStatus(), order, line, draft);
      PaymentStatus payment = paymentTable.nextOrNull(paymentRows, line.paymentStatus(), order, line, draft);
      if (item != null || payment != null) {
        item = item == null ? line.itemStatus() : item;
        payment = payment == null ? line.paymentStatus() : payment;
        changes.add(new LineStatus(line.id(), item, payment));
      }
    }
    return changes.list();
  }

  /**
   * The statuses an event lists, collected without a growing list for the one or two lines most events
   * change; {@link #list()} is an unmodifiable list the event keeps as it is (its {@code List.copyOf} returns
   * a {@code List.of} list unchanged).
   */
  static final class StatusList {
    private LineStatus first;
    private LineStatus second;
    private List<LineStatus> more;

    void add(LineStatus status) {
      if (first == null) {
        first = status;
      } else if (second == null) {
        second = status;
      } else {
        if (more == null) {
          more = new ArrayList<>();
          more.add(first);
          more.add(second);
        }
        more.add(status);
      }
    }

    boolean isEmpty() {
      return first == null;
    }

    List<LineStatus> list() {
      return more != null ? List.copyOf(more) : second != null ? List.of(first, second)
          : first != null ? List.of(first) : List.of();
    }
  }

  /**
   * Returns the date of an instant in a zone, as {@link LocalDate#ofInstant} does. A fixed offset (UTC, the
   * default policy's zone) is applied directly: asked for its rules, a {@link ZoneOffset} on Java 17 makes new
   * ones per call.
   */
  static LocalDate localDate(Instant instant, ZoneId zone) {
    if (zone instanceof ZoneOffset offset) {
      return LocalDate.ofEpochDay(Math.floorDiv(instant.getEpochSecond() + offset.getTotalSeconds(), 86_400L));
    }
    return LocalDate.ofInstant(instant, zone);
  }

  /** R40: the order has no such line. */
  static Rejection noSuchLine(Order order, LineId line) {
    return Rejection.of(Rule.R40, order.id(), id(order) + " has no line " + line).onLine(line);
  }

  /**
   * R42: the item status of a line cannot change to the status a command names on its event: it is there
   * already, or the table has no such row.
   */
  static Rejection notARow(Order order, OrderLine line, ItemStatus to, Class<? extends Event> event) {
    String reason = line.itemStatus() == to
        ? id(order) + ", line " + line.id() + " is already " + to.label()
        : id(order) + ", line " + line.id() + ": the item status cannot change from " + line.itemStatus().label()
            + " to " + to.label() + " on " + event.getSimpleName();
    return Rejection.of(Rule.R42, order.id(), reason).onLine(line.id()).from(line.itemStatus()).to(to);
  }
}
