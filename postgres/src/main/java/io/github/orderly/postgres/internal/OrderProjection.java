package io.github.orderly.postgres.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.OrderSubtype;
import io.github.orderly.order.ReturnAuthorization;
import io.github.orderly.order.Shipment;
import io.github.orderly.policy.Sweep;
import io.github.orderly.postgres.UnstorableOrderException;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;

/**
 * One order as the columns of {@code orderly_orders}: the one place that says what each projected column
 * holds, computed from the order alone (and, for the next due instant, the sweep's policies). Every write
 * of the store goes through {@link #of(Order, Sweep)}, so the columns never disagree with the body.
 *
 * <p>Where the orders page has a rule, the column is computed by core's own code: the status by
 * {@link Order#status()}, "Shipment is late" by {@link Order#shipmentLate()}, the refund-failed and
 * ship-by views by the very {@link OrderQuery} predicates that decide them in memory. The searchable
 * fields are those {@link OrderQuery#search()} names.
 *
 * <p>Array-valued columns are carried as text, comma-joined (enum names hold no comma), and split by
 * the statement; instants as the ISO-8601 text of their microsecond and the nanoseconds past it.
 *
 * @param orderId the order id
 * @param version the order's version
 * @param body the order as OrderlyJson writes it
 * @param orderKey the order id's UTF-16 code units, big-endian, in hexadecimal
 * @param marketplace the marketplace id
 * @param fulfilmentChannel the fulfilment channel's name
 * @param status the derived order status's name
 * @param subtypes the subtypes' names, comma-joined
 * @param purchasedAt the order date, to the microsecond
 * @param purchasedAtNs the order date's nanoseconds past the microsecond
 * @param firstReportedAt the first-reported instant, to the microsecond
 * @param firstReportedAtNs its nanoseconds past the microsecond
 * @param openShipBy the promised ship-by while the order is not fully shipped, to the microsecond; or null
 * @param openShipByNs its nanoseconds past the microsecond; or null
 * @param shipmentLate whether the order carries "Shipment is late"
 * @param refundFailed whether some line's refund failed
 * @param currency the ISO 4217 code of the order's currency
 * @param total the order's total amount
 * @param lineStatuses one {@code ITEM:PAYMENT} pair per distinct line status, comma-joined
 * @param searchText the folded searchable fields, one per line
 * @param nextDueAt the earliest instant the sweep acts on the order, rounded down to the microsecond and
 *     kept within the storable years; or null
 * @param nextDueAtNs the nanoseconds of that instant past its microsecond; or null
 */
public record OrderProjection(
    String orderId, long version, String body, String orderKey, String marketplace, String fulfilmentChannel,
    String status, String subtypes, String purchasedAt, short purchasedAtNs, String firstReportedAt,
    short firstReportedAtNs, String openShipBy, Short openShipByNs, boolean shipmentLate, boolean refundFailed,
    String currency, BigDecimal total, String lineStatuses, String searchText, String nextDueAt,
    Short nextDueAtNs) {

  /** In memory, the refund-failed view (R19) on its own. */
  private static final OrderQuery REFUND_FAILED = OrderQuery.builder().includePending(true).refundFailed(true).build();
  /**
   * The statuses in which the ship-by view (R8, R9) can hold an order: not yet fully shipped, as
   * {@code OrderQuery.shipByBefore} says; the view then compares the ship-by with its bound in SQL.
   */
  private static final Set<OrderStatus> SHIP_BY_OPEN = EnumSet.of(OrderStatus.PENDING,
      OrderStatus.PENDING_AVAILABILITY, OrderStatus.UNSHIPPED, OrderStatus.PARTIALLY_SHIPPED);
  private static final ObjectMapper JSON = OrderlyJson.mapper();

  /**
   * Projects the order.
   *
   * @param order the order
   * @param sweep the sweep whose policies say when the order falls due
   * @return its columns
   * @throws UnstorableOrderException if the order holds text PostgreSQL cannot keep, or a projected instant
   *     outside the years 1 to 9999
   */
  public static OrderProjection of(Order order, Sweep sweep) {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(sweep, "sweep");
    String body = OrderlyJson.write(order);
    checkText(body);
    checkInstant("purchasedAt", order.purchasedAt());
    checkInstant("firstReportedAt", order.firstReportedAt());
    Instant openShipBy = SHIP_BY_OPEN.contains(order.status()) ? order.shipBy().orElse(null) : null;
    if (openShipBy != null) {
      checkInstant("shipBy", openShipBy);
    }
    Optional<Instant> due = sweep.nextDueAt(order).map(StoredInstants::clamp);
    return new OrderProjection(
        order.id().value(),
        order.version(),
        body,
        orderKey(order.id().value()),
        order.marketplace().value(),
        order.fulfilmentChannel().name(),
        order.status().name(),
        subtypes(order.subtypes()),
        StoredInstants.micros(order.purchasedAt()),
        StoredInstants.nanos(order.purchasedAt()),
        StoredInstants.micros(order.firstReportedAt()),
        StoredInstants.nanos(order.firstReportedAt()),
        openShipBy == null ? null : StoredInstants.micros(openShipBy),
        openShipBy == null ? null : StoredInstants.nanos(openShipBy),
        order.shipmentLate(),
        REFUND_FAILED.matches(order),
        order.currency().getCurrencyCode(),
        order.total().amount(),
        lineStatuses(order),
        searchText(order),
        due.map(StoredInstants::micros).orElse(null),
        due.map(StoredInstants::nanos).orElse(null));
  }

  /**
   * Returns the sort key of an order id: its UTF-16 code units, big-endian, so that the bytes compare as
   * {@link String#compareTo} compares the ids.
   */
  public static byte[] orderKeyBytes(String orderId) {
    return orderId.getBytes(StandardCharsets.UTF_16BE);
  }

  private static String orderKey(String orderId) {
    return HexFormat.of().formatHex(orderKeyBytes(orderId));
  }

  /** Returns the line-status pair a line contributes to {@code line_statuses}. */
  public static String lineStatus(ItemStatus itemStatus, PaymentStatus paymentStatus) {
    return itemStatus.name() + ':' + paymentStatus.name();
  }

  private static String subtypes(Set<OrderSubtype> subtypes) {
    StringJoiner joined = new StringJoiner(",");
    for (OrderSubtype subtype : subtypes) {
      joined.add(subtype.name());
    }
    return joined.toString();
  }

  private static String lineStatuses(Order order) {
    Set<String> pairs = new LinkedHashSet<>();
    for (OrderLine line : order.lines()) {
      pairs.add(lineStatus(line.itemStatus(), line.paymentStatus()));
    }
    return String.join(",", pairs);
  }

  /** The fields {@link OrderQuery#search()} looks in, folded, one per line. */
  private static String searchText(Order order) {
    StringBuilder text = new StringBuilder(SearchText.fold(order.id().value()));
    order.merchantOrderId().ifPresent(m -> text.append(SearchText.SEPARATOR).append(SearchText.fold(m.value())));
    for (ReturnAuthorization ra : order.returns()) {
      text.append(SearchText.SEPARATOR).append(SearchText.fold(ra.rmaId().value()));
    }
    for (Shipment shipment : order.shipments()) {
      if (shipment.trackingId().isEmpty()) {
        continue;
      }
      text.append(SearchText.SEPARATOR).append(SearchText.fold(shipment.trackingId().get().value()));
    }
    order.buyer().email().ifPresent(e -> text.append(SearchText.SEPARATOR).append(SearchText.fold(e)));
    return text.toString();
  }

  private static void checkInstant(String field, Instant instant) {
    if (!StoredInstants.storable(instant)) {
      throw new UnstorableOrderException(field, instant,
          "must lie in the years 1 to 9999 to be stored in PostgreSQL");
    }
  }

  /**
   * Refuses JSON whose strings hold a NUL or an unpaired surrogate. JSON writes NUL as an escape and
   * other characters as they are, so a quick look for a raw unpaired surrogate and for the escapes settles
   * the common case; only then is the document parsed, to name the field.
   */
  private static void checkText(String json) {
    if (!StorableText.mayHoldUnstorableJson(json)) {
      return;
    }
    try (JsonParser parser = JSON.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_STRING || token == JsonToken.FIELD_NAME) {
          String text = parser.getText();
          int bad = StorableText.firstUnstorable(text);
          if (bad >= 0) {
            throw new UnstorableOrderException(path(parser.getParsingContext()), StorableText.printable(text),
                StorableText.problem(text, bad));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back the JSON OrderlyJson wrote", e);
    }
  }

  /** The path of a JSON value in the form core's messages use: {@code lines[0].title}. */
  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + c.getCurrentIndex() + "]");
      } else if (c.getCurrentName() != null) {
        parts.push((c.getParent() != null && c.getParent().inRoot() ? "" : ".") + c.getCurrentName());
      }
    }
    return parts.isEmpty() ? "$" : String.join("", parts);
  }
}
