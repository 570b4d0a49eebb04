package io.github.orderly.amazon;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.github.orderly.InvalidValueException;
import io.github.orderly.money.Money;
import io.github.orderly.order.FulfilmentChannel;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The marketplace's All Orders report ({@code GET_FLAT_FILE_ALL_ORDERS_DATA_BY_ORDER_DATE_GENERAL}, and
 * its twin by last update): one tab-delimited row per order item, unquoted, a header row first.
 *
 * <p>{@link #read(Reader, Consumer)} reads it into {@link AllOrdersRow}s, one at a time, with Jackson's CSV
 * parser set to the report's format (tab separator, no quote character: a {@code "} in a product name is
 * text). Columns are found by their header, in any order. Required columns: {@code amazon-order-id},
 * {@code purchase-date}, {@code last-updated-date}, {@code order-status}, {@code fulfillment-channel},
 * {@code sku}, {@code item-status}, {@code quantity}. The documented columns {@code order-channel} and
 * {@code url} (Checkout by Amazon) are read past; a column the report does not document fails, unless the
 * tolerant overload reports it instead. Values are checked: dates are ISO-8601 with an offset
 * ({@code 2026-03-01T09:30:00+00:00}), amounts are at the {@code currency} column's scale, the channel is
 * {@code Amazon} or {@code Merchant} ({@code AFN} or {@code MFN} in older files), flags are {@code true} or
 * {@code false}. Every failure is an {@link AmazonReportException} naming the line and column.
 *
 * <p>{@link #COLUMNS}, {@link #formatDate(Instant)} and {@link #channel(FulfilmentChannel)} give the
 * report's columns and formats, for writing it. Thread-safe: the class holds no state.
 */
public final class AllOrdersReport {
  /** The report's columns, in the marketplace's order. */
  public static final List<String> COLUMNS = List.of(
      "amazon-order-id", "merchant-order-id", "purchase-date", "last-updated-date", "order-status",
      "fulfillment-channel", "sales-channel", "order-channel", "url", "ship-service-level", "product-name", "sku",
      "asin", "item-status", "quantity", "currency", "item-price", "item-tax", "shipping-price", "shipping-tax",
      "gift-wrap-price", "gift-wrap-tax", "item-promotion-discount", "ship-promotion-discount", "ship-city",
      "ship-state", "ship-postal-code", "ship-country", "promotion-ids", "is-business-order",
      "purchase-order-number", "price-designation", "is-iba");

  /** The documented columns read past, each with the reason. */
  static final Map<String, String> IGNORED_COLUMNS = Map.of(
      "order-channel", "the sub-channel of Checkout by Amazon orders; sales-channel names the channel",
      "url", "the web address of a Checkout by Amazon order");

  private static final Set<String> REQUIRED = Set.of("amazon-order-id", "purchase-date", "last-updated-date",
      "order-status", "fulfillment-channel", "sku", "item-status", "quantity");
  /** The report's {@code fulfillment-channel} values, and the older files' {@code AFN} and {@code MFN}. */
  private static final Map<String, Channel> CHANNELS = Map.of("Amazon", Channel.AMAZON, "AFN", Channel.AMAZON,
      "Merchant", Channel.MERCHANT, "MFN", Channel.MERCHANT);
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
  private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
  private static final CsvSchema TAB = CsvSchema.emptySchema().withColumnSeparator('\t').withoutQuoteChar()
      .withoutEscapeChar();

  private AllOrdersReport() {}

  /**
   * The report's fulfilment channel values.
   *
   * <p>Immutable and thread-safe.
   */
  public enum Channel {
    /** Fulfilled by the marketplace ({@code Amazon}; {@code AFN} in older files). */
    AMAZON("Amazon", FulfilmentChannel.MARKETPLACE),
    /** Fulfilled by the seller ({@code Merchant}; {@code MFN} in older files). */
    MERCHANT("Merchant", FulfilmentChannel.SELLER);

    private final String text;
    private final FulfilmentChannel channel;

    Channel(String text, FulfilmentChannel channel) {
      this.text = text;
      this.channel = channel;
    }

    /** Returns the value as the report writes it, {@code Amazon} or {@code Merchant}. */
    public String text() {
      return text;
    }

    /** Returns Orderly's fulfilment channel. */
    public FulfilmentChannel toFulfilmentChannel() {
      return channel;
    }
  }

  /**
   * Returns an instant as the report writes dates: {@code 2026-03-01T09:30:00+00:00}, in UTC, whole seconds.
   *
   * @param instant the instant, in the years 1970 to 9999
   * @return the text
   * @throws AmazonPayloadException if the instant is outside those years
   */
  public static String formatDate(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    io.github.orderly.Limits.checkInstant("instant", instant, AmazonPayloadException::atField);
    return DATE.format(instant.atOffset(ZoneOffset.UTC));
  }

  /**
   * Returns the report's value for a fulfilment channel.
   *
   * @param channel Orderly's channel
   * @return {@code Amazon} or {@code Merchant}
   */
  public static String channel(FulfilmentChannel channel) {
    return switch (Objects.requireNonNull(channel, "channel")) {
      case MARKETPLACE -> Channel.AMAZON.text();
      case SELLER -> Channel.MERCHANT.text();
    };
  }

  /**
   * Reads a report, rejecting columns it does not document.
   *
   * @param in the report's text; the caller opens and closes it, with the report's charset
   * @param rows receives each row, in the report's order
   * @throws AmazonReportException naming the line and column of the first problem
   * @throws UncheckedIOException if reading fails
   */
  public static void read(Reader in, Consumer<AllOrdersRow> rows) {
    read(in, rows, null);
  }

  /**
   * Reads a report, reporting instead of rejecting columns it does not document.
   *
   * @param in the report's text; the caller opens and closes it, with the report's charset
   * @param rows receives each row, in the report's order
   * @param unknownColumns receives the header of each column the report does not document
   * @throws AmazonReportException naming the line and column of the first problem
   * @throws UncheckedIOException if reading fails
   */
  public static void read(Reader in, Consumer<AllOrdersRow> rows, Consumer<String> unknownColumns) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(rows, "rows");
    try (MappingIterator<String[]> it = CSV.readerFor(String[].class).with(TAB).readValues(in)) {
      if (!it.hasNextValue()) {
        throw new AmazonReportException(1, null, null, "the report is empty: it needs a header row");
      }
      Map<String, Integer> header = header(it.nextValue(), unknownColumns);
      long line = 1;
      while (it.hasNextValue()) {
        String[] fields = it.nextValue();
        line++;
        if (fields.length != header.size() && !(fields.length == 1 && fields[0].isEmpty())) {
          throw new AmazonReportException(line, null, fields.length + " fields",
              "must have one field per column of the header (" + header.size() + ")");
        }
        if (fields.length == 1 && fields[0].isEmpty() && header.size() > 1) {
          throw new AmazonReportException(line, null, "", "is an empty line inside the report");
        }
        rows.accept(new Row(line, header, fields).toRow());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the All Orders report", e);
    }
  }

  /**
   * Reads a whole report into a list, rejecting columns it does not document.
   *
   * @param in the report's text
   * @return the rows, in the report's order
   * @throws AmazonReportException naming the line and column of the first problem
   */
  public static List<AllOrdersRow> readAll(Reader in) {
    List<AllOrdersRow> rows = new ArrayList<>();
    read(in, rows::add);
    return List.copyOf(rows);
  }

  private static Map<String, Integer> header(String[] names, Consumer<String> unknownColumns) {
    Map<String, Integer> header = new HashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = i == 0 && names[i].startsWith("\uFEFF") ? names[i].substring(1) : names[i];
      if (header.put(name, i) != null) {
        throw new AmazonReportException(1, name, name, "appears twice in the header");
      }
      if (!COLUMNS.contains(name)) {
        if (unknownColumns == null) {
          throw new AmazonReportException(1, name, name, "is not a column of the All Orders report "
              + "this module reads; read with the overload that reports unknown columns to skip it");
        }
        unknownColumns.accept(name);
      }
    }
    for (String required : COLUMNS) {
      if (REQUIRED.contains(required) && !header.containsKey(required)) {
        throw new AmazonReportException(1, required, null, "the header lacks this required column");
      }
    }
    return header;
  }

  /** One line's fields, read by column name. */
  private static final class Row {
    private final long line;
    private final Map<String, Integer> header;
    private final String[] fields;

    Row(long line, Map<String, Integer> header, String[] fields) {
      this.line = line;
      this.header = header;
      this.fields = fields;
    }

    AllOrdersRow toRow() {
      Optional<Currency> currency = optional("currency").map(code -> {
        try {
          return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
          throw fail("currency", code, "is not an ISO 4217 currency code");
        }
      });
      return new AllOrdersRow(line, required("amazon-order-id"), optional("merchant-order-id"),
          date("purchase-date"), date("last-updated-date"), required("order-status"), channel(),
          optional("sales-channel"), optional("ship-service-level"), optional("product-name"), required("sku"),
          optional("asin"), required("item-status"), quantity(), currency,
          money("item-price", currency), money("item-tax", currency), money("shipping-price", currency),
          money("shipping-tax", currency), money("gift-wrap-price", currency), money("gift-wrap-tax", currency),
          money("item-promotion-discount", currency), money("ship-promotion-discount", currency),
          optional("ship-city"), optional("ship-state"), optional("ship-postal-code"), optional("ship-country"),
          promotionIds(), flag("is-business-order"), optional("purchase-order-number"),
          optional("price-designation"), flag("is-iba"));
    }

    private Optional<String> optional(String column) {
      Integer i = header.get(column);
      return i == null || fields[i].isEmpty() ? Optional.empty() : Optional.of(fields[i]);
    }

    private String required(String column) {
      return optional(column).orElseThrow(() -> fail(column, "", "is required"));
    }

    private Instant date(String column) {
      String text = required(column);
      try {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeException e) {
        throw fail(column, text, "is not a date-time with an offset, such as 2026-03-01T09:30:00+00:00");
      }
    }

    private Channel channel() {
      String text = required("fulfillment-channel");
      Channel channel = CHANNELS.get(text);
      if (channel == null) {
        throw fail("fulfillment-channel", text, "is not one of [Amazon, Merchant] (or AFN, MFN)");
      }
      return channel;
    }

    private int quantity() {
      String text = required("quantity");
      try {
        int quantity = Integer.parseInt(text);
        if (quantity < 0) {
          throw fail("quantity", text, "must not be negative");
        }
        return quantity;
      } catch (NumberFormatException e) {
        throw fail("quantity", text, "is not a whole number");
      }
    }

    private Optional<Money> money(String column, Optional<Currency> currency) {
      Optional<String> text = optional(column);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      if (currency.isEmpty()) {
        throw fail(column, text.get(), "has no currency: the currency column is empty");
      }
      try {
        return Optional.of(Money.of(new java.math.BigDecimal(text.get()), currency.get()));
      } catch (NumberFormatException e) {
        throw fail(column, text.get(), "is not a decimal number");
      } catch (InvalidValueException e) {
        throw fail(column, text.get(), e.problem());
      }
    }

    private Optional<Boolean> flag(String column) {
      return optional(column).map(text -> switch (text) {
        case "true" -> Boolean.TRUE;
        case "false" -> Boolean.FALSE;
        default -> throw fail(column, text, "must be true or false");
      });
    }

    private List<String> promotionIds() {
      return optional("promotion-ids")
          .map(text -> Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
          .orElse(List.of());
    }

    private AmazonReportException fail(String column, String value, String problem) {
      return new AmazonReportException(line, column, value, problem);
    }
  }
}
