package io.github.orderly.json;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.github.orderly.Limits;
import io.github.orderly.order.StringValue;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON for every Orderly model, command, event and query.
 *
 * <p>{@link #mapper()} returns a new, fully configured Jackson {@link ObjectMapper}. Its JSON for Orderly's
 * types is the JSON of {@link OrderlyModule}, which a host registers in its own mapper to write and read
 * exactly the same text (instants as ISO-8601 text, empty optionals left out, annotated properties only);
 * {@link #configure(ObjectMapper)} gives a host's mapper the reading rules below as well. The mapper reads
 * exactly:
 * <ul>
 *   <li>instants only as ISO-8601 text ({@code "2026-03-01T09:30:00Z"}) in the years 1970 to 9999
 *       ({@link Limits#EARLIEST_INSTANT}, {@link Limits#LATEST_INSTANT}), never as numbers;
 *   <li>whole numbers only where whole numbers are meant: {@code 2.9}, {@code 2.0}, {@code 1e3} or
 *       {@code "2"} for a quantity or a page size is an error, never truncated or converted;
 *   <li>text only as JSON strings, booleans only as {@code true} and {@code false}: no number becomes a
 *       string, no string or number a boolean;
 *   <li>money amounts as exact decimal strings (written so) or JSON numbers, both read exactly
 *       ({@link io.github.orderly.money.Money}); {@code NaN} and {@code Infinity} are not JSON;
 *   <li>a key twice in one object is an error, never "the last one wins";
 *   <li>{@code null} as an element of a list or set is an error naming its index; {@code null} for a
 *       field is refused by the field's own type (a required field is reported missing), except for an
 *       optional field, where it means absent; empty {@link java.util.Optional} fields are left out when
 *       written;
 *   <li>no default typing: a document can only become the type the caller names; a command's or event's
 *       {@code "type"} is one of its family's names;
 *   <li>unknown properties are <b>rejected</b>, so that a misspelt field is an error and not a silently
 *       lost value; a host that must accept newer documents can configure its own copy with
 *       {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} turned off;
 *   <li>read limits, checked while the text is parsed: documents up to {@value #MAX_DOCUMENT_LENGTH}
 *       characters, strings up to {@value #MAX_STRING_LENGTH} characters, property names up to
 *       {@value #MAX_NAME_LENGTH}, nesting up to {@value #MAX_NESTING_DEPTH} levels, numbers up to
 *       {@value #MAX_NUMBER_LENGTH} characters;
 *   <li>only explicitly annotated properties are read and written: no getter is picked up by accident.
 * </ul>
 *
 * <p>{@link #read(String, Class)} and {@link #read(byte[], Class)} wrap the mapper for the common case and
 * add what a mapper cannot check: the document is not {@code null}, has no byte-order mark, is valid
 * UTF-8 (bytes), no array holds more than {@value #MAX_ARRAY_LENGTH} elements and all arrays together no
 * more than {@value #MAX_ELEMENTS}. The last two are checked in one streaming pass before any value is
 * built, so an oversized list costs no more than reading up to the limit. Every failure becomes a
 * {@link JsonInputException} whose message names the JSON path ({@code Invalid JSON at $.lines[0].itemStatus: ...}). The limits of the values
 * themselves (lines per order, text lengths, amounts) are those of {@link Limits}.
 *
 * <p>Not instantiable; the methods are thread-safe.
 */
public final class OrderlyJson {
  /**
   * The longest document read, in characters (or bytes for {@link #read(byte[], Class)}): a 1,000-line order
   * with its shipments takes about half of it.
   */
  public static final int MAX_DOCUMENT_LENGTH = 1_000_000;
  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 10_000;
  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 200;
  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 32;
  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /**
   * The most elements of one array that {@link #read} reads: the largest list limit of
   * {@link Limits} ({@link Limits#MAX_LINES}).
   */
  public static final int MAX_ARRAY_LENGTH = Limits.MAX_LINES;
  /**
   * The most array elements of one document that {@link #read} reads, all arrays together: enough for an
   * order of 1,000 lines each shipped, refunded and returned, and what bounds the work of reading any
   * document to a few tens of milliseconds. An order near all of its limits at once can be built but not
   * read through {@link #read}; a host that stores such orders reads them with its own copy of
   * {@link #mapper()}.
   */
  public static final int MAX_ELEMENTS = 10_000;

  /** Jackson's advice on its own settings, which a sender of JSON cannot act on. */
  private static final Pattern JACKSON_ADVICE = Pattern.compile(
      " \\(but (could|might) if coercion (was enabled )?using `CoercionConfig`( was enabled)?\\)"
          + "|: enable `JsonReadFeature\\.[A-Z_]+` to allow");
  /** The value as the document wrote it, in Jackson's "Cannot coerce ... value (1e1) to `int`". */
  private static final Pattern WRITTEN_VALUE = Pattern.compile("value \\((.*)\\) to `");
  /** A number or boolean where a text value (an id, a code) was expected. */
  private static final Pattern NOT_TEXT = Pattern.compile("deserialize from (Number|Boolean) value \\((.*)\\)");
  private static final ObjectMapper SHARED = mapper();

  private OrderlyJson() {}

  /**
   * Returns a new mapper configured as this class describes. Each call returns a new instance that the
   * caller may configure further without affecting others.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return configure(new JsonMapper());
  }

  /**
   * Gives a host's mapper Orderly's JSON and Orderly's reading rules: registers {@link OrderlyModule} and
   * sets the read limits, the duplicate-key check, the features and the coercion rules this class lists,
   * and reads instants only as ISO-8601 text in range. Unlike the module's, these rules apply to every
   * type the mapper reads, the host's own included. Call it before the mapper is first used: Jackson caches
   * what it has already worked out.
   *
   * @param mapper the host's mapper, changed in place
   * @return the same mapper
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxDocumentLength(MAX_DOCUMENT_LENGTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNameLength(MAX_NAME_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build());
    mapper.getFactory().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    mapper.registerModule(new OrderlyModule())
        .registerModule(new SimpleModule("OrderlyExactInstants").addDeserializer(Instant.class, new InstantText()))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    mapper.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
    mapper.coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Integer)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Float)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail);
    mapper.coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Reads one value of the given type.
   *
   * @param json the JSON text, at most {@value #MAX_DOCUMENT_LENGTH} characters
   * @param type the type to read, such as {@code Order.class}
   * @param <T> the type
   * @return the value, never null
   * @throws JsonInputException if the text is not a valid document of that type, naming the path
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json.length() > MAX_DOCUMENT_LENGTH) {
      throw new JsonInputException("$", "the document is " + json.length() + " characters long; at most "
          + MAX_DOCUMENT_LENGTH + " are read", null);
    }
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw new JsonInputException("$", "the document starts with a byte-order mark (U+FEFF); send JSON"
          + " without one", null);
    }
    T value;
    try {
      scan(json);
      value = SHARED.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw explain(e);
    }
    if (value == null) {
      throw new JsonInputException("$", "the document is null, not " + article(type.getSimpleName()) + " "
          + type.getSimpleName(), null);
    }
    return value;
  }

  /**
   * Reads one value of the given type from UTF-8 bytes, as a request body or a database column holds it.
   *
   * @param json the JSON document in UTF-8, at most {@value #MAX_DOCUMENT_LENGTH} bytes, without a
   *     byte-order mark
   * @param type the type to read, such as {@code Order.class}
   * @param <T> the type
   * @return the value, never null
   * @throws JsonInputException if the bytes are not UTF-8 (naming the offset of the first bad byte) or not
   *     a valid document of that type, naming the path
   */
  public static <T> T read(byte[] json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    if (json.length > MAX_DOCUMENT_LENGTH) {
      throw new JsonInputException("$", "the document is " + json.length + " bytes long; at most "
          + MAX_DOCUMENT_LENGTH + " are read", null);
    }
    if (json.length >= 3 && (json[0] & 0xFF) == 0xEF && (json[1] & 0xFF) == 0xBB && (json[2] & 0xFF) == 0xBF) {
      throw new JsonInputException("$", "the document starts with a UTF-8 byte-order mark (EF BB BF); send"
          + " JSON without one", null);
    }
    return read(decodeUtf8(json), type);
  }

  /** Decodes strictly: a malformed or unmappable sequence is an error naming its offset. */
  private static String decodeUtf8(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      int offset = in.position();
      throw new JsonInputException("$", "the document is not valid UTF-8: byte " + offset + " (0x"
          + String.format(java.util.Locale.ROOT, "%02X", bytes[offset] & 0xFF) + ") starts a malformed sequence",
          null);
    }
    result = decoder.flush(out);
    if (result.isError()) {
      throw new JsonInputException("$", "the document is not valid UTF-8: it ends inside a character", null);
    }
    return out.flip().toString();
  }

  /**
   * One streaming pass over the document before any value is built: arrays longer than
   * {@value #MAX_ARRAY_LENGTH} elements, duplicate keys, nesting, and string and number lengths fail
   * here, at the cost of the text read so far.
   */
  private static void scan(String json) throws JsonProcessingException {
    try (JsonParser p = SHARED.getFactory().createParser(json)) {
      try {
        int elements = 0;
        JsonToken token;
        while ((token = p.nextToken()) != null) {
          if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
            continue;
          }
          if (token == JsonToken.VALUE_STRING) {
            p.getTextLength();
          }
          JsonStreamContext context = token.isStructStart() ? p.getParsingContext().getParent()
              : p.getParsingContext();
          if (context.inArray()) {
            if (context.getCurrentIndex() >= MAX_ARRAY_LENGTH) {
              throw new JsonInputException(path(context.getParent()), "an array of more than " + MAX_ARRAY_LENGTH
                  + " elements; at most " + MAX_ARRAY_LENGTH + " are read", null);
            }
            if (++elements > MAX_ELEMENTS) {
              throw new JsonInputException(path(context.getParent()), "the document holds more than "
                  + MAX_ELEMENTS + " array elements; at most " + MAX_ELEMENTS + " are read", null);
            }
          }
        }
      } catch (StreamConstraintsException e) {
        // A limit of the parser: its message says which; the parser knows where.
        throw new JsonInputException(path(p.getParsingContext()), e.getOriginalMessage(), e);
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading a String cannot fail with " + e, e);
    }
  }

  /**
   * Writes a value as compact JSON.
   *
   * @param value an Orderly model, command, event or query
   * @return the JSON text
   * @throws IllegalArgumentException if the value cannot be written
   */
  public static String write(Object value) {
    Objects.requireNonNull(value, "value");
    try {
      return SHARED.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName()
          + " as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Turns a Jackson failure into a {@link JsonInputException} that names the JSON path and the problem
   * in words a person can act on.
   *
   * @param e the failure
   * @return the exception to throw
   */
  public static JsonInputException explain(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping) {
      return new JsonInputException(path(mapping.getPath()), problem(e), e);
    }
    String path = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "$";
    if (e.getLocation() != null && !(e instanceof StreamConstraintsException)) {
      return new JsonInputException(path, "malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": "
          + JACKSON_ADVICE.matcher(e.getOriginalMessage()).replaceAll(""), e);
    }
    return new JsonInputException(path, e.getOriginalMessage(), e);
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException u) {
      List<String> known = new ArrayList<>();
      for (Object id : u.getKnownPropertyIds()) {
        known.add(String.valueOf(id));
      }
      Collections.sort(known);
      return "unknown property '" + u.getPropertyName() + "'; known properties are " + known;
    }
    if (e instanceof InvalidNullException) {
      return "must not be null";
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      Matcher written = WRITTEN_VALUE.matcher(f.getOriginalMessage());
      String value = written.find() ? written.group(1) : String.valueOf(f.getValue());
      if (target != null && target.isEnum()) {
        return "'" + f.getValue() + "' is not one of " + List.of(target.getEnumConstants());
      }
      if (target == int.class || target == Integer.class || target == long.class || target == Long.class) {
        return "'" + value + "' is not a whole number";
      }
      if (target == boolean.class || target == Boolean.class) {
        return "'" + value + "' is not true or false";
      }
      if (target == String.class) {
        return "'" + value + "' is not text; write it as a JSON string";
      }
      return "'" + f.getValue() + "' is not a valid "
          + (target == null ? "value" : target.getSimpleName());
    }
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause != null) {
      return cause.getMessage();
    }
    if (e instanceof MismatchedInputException m && cause == null && m.getTargetType() != null
        && StringValue.class.isAssignableFrom(m.getTargetType())) {
      Matcher notText = NOT_TEXT.matcher(m.getOriginalMessage());
      if (notText.find()) {
        return "'" + notText.group(2) + "' is not text; write it as a JSON string";
      }
    }
    if (e instanceof MismatchedInputException && cause == null) {
      return JACKSON_ADVICE.matcher(e.getOriginalMessage()).replaceAll("");
    }
    if (cause instanceof NullPointerException && cause.getMessage() != null
        && cause.getMessage().matches("[A-Za-z.]+")) {
      return "'" + cause.getMessage() + "' must not be null";
    }
    if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
      return cause.getMessage();
    }
    return JACKSON_ADVICE.matcher(e.getOriginalMessage()).replaceAll("");
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder sb = new StringBuilder("$");
    for (JsonMappingException.Reference ref : references) {
      if (ref.getIndex() >= 0) {
        sb.append('[').append(ref.getIndex()).append(']');
      } else if (ref.getFieldName() != null) {
        sb.append('.').append(ref.getFieldName());
      }
    }
    return sb.toString();
  }

  /** The path of a place in the token stream, such as {@code $.lines[2].title}. */
  private static String path(JsonStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.inObject() && c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  private static String article(String noun) {
    return "AEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  /**
   * Instants as ISO-8601 text in the range of {@link Limits}, nothing else: no epoch numbers, no year
   * beyond 9999.
   */
  private static final class InstantText extends StdScalarDeserializer<Instant> {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LENGTH = 40;

    InstantText() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext context) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_STRING)) {
        throw MismatchedInputException.from(p, Instant.class, "an instant is ISO-8601 text such as"
            + " \"2026-03-01T09:30:00Z\", not " + describe(p.currentToken()));
      }
      String text = p.getText();
      if (text.length() > MAX_LENGTH) {
        throw MismatchedInputException.from(p, Instant.class, "'" + text.substring(0, MAX_LENGTH) + "…' ("
            + text.length() + " characters) is not an ISO-8601 instant such as 2026-03-01T09:30:00Z");
      }
      Instant instant = canonical(text);
      try {
        if (instant == null) {
          instant = DateTimeFormatter.ISO_INSTANT.parse(text, Instant::from);
        }
      } catch (DateTimeParseException e) {
        throw MismatchedInputException.from(p, Instant.class, "'" + text + "' is not an ISO-8601 instant such"
            + " as 2026-03-01T09:30:00Z");
      }
      if (!Limits.isInRange(instant)) {
        throw MismatchedInputException.from(p, Instant.class, "'" + text + "' is not in the years 1970 to 9999");
      }
      return instant;
    }

    /**
     * Reads the text when it has the form {@link Instant#toString} writes, which is how every instant is
     * written: {@code yyyy-MM-ddTHH:mm:ssZ} with no fraction or one of 1 to 9 digits, a valid date and a
     * time of day before 24:00 without a leap second; returns null for any other text, which
     * {@link DateTimeFormatter#ISO_INSTANT} then reads (or refuses) as before. For the text it reads, the
     * instant is the one the formatter reads, without the formatter's general parse (the most frequent
     * work of reading an order, some of whose instants are in every line).
     */
    private static Instant canonical(String t) {
      int n = t.length();
      if (n < 20 || n == 21 || n > 30 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T'
          || t.charAt(13) != ':' || t.charAt(16) != ':' || t.charAt(n - 1) != 'Z' || n > 20 && t.charAt(19) != '.') {
        return null;
      }
      int year = digits(t, 0, 4);
      int month = digits(t, 5, 2);
      int day = digits(t, 8, 2);
      int hour = digits(t, 11, 2);
      int minute = digits(t, 14, 2);
      int second = digits(t, 17, 2);
      int fraction = n > 20 ? digits(t, 20, n - 21) : 0;
      if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
          || second < 0 || second > 59 || fraction < 0 || day > YearMonth.of(year, month).lengthOfMonth()) {
        return null;
      }
      for (int i = n - 21; i > 0 && i < 9; i++) {
        fraction *= 10;
      }
      long seconds = LocalDate.of(year, month, day).toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
      return Instant.ofEpochSecond(seconds, fraction);
    }

    /** The value of {@code count} (at most 9) ASCII digits from {@code from}, or -1 if one is not a digit. */
    private static int digits(String t, int from, int count) {
      int value = 0;
      for (int i = from; i < from + count; i++) {
        char c = t.charAt(i);
        if (c < '0' || c > '9') {
          return -1;
        }
        value = value * 10 + (c - '0');
      }
      return value;
    }

    private static String describe(JsonToken token) {
      return switch (token) {
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
        case VALUE_TRUE, VALUE_FALSE -> "a boolean";
        case START_OBJECT -> "an object";
        case START_ARRAY -> "an array";
        default -> String.valueOf(token);
      };
    }
  }
}
