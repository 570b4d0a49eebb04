package io.github.orderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.github.orderly.access.Actor;
import io.github.orderly.access.Role;
import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.InvalidMoneyException;
import io.github.orderly.money.Money;
import io.github.orderly.order.Address;
import io.github.orderly.order.BuyerCancellationRequest;
import io.github.orderly.order.Cancellation;
import io.github.orderly.order.CancellationReason;
import io.github.orderly.order.Carrier;
import io.github.orderly.order.CommandId;
import io.github.orderly.order.InvalidOrderException;
import io.github.orderly.order.LineId;
import io.github.orderly.order.ListingId;
import io.github.orderly.order.MarketplaceId;
import io.github.orderly.order.Order;
import io.github.orderly.order.OrderId;
import io.github.orderly.order.OrderLine;
import io.github.orderly.order.Party;
import io.github.orderly.order.Refund;
import io.github.orderly.order.RefundId;
import io.github.orderly.order.RefundLine;
import io.github.orderly.order.RefundReason;
import io.github.orderly.order.Shipment;
import io.github.orderly.order.ShipmentLine;
import io.github.orderly.order.Sku;
import io.github.orderly.order.TrackingId;
import io.github.orderly.policy.DeadlinePolicies;
import io.github.orderly.policy.DeadlinePolicy;
import io.github.orderly.policy.HolidayCalendar;
import io.github.orderly.policy.InvalidPolicyException;
import io.github.orderly.query.InvalidQueryException;
import io.github.orderly.query.OrderQuery;
import io.github.orderly.query.PageCursor;
import io.github.orderly.status.ItemStatus;
import io.github.orderly.status.OrderStatus;
import io.github.orderly.status.PaymentStatus;
import io.github.orderly.workflow.Cause;
import io.github.orderly.workflow.Command;
import io.github.orderly.workflow.Event;
import io.github.orderly.workflow.InvalidCommandException;
import io.github.orderly.workflow.RecordUpstreamStatus;
import io.github.orderly.workflow.RequestCancellation;
import io.github.orderly.workflow.WorkflowContext;
import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input: each case is refused with its exact error, within 50 ms and 64 MB of extra heap.
 *
 * <p>The cases are the ones an attacker or a broken feed sends: the JSON attacks (deep nesting, 50 MB
 * strings, 10,000-digit numbers, huge arrays, duplicate keys, type ids, wrong types, nulls, NaN, invalid
 * UTF-8, byte-order marks) against orders, commands, events, queries and cursors, and the values the
 * builders refuse (amounts beyond their limits, extreme instants, control characters, impossible orders).
 * Every input is prepared before it is measured; each case is run once and its refusal checked, then run
 * up to 20 more times (at most a second) to warm its path, then five times measured, and the best of the
 * five is compared with the bounds (a case over them, as when a busy machine's JIT has not yet compiled its
 * path, is warmed and measured again, up to three rounds in all, and the best of every round counts): this thread's CPU time (under 50 ms)
 * and allocated bytes (under 64 MB), from the JVM's thread management bean, and, ten times looser, the
 * wall-clock time, which on a shared machine also counts waiting for a core. Most cases cost
 * microseconds; the heaviest is the largest document the limits let through, refused at its last field.
 * The figures are written to {@code target/hostile-input.md}; {@code docs/limits.md} quotes one run.
 */
@DisplayName("hostile input is refused with its exact error within 50 ms and 64 MB")
class HostileInputTest {
  /** The bound on the thread's CPU time: the work the refusal costs. */
  private static final long MAX_NANOS = 50_000_000L;
  /**
   * The bound on wall-clock time, ten times looser: on a shared machine it also measures how long the
   * thread waited for a core, which the code cannot control.
   */
  private static final long MAX_WALL_NANOS = 500_000_000L;
  private static final long MAX_BYTES = 64L * 1024 * 1024;
  private static final int WARM_UP_RUNS = 20;
  private static final int MEASURED_RUNS = 5;
  /** Rounds of warming and measuring, the later ones only for a case over its bounds (a JIT still busy). */
  private static final int ROUNDS = 3;
  private static final Instant PURCHASED = Instant.parse("2026-03-01T09:30:00Z");
  private static final Currency USD = Currency.getInstance("USD");
  private static final String RANGE = "must lie in the years 1970 to 9999 (between 1970-01-01T00:00:00Z and"
      + " 9999-12-31T23:59:59.999999999Z)";
  private static final String PLAIN = "is not a plain decimal number such as 12.50 or -3 (ASCII digits, an optional"
      + " leading '-', one '.' between digits)";
  private static final String MAGNITUDE = "must be below 10^15 in magnitude (at most 15 digits before the decimal"
      + " point)";
  private static final List<String> FIGURES = Collections.synchronizedList(new ArrayList<>());

  /** One hostile input: what is attempted, and the exact refusal expected. */
  record Case(String target, String name, Callable<?> attempt, Class<? extends Throwable> type, String message) {}

  // ---- the valid documents the cases change ------------------------------------------------------------

  private static OrderLine.Builder line(String id) {
    return OrderLine.builder().id(LineId.of(id)).sku(Sku.of("SKU-1")).listingId(ListingId.of("B0123456789"))
        .title("Red mug, 350 ml").quantityOrdered(2).unitPrice(Money.of("12.50", "USD"));
  }

  private static Order.Builder order() {
    return Order.builder().id(OrderId.of("112-0000000-0000001")).marketplace(MarketplaceId.of("amazon.com"))
        .purchasedAt(PURCHASED)
        .deliveryAddress(Address.builder().recipient("Jane Doe").addStreetLine("1 Main St").city("Seattle")
            .countryCode("US").build())
        .addLine(line("L1").build());
  }

  private static final String ORDER = OrderlyJson.write(order().build());
  private static final String LINE = OrderlyJson.write(line("L1").build());

  /** The order's JSON with the first occurrence of {@code from} replaced. */
  private static String orderWith(String from, String to) {
    int at = ORDER.indexOf(from);
    if (at < 0) {
      throw new IllegalStateException("the order JSON has no " + from + ": " + ORDER);
    }
    return ORDER.substring(0, at) + to + ORDER.substring(at + from.length());
  }

  /** An order whose lines are the given JSON elements. */
  private static String orderWithLines(String lines) {
    return orderWith("\"lines\":[" + LINE + "]", "\"lines\":[" + lines + "]");
  }

  private static String repeat(String element, int times) {
    return String.join(",", Collections.nCopies(times, element));
  }

  private static String cursor(String plain) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The document that makes the most objects within the limits: as many array elements as a document may
   * hold (10 lines and the shipments' lines, 10 each), refused only by its last field.
   */
  private static String heaviest(int shipmentCount) {
    StringBuilder lines = new StringBuilder();
    StringBuilder shipped = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      lines.append(i > 0 ? "," : "").append(LINE.replace("\"L1\"", "\"L" + i + "\"")
          .replace("\"quantityOrdered\":2,\"quantityShipped\":0", "\"quantityOrdered\":" + shipmentCount
              + ",\"quantityShipped\":" + shipmentCount)
          .replace("\"ORDER_PLACED\",\"paymentStatus\":\"AUTHORIZED\"", "\"SHIPPED\",\"paymentStatus\":\"PAID\""));
      shipped.append(i > 0 ? "," : "").append("{\"lineId\":\"L").append(i).append("\",\"quantity\":1}");
    }
    StringBuilder shipments = new StringBuilder();
    for (int s = 0; s < shipmentCount; s++) {
      shipments.append(s > 0 ? "," : "").append("{\"trackingId\":\"1Z").append(s)
          .append("\",\"carrier\":\"UPS\",\"shippedAt\":\"2026-03-02T00:00:00Z\",\"lines\":[").append(shipped).append("]}");
    }
    String doc = orderWithLines(lines.toString()).replace("\"shipments\":[]", "\"shipments\":[" + shipments + "]")
        .replace("\"version\":0", "\"version\":-1");
    if (doc.length() > OrderlyJson.MAX_DOCUMENT_LENGTH) {
      throw new IllegalStateException("the heaviest document should fit: " + doc.length());
    }
    return doc;
  }

  private static Callable<Object> json(String text, Class<?> type) {
    return () -> OrderlyJson.read(text, type);
  }

  private static Callable<Object> bytes(byte[] json, Class<?> type) {
    return () -> OrderlyJson.read(json, type);
  }

  private static String shipConfirmation(String shippedAt, String quantity) {
    return "{\"type\":\"ConfirmShipment\",\"id\":\"c1\",\"lines\":[{\"lineId\":\"L1\",\"quantity\":" + quantity + "}],"
        + "\"carrier\":\"UPS\",\"trackingId\":\"1Z1\",\"shippedAt\":" + shippedAt + "}";
  }

  // ---- the cases -------------------------------------------------------------------------------------------

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    orderCases(cases);
    builderCases(cases);
    commandCases(cases);
    eventCases(cases);
    queryCases(cases);
    cursorCases(cases);
    policyCases(cases);
    return cases;
  }

  private static void orderCases(List<Case> c) {
    String j = "Invalid JSON at ";
    Class<JsonInputException> e = JsonInputException.class;
    c.add(new Case("order", "nesting 100,000 arrays deep", json("[".repeat(100_000), Order.class), e,
        j + "$" + "[0]".repeat(33) + ": Document nesting depth (33) exceeds the maximum allowed (32, from"
            + " `StreamReadConstraints.getMaxNestingDepth()`)"));
    String fifty = "{\"id\":\"" + "x".repeat(50_000_000) + "\"}";
    c.add(new Case("order", "a 50 MB string", json(fifty, Order.class), e,
        j + "$: the document is 50000009 characters long; at most 1000000 are read"));
    c.add(new Case("order", "a 20,000-character title", json(orderWith("Red mug, 350 ml", "x".repeat(20_000)),
        Order.class), e, j + "$.lines[0].title: String value length (20000) exceeds the maximum allowed (10000, from"
            + " `StreamReadConstraints.getMaxStringLength()`)"));
    c.add(new Case("order", "a 600-character title", json(orderWith("Red mug, 350 ml",
        "Lorem ipsum dolor sit amet ".repeat(23).substring(0, 600)), Order.class), e,
        j + "$.lines[0]: line.title = 'Lorem ipsum dolor sit amet Lorem ipsum d…' (600 characters): must be at most"
            + " 500 characters"));
    c.add(new Case("order", "a 10,000-digit quantity", json(orderWith("\"quantityOrdered\":2",
        "\"quantityOrdered\":" + "9".repeat(10_000)), Order.class), e,
        j + "$.lines[0].quantityOrdered: Number value length (10000) exceeds the maximum allowed (64, from"
            + " `StreamReadConstraints.getMaxNumberLength()`)"));
    c.add(new Case("order", "amount \"1e10000000\" as text", json(orderWith("\"12.50\"", "\"1e10000000\""), Order.class),
        e, j + "$.lines[0].unitPrice: amount = '1e10000000': " + PLAIN));
    c.add(new Case("order", "amount 1e10000000 as a JSON number", json(orderWith("\"12.50\"", "1e10000000"),
        Order.class), e, j + "$.lines[0].unitPrice: amount = '1E+10000000': " + MAGNITUDE));
    c.add(new Case("order", "amount 1e-999999999 as a JSON number", json(orderWith("\"12.50\"", "1e-999999999"),
        Order.class), e, j + "$.lines[0].unitPrice: amount = '1E-999999999': has 999999999 decimals written; at most"
            + " 18 are allowed"));
    c.add(new Case("order", "an amount of 10,000 digits as text", json(orderWith("\"12.50\"",
        "\"" + "1".repeat(10_000) + "\""), Order.class), e,
        j + "$.lines[0].unitPrice: amount = '" + "1".repeat(40) + "…' (10000 characters): must be at most 40"
            + " characters"));
    c.add(new Case("order", "full-width digits in an amount", json(orderWith("\"12.50\"", "\"１２.５０\""), Order.class),
        e, j + "$.lines[0].unitPrice: amount = '１２.５０': " + PLAIN));
    c.add(new Case("order", "Arabic-Indic digits in an amount", json(orderWith("\"12.50\"", "\"١٢٫٥٠\""), Order.class),
        e, j + "$.lines[0].unitPrice: amount = '١٢٫٥٠': " + PLAIN));
    c.add(new Case("order", "amount \"NaN\"", json(orderWith("\"12.50\"", "\"NaN\""), Order.class), e,
        j + "$.lines[0].unitPrice: amount = 'NaN': " + PLAIN));
    c.add(new Case("order", "NaN as a quantity", json(orderWith("\"quantityOrdered\":2", "\"quantityOrdered\":NaN"),
        Order.class), e, j + "$.lines[0].quantityOrdered: malformed JSON at line 1, column 359: Non-standard token"
            + " 'NaN'"));
    c.add(new Case("order", "100,000 lines", json(orderWithLines(repeat("{}", 100_000)), Order.class), e,
        j + "$.lines: an array of more than 1000 elements; at most 1000 are read"));
    c.add(new Case("order", "10,000 street lines", json(orderWith("\"streetLines\":[\"1 Main St\"]",
        "\"streetLines\":[" + repeat("\"1 Main St\"", 10_000) + "]"), Order.class), e,
        j + "$.deliveryAddress.streetLines: an array of more than 1000 elements; at most 1000 are read"));
    c.add(new Case("order", "1,001 valid lines", json(orderWithLines(repeat(LINE, 1_001)), Order.class), e,
        j + "$.lines: an array of more than 1000 elements; at most 1000 are read"));
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 999; i++) {
      lines.add(LINE.replace("\"L1\"", "\"L" + i + "\""));
    }
    lines.add(LINE.replace("\"L1\"", "\"L0\""));
    c.add(new Case("order", "1,000 lines, the last with the first one's id", json(orderWithLines(String.join(",", lines)),
        Order.class), e, j + "$: lines[999].id = 'L0': appears on two lines"));
    c.add(new Case("order", "the most work within the limits: 10 lines, 908 shipments of 10 lines (9,999 array"
        + " elements), refused at the last field", json(heaviest(908), Order.class), e,
        j + "$: version = '-1': must not be negative"));
    c.add(new Case("order", "909 shipments of 10 lines: more than 10,000 array elements", json(heaviest(909),
        Order.class), e, j + "$.shipments[908].lines: the document holds more than 10000 array elements; at most 10000"
            + " are read"));
    c.add(new Case("order", "a duplicate key (\"id\":\"A\",\"id\":\"999-EVIL\")", json(orderWith("{\"id\":\"112-0000000-0000001\"",
        "{\"id\":\"A\",\"id\":\"999-EVIL\""), Order.class), e,
        j + "$.id: malformed JSON at line 1, column 15: Duplicate field 'id'"));
    c.add(new Case("order", "a type id (\"@class\")", json("{\"@class\":\"java.lang.Runtime\"," + ORDER.substring(1),
        Order.class), e, j + "$.@class: unknown property '@class'; known properties are [businessPurchaseOrder, buyer,"
            + " cancellation, cancellationRequests, deliveryAddress, deliveryWindow, earliestShipAt, firstReportedAt,"
            + " fulfilmentChannel, id, invoice, lines, marketplace, marketplaceFlags, merchantOrderId, paymentMethod,"
            + " payments, purchasedAt, refunds, releasedAt, returns, shipBy, shipments, subtypes, upstream, version, viewOnly]"));
    c.add(new Case("order", "a quantity as text (\"2\")", json(orderWith("\"quantityOrdered\":2", "\"quantityOrdered\":\"2\""),
        Order.class), e, j + "$.lines[0].quantityOrdered: Cannot coerce String value (\"2\") to `int` value"));
    c.add(new Case("order", "a fraction for a quantity (2.9)", json(orderWith("\"quantityOrdered\":2",
        "\"quantityOrdered\":2.9"), Order.class), e, j + "$.lines[0].quantityOrdered: '2.9' is not a whole number"));
    c.add(new Case("order", "purchasedAt as a number (1e300)", json(orderWith("\"2026-03-01T09:30:00Z\"", "1e300"),
        Order.class), e, j + "$.purchasedAt: an instant is ISO-8601 text such as \"2026-03-01T09:30:00Z\", not a"
            + " number"));
    c.add(new Case("order", "purchasedAt in the year 1,000,000,000", json(orderWith("\"2026-03-01T09:30:00Z\"",
        "\"+1000000000-12-31T23:59:59Z\""), Order.class), e,
        j + "$.purchasedAt: '+1000000000-12-31T23:59:59Z' is not in the years 1970 to 9999"));
    c.add(new Case("order", "lines as a string", json(orderWith("\"lines\":[" + LINE + "]", "\"lines\":\"L1\""),
        Order.class), e, j + "$.lines: Cannot deserialize value of type `java.util.ArrayList<io.github.orderly.order.OrderLine>`"
            + " from String value (token `JsonToken.VALUE_STRING`)"));
    c.add(new Case("order", "the document null", json("null", Order.class), e,
        j + "$: the document is null, not an Order"));
    c.add(new Case("order", "a null line", json(orderWithLines("null"), Order.class), e,
        j + "$.lines[0]: must not be null"));
    c.add(new Case("order", "a null currency", json(orderWith("\"currency\":\"USD\"", "\"currency\":null"), Order.class),
        e, j + "$.lines[0].unitPrice: currency = null: must not be null"));
    c.add(new Case("order", "an e-mail with NUL and CR LF (header injection)", json(orderWith("\"buyer\":{}",
        "\"buyer\":{\"email\":\"a\\u0000b@x\\r\\nBcc: y\"}"), Order.class), e,
        j + "$.buyer: buyer.email = 'a\u0000b@x\r\nBcc: y': must not contain the control character U+0000 (at index 1)"));
    c.add(new Case("order", "a lone surrogate in the recipient", json(orderWith("\"Jane Doe\"", "\"Jane \\ud800Doe\""),
        Order.class), e, j + "$.deliveryAddress: address.recipient = 'Jane \uD800Doe': must not contain the lone"
            + " surrogate U+D800 (at index 5)"));
    byte[] latin1 = orderWith("Jane Doe", "Zoë Doe").getBytes(StandardCharsets.ISO_8859_1);
    c.add(new Case("order", "invalid UTF-8", bytes(latin1, Order.class), e,
        j + "$: the document is not valid UTF-8: byte " + (ORDER.indexOf("Jane Doe") + 2) + " (0xEB) starts a"
            + " malformed sequence"));
    byte[] utf8 = ORDER.getBytes(StandardCharsets.UTF_8);
    byte[] bom = new byte[utf8.length + 3];
    bom[0] = (byte) 0xEF;
    bom[1] = (byte) 0xBB;
    bom[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom, 3, utf8.length);
    c.add(new Case("order", "a UTF-8 byte-order mark", bytes(bom, Order.class), e,
        j + "$: the document starts with a UTF-8 byte-order mark (EF BB BF); send JSON without one"));
    c.add(new Case("order", "a byte-order mark in text", json("\uFEFF" + ORDER, Order.class), e,
        j + "$: the document starts with a byte-order mark (U+FEFF); send JSON without one"));
    c.add(new Case("order", "REFUNDED with no refund", json(orderWith("\"itemStatus\":\"ORDER_PLACED\","
        + "\"paymentStatus\":\"AUTHORIZED\"", "\"itemStatus\":\"ORDER_PLACED\",\"paymentStatus\":\"REFUNDED\""),
        Order.class), e, j + "$: lines[0].paymentStatus = 'REFUNDED': the buyer is charged when a shipment is confirmed"
            + " (R7), but the order has no shipment"));
  }

  private static void builderCases(List<Case> c) {
    Class<InvalidOrderException> e = InvalidOrderException.class;
    Shipment.Builder atTheEndOfTime = Shipment.builder().trackingId(TrackingId.of("1Z1")).carrier(Carrier.of("UPS"))
        .shippedAt(Instant.MAX).addLine(ShipmentLine.of(LineId.of("L1"), 2));
    c.add(new Case("order", "shippedAt = Instant.MAX", atTheEndOfTime::build, e,
        "shipment[1Z1].shippedAt = '+1000000000-12-31T23:59:59.999999999Z': " + RANGE));
    Shipment early = Shipment.builder().trackingId(TrackingId.of("1Z1")).carrier(Carrier.of("UPS"))
        .shippedAt(PURCHASED.minusSeconds(86_400)).addLine(ShipmentLine.of(LineId.of("L1"), 2)).build();
    Order.Builder shippedEarly = order().lines(List.of(line("L1").quantityShipped(2).itemStatus(ItemStatus.SHIPPED)
        .paymentStatus(PaymentStatus.PAID).build())).addShipment(early);
    c.add(new Case("order", "a shipment before the purchase", shippedEarly::build, e,
        "shipments[0].shippedAt = '2026-02-28T09:30:00Z': must not be before purchasedAt '2026-03-01T09:30:00Z'"));
    Order.Builder refundUncharged = order().addRefund(Refund.builder().id(RefundId.of("R1"))
        .reason(RefundReason.GENERAL_ADJUSTMENT).issuedAt(PURCHASED).addLine(RefundLine.of(LineId.of("L1"),
            Money.of("1.00", "USD"))).build());
    c.add(new Case("order", "a refund on a line never charged", refundUncharged::build, e,
        "lines[0].paymentStatus = 'AUTHORIZED': the line has a refund but was never charged; refund only after the buyer"
            + " was charged, cancel before (R13, R6)"));
    Order.Builder returnedWithoutReturn = order().lines(List.of(line("L1").quantityShipped(2)
        .itemStatus(ItemStatus.RETURNED).paymentStatus(PaymentStatus.PAID).build()))
        .addShipment(Shipment.builder().from(early).shippedAt(PURCHASED).build());
    c.add(new Case("order", "RETURNED with no return", returnedWithoutReturn::build, e,
        "lines[0].itemStatus = 'RETURNED': needs a received return of the line (R20)"));
    Order.Builder requestOnCancelled = order().lines(List.of(line("L1").itemStatus(ItemStatus.UNFULFILLED)
            .paymentStatus(PaymentStatus.NOT_CHARGED).build()))
        .cancellation(Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, PURCHASED))
        .addCancellationRequest(BuyerCancellationRequest.builder().requestedAt(PURCHASED).build());
    c.add(new Case("order", "an open cancellation request on a cancelled order", requestOnCancelled::build, e,
        "cancellationRequests[0] = '2026-03-01T09:30:00Z': a cancelled order has no open cancellation request:"
            + " cancelling answers it (R10)"));
    Order.Builder cancelledEarly = order().lines(List.of(line("L1").itemStatus(ItemStatus.UNFULFILLED)
            .paymentStatus(PaymentStatus.NOT_CHARGED).build()))
        .cancellation(Cancellation.of(CancellationReason.NO_STOCK, Party.SELLER, PURCHASED.minusSeconds(1)));
    c.add(new Case("order", "a cancellation before the purchase", cancelledEarly::build, e,
        "cancellation.at = '2026-03-01T09:29:59Z': must not be before purchasedAt '2026-03-01T09:30:00Z'"));
    OrderLine one = line("L1").build();
    Order.Builder hundredThousand = order().lines(new ArrayList<>(Collections.nCopies(100_000, one)));
    c.add(new Case("order", "100,000 lines through the builder", hundredThousand::build, e,
        "lines = '[OrderLine{id=L1, sku=SKU-1, listingId=B0…]' (100000 elements): must hold at most 1000 entries, not"
            + " 100000"));
    OrderLine.Builder longTitle = line("L1").title("Lorem ipsum dolor sit amet ".repeat(4_000).strip());
    c.add(new Case("order", "a 107,999-character title through the builder", longTitle::build, e,
        "line.title = 'Lorem ipsum dolor sit amet Lorem ipsum d…' (107999 characters): must be at most 500 characters"));
    Class<InvalidMoneyException> m = InvalidMoneyException.class;
    c.add(new Case("money", "Money.of(\"1e10000000\", \"USD\")", () -> Money.of("1e10000000", "USD"), m,
        "amount = '1e10000000': " + PLAIN));
    BigDecimal huge = new BigDecimal("1e10000000");
    c.add(new Case("money", "Money.of(1E+10000000, USD)", () -> Money.of(huge, USD), m,
        "amount = '1E+10000000': " + MAGNITUDE));
    BigDecimal tiny = new BigDecimal("1e-999999999");
    c.add(new Case("money", "Money.of(1E-999999999, USD)", () -> Money.of(tiny, USD), m,
        "amount = '1E-999999999': has 999999999 decimals written; at most 18 are allowed"));
    c.add(new Case("money", "Money.ofMinor(Long.MAX_VALUE, USD)", () -> Money.ofMinor(Long.MAX_VALUE, USD), m,
        "amount = '92233720368547758.07': " + MAGNITUDE));
  }

  /** The type ids Jackson lists for a family, sorted as it lists them. */
  private static String typeIds(Class<?> family) {
    return java.util.Arrays.stream(family.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
        .map(com.fasterxml.jackson.annotation.JsonSubTypes.Type::name).sorted().toList().toString();
  }

  private static void commandCases(List<Case> c) {
    String j = "Invalid JSON at ";
    Class<JsonInputException> e = JsonInputException.class;
    c.add(new Case("command", "an unknown type id (a class name)", json("{\"type\":\"java.lang.ProcessBuilder\","
        + "\"id\":\"c1\"}", Command.class), e, j + "$: Could not resolve type id 'java.lang.ProcessBuilder' as a subtype"
            + " of `io.github.orderly.workflow.Command`: known type ids = " + typeIds(Command.class)));
    c.add(new Case("command", "a duplicate type", json("{\"type\":\"Cancel\",\"type\":\"ConfirmPayment\",\"id\":\"c1\"}",
        Command.class), e, j + "$.type: malformed JSON at line 1, column 24: Duplicate field 'type'"));
    c.add(new Case("command", "no type", json("{\"id\":\"c1\"}", Command.class), e,
        j + "$: Could not resolve subtype of [simple type, class io.github.orderly.workflow.Command]: missing type id"
            + " property 'type'"));
    c.add(new Case("command", "a fraction for a quantity (2.9)", json(shipConfirmation("\"2026-03-02T00:00:00Z\"", "2.9"),
        Command.class), e, j + "$.lines[0].quantity: '2.9' is not a whole number"));
    c.add(new Case("command", "a 10,000-digit quantity", json(shipConfirmation("\"2026-03-02T00:00:00Z\"",
        "9".repeat(10_000)), Command.class), e, j + "$.lines[0].quantity: Number value length (10000) exceeds the"
            + " maximum allowed (64, from `StreamReadConstraints.getMaxNumberLength()`)"));
    c.add(new Case("command", "shippedAt as a number", json(shipConfirmation("1772400000", "1"), Command.class), e,
        j + "$.shippedAt: an instant is ISO-8601 text such as \"2026-03-01T09:30:00Z\", not a number"));
    c.add(new Case("command", "shippedAt in the year 1,000,000,000", json(shipConfirmation(
        "\"+1000000000-12-31T23:59:59Z\"", "1"), Command.class), e,
        j + "$.shippedAt: '+1000000000-12-31T23:59:59Z' is not in the years 1970 to 9999"));
    c.add(new Case("command", "100,000 lines", json("{\"type\":\"PrepareShipment\",\"id\":\"c1\",\"lines\":["
        + repeat("\"L1\"", 100_000) + "]}", Command.class), e,
        j + "$.lines: an array of more than 1000 elements; at most 1000 are read"));
    c.add(new Case("command", "a null line", json("{\"type\":\"PrepareShipment\",\"id\":\"c1\",\"lines\":[\"L1\",null]}",
        Command.class), e, j + "$.lines[1]: must not be null"));
    c.add(new Case("command", "nesting 100,000 deep", json("{\"type\":\"PrepareShipment\",\"id\":\"c1\",\"lines\":"
        + "[".repeat(100_000), Command.class), e, j + "$.lines" + "[0]".repeat(32) + ": Document nesting depth (33)"
            + " exceeds the maximum allowed (32, from `StreamReadConstraints.getMaxNestingDepth()`)"));
    c.add(new Case("query", "includePending as 1", json("{\"includePending\":1}", OrderQuery.class), e,
        j + "$.includePending: '1' is not true or false"));
    c.add(new Case("command", "NaN as a quantity", json(shipConfirmation("\"2026-03-02T00:00:00Z\"", "NaN"),
        Command.class), e, j + "$.lines[0].quantity: malformed JSON at line 1, column 75: Non-standard token 'NaN'"));
    Class<InvalidCommandException> ic = InvalidCommandException.class;
    c.add(new Case("command", "a context in the year 1969", () -> WorkflowContext.of(Instant.parse(
        "1969-12-31T23:59:59Z"), Role.OWNER), ic, "context.instant = '1969-12-31T23:59:59Z': " + RANGE));
    c.add(new Case("command", "a cause at Instant.MAX", () -> new Cause(CommandId.of("c1"), Instant.MAX,
        Actor.of(Role.OWNER)), ic, "cause.at = '" + Instant.MAX + "': " + RANGE));
    c.add(new Case("command", "an upstream report in the year 10000", () -> new RecordUpstreamStatus(
        CommandId.of("c1"), OrderStatus.SHIPPED, Instant.parse("+10000-01-01T00:00:00Z")), ic,
        "recordUpstreamStatus.reportedAt = '+10000-01-01T00:00:00Z': " + RANGE));
    c.add(new Case("command", "a buyer's reason with a NUL", () -> new RequestCancellation(CommandId.of("c1"),
        Optional.of("late\u0000"), List.of()), ic,
        "requestCancellation.reason = 'late\u0000': must not contain the control character U+0000 (at index 4)"));
    byte[] bad = "{\"type\":\"Cancel\",\"id\":\"c1\",\"reason\":\"no-stock\u00ff\",\"actor\":\"SELLER\"}"
        .getBytes(StandardCharsets.ISO_8859_1);
    c.add(new Case("command", "invalid UTF-8", bytes(bad, Command.class), e,
        j + "$: the document is not valid UTF-8: byte 45 (0xFF) starts a malformed sequence"));
  }

  private static void eventCases(List<Case> c) {
    String j = "Invalid JSON at ";
    Class<JsonInputException> e = JsonInputException.class;
    String impossible = orderWith("\"paymentStatus\":\"AUTHORIZED\"", "\"paymentStatus\":\"REFUNDED\"");
    c.add(new Case("event", "OrderPlaced with an impossible order", json("{\"type\":\"OrderPlaced\",\"order\":"
        + impossible + "}", Event.class), e, j + "$.order: lines[0].paymentStatus = 'REFUNDED': the buyer is charged"
            + " when a shipment is confirmed (R7), but the order has no shipment"));
    c.add(new Case("event", "ShipmentConfirmed in the year 1,000,000,000", json("{\"type\":\"ShipmentConfirmed\","
        + "\"commandId\":\"c1\",\"shipment\":{\"trackingId\":\"1Z1\",\"carrier\":\"UPS\",\"shippedAt\":"
        + "\"+1000000000-01-01T00:00:00Z\",\"lines\":[{\"lineId\":\"L1\",\"quantity\":1}]}}", Event.class), e,
        j + "$.shipment.shippedAt: '+1000000000-01-01T00:00:00Z' is not in the years 1970 to 9999"));
    c.add(new Case("event", "an unknown type id", json("{\"type\":\"OrderDeleted\",\"commandId\":\"c1\"}", Event.class),
        e, j + "$: Could not resolve type id 'OrderDeleted' as a subtype of `io.github.orderly.workflow.Event`: known"
            + " type ids = " + typeIds(Event.class)));
    c.add(new Case("event", "a duplicate commandId", json("{\"type\":\"PaymentConfirmed\",\"commandId\":\"c1\","
        + "\"commandId\":\"c2\"}", Event.class), e, j + "$.commandId: malformed JSON at line 1, column 56: Duplicate"
            + " field 'commandId'"));
    c.add(new Case("event", "100,000 statuses", json("{\"type\":\"PaymentConfirmed\",\"commandId\":\"c1\",\"statuses\":["
        + repeat("{}", 100_000) + "]}", Event.class), e,
        j + "$.statuses: an array of more than 1000 elements; at most 1000 are read"));
    c.add(new Case("event", "a byte-order mark", json("\uFEFF{\"type\":\"PaymentConfirmed\",\"commandId\":\"c1\"}",
        Event.class), e, j + "$: the document starts with a byte-order mark (U+FEFF); send JSON without one"));
  }

  private static void queryCases(List<Case> c) {
    String j = "Invalid JSON at ";
    Class<JsonInputException> e = JsonInputException.class;
    c.add(new Case("query", "pageSize 10.9", json("{\"pageSize\":10.9}", OrderQuery.class), e,
        j + "$.pageSize: '10.9' is not a whole number"));
    c.add(new Case("query", "pageSize as text (\"10\")", json("{\"pageSize\":\"10\"}", OrderQuery.class), e,
        j + "$.pageSize: Cannot coerce String value (\"10\") to `int` value"));
    c.add(new Case("query", "pageSize 0", json("{\"pageSize\":0}", OrderQuery.class), e,
        j + "$: pageSize = '0': must be between 1 and 1000"));
    c.add(new Case("query", "dateFrom as a number (1e300)", json("{\"dateFrom\":1e300}", OrderQuery.class), e,
        j + "$.dateFrom: an instant is ISO-8601 text such as \"2026-03-01T09:30:00Z\", not a number"));
    c.add(new Case("query", "dateFrom in the year 1,000,000,000", json("{\"dateFrom\":\"+1000000000-12-31T23:59:59Z\"}",
        OrderQuery.class), e, j + "$.dateFrom: '+1000000000-12-31T23:59:59Z' is not in the years 1970 to 9999"));
    c.add(new Case("query", "a duplicate key", json("{\"search\":\"112\",\"search\":\"999\"}", OrderQuery.class), e,
        j + "$.search: malformed JSON at line 1, column 25: Duplicate field 'search'"));
    c.add(new Case("query", "10,000 item statuses", json("{\"itemStatuses\":[" + repeat("\"SHIPPED\"", 10_000) + "]}",
        OrderQuery.class), e, j + "$.itemStatuses: an array of more than 1000 elements; at most 1000 are read"));
    c.add(new Case("query", "a null item status", json("{\"itemStatuses\":[\"SHIPPED\",null]}", OrderQuery.class), e,
        j + "$.itemStatuses[1]: must not be null"));
    c.add(new Case("query", "a search with NUL", json("{\"search\":\"112\\u0000\"}", OrderQuery.class), e,
        j + "$: search = '112\u0000': must not contain the control character U+0000 (at index 3)"));
    c.add(new Case("query", "a 50 MB search", json("{\"search\":\"" + "1".repeat(50_000_000) + "\"}", OrderQuery.class),
        e, j + "$: the document is 50000013 characters long; at most 1000000 are read"));
    c.add(new Case("query", "includePending as text", json("{\"includePending\":\"true\"}", OrderQuery.class), e,
        j + "$.includePending: Cannot coerce String value (\"true\") to `boolean` value"));
    c.add(new Case("query", "nesting 100,000 objects deep", json("{\"search\":" + "{\"a\":".repeat(100_000),
        OrderQuery.class), e, j + "$.search" + ".a".repeat(31) + ": Document nesting depth (33) exceeds the maximum"
            + " allowed (32, from `StreamReadConstraints.getMaxNestingDepth()`)"));
  }

  private static void cursorCases(List<Case> c) {
    Class<InvalidQueryException> q = InvalidQueryException.class;
    String notOurs = "; take cursors from Page.nextCursor() unchanged";
    String huge = cursor("c1\nAMOUNT_HIGHEST_FIRST\nUSD\n1E+999999999\n1");
    c.add(new Case("cursor", "amount 1E+999999999 (" + huge.length() + " characters)", () -> PageCursor.of(huge), q,
        "cursor = '" + huge.substring(0, 40) + "…' (" + huge.length() + " characters): is not a page cursor made by this"
            + " library (the amount is not a plain decimal of at most 22 digits)" + notOurs));
    c.add(new Case("cursor", "amount 1E+999999999 through a query", json("{\"sort\":\"AMOUNT_HIGHEST_FIRST\",\"cursor\":\""
        + huge + "\"}", OrderQuery.class), JsonInputException.class, "Invalid JSON at $.cursor: cursor = '"
            + huge.substring(0, 40) + "…' (" + huge.length() + " characters): is not a page cursor made by this library"
            + " (the amount is not a plain decimal of at most 22 digits)" + notOurs));
    String far = cursor("c1\nNEWEST_FIRST\n+1000000000-12-31T23:59:59Z\n1");
    c.add(new Case("cursor", "an order date in the year 1,000,000,000", () -> PageCursor.of(far), q,
        "cursor = '" + far.substring(0, 40) + "…' (" + far.length() + " characters): is not a page cursor made by this"
            + " library (order date +1000000000-12-31T23:59:59Z is not in the years 1970 to 9999)" + notOurs));
    String fifty = "A".repeat(50_000_000);
    c.add(new Case("cursor", "a 50 MB cursor", () -> PageCursor.of(fifty), q,
        "cursor = '" + "A".repeat(40) + "…' (50000000 characters): is not a page cursor made by this library (longer"
            + " than 1024 characters)" + notOurs));
    c.add(new Case("cursor", "not Base64", () -> PageCursor.of("not a cursor!"), q,
        "cursor = 'not a cursor!': is not a page cursor made by this library (not URL-safe Base64)" + notOurs));
    String wrongUtf8 = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[] {'c', '1', '\n', (byte) 0xFF});
    c.add(new Case("cursor", "invalid UTF-8 inside", () -> PageCursor.of(wrongUtf8), q,
        "cursor = '" + wrongUtf8 + "': is not a page cursor made by this library (unknown format)" + notOurs));
  }

  private static void policyCases(List<Case> c) {
    Class<InvalidPolicyException> p = InvalidPolicyException.class;
    DeadlinePolicy.Builder days = DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralUs())
        .confirmWithinDays(Integer.MAX_VALUE);
    c.add(new Case("policy", "confirmWithinDays = Integer.MAX_VALUE", days::build, p,
        "confirmWithinDays = '2147483647': must be at most 3660 days"));
    DeadlinePolicy.Builder edit = DeadlinePolicy.builder().from(DeadlinePolicies.sellerCentralUs())
        .buyerEditWindow(Duration.ofSeconds(Long.MAX_VALUE));
    c.add(new Case("policy", "a buyer edit window of Long.MAX_VALUE seconds", edit::build, p,
        "buyerEditWindow = 'PT2562047788015215H30M7S': must be at most 3660 days"));
    List<LocalDate> holidays = new ArrayList<>();
    for (int i = 0; i < 100_000; i++) {
      holidays.add(LocalDate.of(2000, 1, 1).plusDays(i));
    }
    c.add(new Case("policy", "a calendar of 100,000 holidays", () -> HolidayCalendar.of(holidays), p,
        "holidays = '[2000-01-01, 2000-01-02, 2000-01-03, 2000…]' (100000 elements): must hold at most 2000 dates, not"
            + " 100000"));
  }

  // ---- running and measuring -----------------------------------------------------------------------------

  @TestFactory
  Stream<DynamicTest> everyCaseIsRefusedExactlyWithinItsBounds() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.target() + ": " + c.name(), () -> measure(c)));
  }

  private static void measure(Case c) {
    check(c, attempt(c));
    long bestCpu = Long.MAX_VALUE;
    long bestWall = Long.MAX_VALUE;
    long bestBytes = Long.MAX_VALUE;
    // A round warms the path as a server's would be (a few more runs, at most a second's worth), then measures.
    // On a busy machine the JIT may still be compiling the heaviest paths after one round: a case over its
    // bounds gets up to two more rounds, each warming again; the best of all rounds is compared.
    for (int round = 0; round < ROUNDS && (bestCpu >= MAX_NANOS || bestWall >= MAX_WALL_NANOS); round++) {
      long warmUntil = System.nanoTime() + 1_000_000_000L;
      for (int run = 0; run < WARM_UP_RUNS && System.nanoTime() < warmUntil; run++) {
        attempt(c);
      }
      for (int run = 0; run < MEASURED_RUNS; run++) {
        long bytes = counter(ALLOCATED);
        long cpu = counter(CPU);
        long start = System.nanoTime();
        Throwable refusal = attempt(c);
        long wall = System.nanoTime() - start;
        cpu = counter(CPU) - cpu;
        bytes = counter(ALLOCATED) - bytes;
        check(c, refusal);
        bestCpu = Math.min(bestCpu, cpu);
        bestWall = Math.min(bestWall, wall);
        bestBytes = Math.min(bestBytes, bytes);
      }
    }
    FIGURES.add(String.format(Locale.ROOT, "| %s | %s | %,.3f | %,.3f | %,.1f |", c.target(),
        c.name().replace("|", "\\|"), bestCpu / 1e6, bestWall / 1e6, bestBytes / 1024.0));
    assertThat(bestCpu).as("%s: CPU nanoseconds", c.name()).isLessThan(MAX_NANOS);
    assertThat(bestWall).as("%s: wall-clock nanoseconds, however busy the machine", c.name()).isLessThan(MAX_WALL_NANOS);
    assertThat(bestBytes).as("%s: bytes allocated", c.name()).isLessThan(MAX_BYTES);
  }

  private static Throwable attempt(Case c) {
    try {
      Object accepted = c.attempt().call();
      return fail("%s was accepted: %s", c.name(), accepted);
    } catch (Exception | StackOverflowError | OutOfMemoryError e) {
      return e;
    }
  }

  private static void check(Case c, Throwable refusal) {
    assertThat(refusal).as(c.name()).isInstanceOf(c.type()).hasMessage(c.message());
  }

  /**
   * One of this thread's counters (CPU nanoseconds, allocated bytes) from the JVM's thread management
   * bean, reached by reflection so that the module under test needs no {@code requires} for it.
   */
  private static long counter(Method counter) {
    try {
      return (long) counter.invoke(THREADS);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + counter.getName(), e);
    }
  }

  private static final Object THREADS;
  private static final Method ALLOCATED;
  private static final Method CPU;

  static {
    try {
      THREADS = Class.forName("java.lang.management.ManagementFactory").getMethod("getThreadMXBean").invoke(null);
      ALLOCATED = Class.forName("com.sun.management.ThreadMXBean").getMethod("getCurrentThreadAllocatedBytes");
      CPU = Class.forName("java.lang.management.ThreadMXBean").getMethod("getCurrentThreadCpuTime");
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  @AfterAll
  static void writeFigures() throws java.io.IOException {
    List<String> rows = new ArrayList<>();
    rows.add("| target | hostile input | CPU (ms) | wall clock (ms) | allocated (KiB) |");
    rows.add("|---|---|---:|---:|---:|");
    synchronized (FIGURES) {
      rows.addAll(FIGURES);
    }
    Path out = Path.of("target", "hostile-input.md");
    Files.createDirectories(out.getParent());
    Files.write(out, rows, StandardCharsets.UTF_8);
  }
}
