package io.github.orderly.amazon;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.orderly.InvalidValueException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.money.Money;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Jackson set-up for the marketplace's JSON: one mapper per API version (the two spell money
 * differently), the deserializers that read money and timestamps exactly, the handler that skips the
 * documented fields this module does not use ({@link IgnoredFields}), the tolerant read that reports unknown
 * ones, and the translation of Jackson's failures into {@link AmazonPayloadException}s naming the JSON path.
 */
final class AmazonJson {
  /** The attribute of a read that names the document, such as {@code getOrder}. */
  static final String DOCUMENT = "orderly.amazon.document";

  /** The two spellings of money: {@code {"CurrencyCode","Amount"}} (v0) and {@code {"currencyCode","amount"}} (2026-01-01). */
  enum Dialect {
    V0("CurrencyCode", "Amount"),
    V2026("currencyCode", "amount");

    final String currencyKey;
    final String amountKey;

    Dialect(String currencyKey, String amountKey) {
      this.currencyKey = currencyKey;
      this.amountKey = amountKey;
    }
  }

  private AmazonJson() {}

  /**
   * Returns a mapper for one dialect. It skips the documented fields of {@link IgnoredFields} and fails on
   * any other unknown field; {@link #readTolerating} turns those failures into reports.
   *
   * @param dialect how money is spelt
   */
  static ObjectMapper mapper(Dialect dialect) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(OrderlyJson.MAX_STRING_LENGTH)
            .maxNestingDepth(OrderlyJson.MAX_NESTING_DEPTH)
            .maxNumberLength(OrderlyJson.MAX_NUMBER_LENGTH)
            .build())
        .build();
    SimpleModule module = new SimpleModule("orderly-amazon-" + dialect);
    module.addDeserializer(Money.class, new MoneyDeserializer(dialect));
    module.addDeserializer(Instant.class, new InstantDeserializer());
    module.addSerializer(Instant.class, new InstantSerializer());
    module.addSerializer(Money.class, new MoneySerializer(dialect));
    return JsonMapper.builder(factory)
        .addModule(new Jdk8Module())
        .addModule(module)
        .addHandler(new DocumentedButUnused())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.AUTO_DETECT_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .disable(MapperFeature.AUTO_DETECT_SETTERS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT,
            JsonInclude.Include.NON_ABSENT))
        .build();
  }

  /**
   * Reads one document, turning every failure into an {@link AmazonPayloadException} that names it.
   *
   * @param mapper the dialect's mapper
   * @param document the document's name, such as {@code getOrder}
   * @param json the text
   * @param type what to read
   */
  static <T> T read(ObjectMapper mapper, String document, String json, Class<T> type) {
    try {
      return mapper.readerFor(type).withAttribute(DOCUMENT, document).readValue(json);
    } catch (JsonProcessingException e) {
      throw explain(document, e);
    }
  }

  /** Turns a Jackson failure into the project's form: document, JSON path, value, problem. */
  static AmazonPayloadException explain(String document, JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof com.fasterxml.jackson.core.JsonParseException parse) {
        String where = parse.getLocation() == null ? ""
            : " at line " + parse.getLocation().getLineNr() + ", column " + parse.getLocation().getColumnNr();
        return new AmazonPayloadException(document, "$", null, "malformed JSON" + where + ": "
            + firstLine(parse.getOriginalMessage()));
      }
    }
    if (!(e instanceof JsonMappingException mapping)) {
      return new AmazonPayloadException(document, "$", null, "malformed JSON: " + firstLine(e.getOriginalMessage()));
    }
    String path = path(mapping.getPath());
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof AmazonPayloadException inner) {
        String at = inner.path().isEmpty() ? path : path + "." + inner.path();
        return new AmazonPayloadException(document, at, inner.value(), inner.problem());
      }
    }
    if (e instanceof UnrecognizedPropertyException u) {
      return new AmazonPayloadException(document, path, null, "unknown property '" + u.getPropertyName()
          + "': not a field of the API version this module reads; read with AmazonReader.tolerant(..) to "
          + "skip and report such fields");
    }
    if (e instanceof InvalidFormatException f) {
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        return new AmazonPayloadException(document, path, f.getValue(), "is not one of " + wireNames(target));
      }
      return new AmazonPayloadException(document, path, f.getValue(), "is not a valid "
          + (target == null ? "value" : target.getSimpleName()));
    }
    if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
        && e.getOriginalMessage().startsWith("Unexpected end-of-input")) {
      String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr();
      return new AmazonPayloadException(document, "$", null, "malformed JSON: the document ends early" + where);
    }
    if (e instanceof MismatchedInputException) {
      return new AmazonPayloadException(document, path, null, firstLine(e.getOriginalMessage()));
    }
    Throwable cause = e.getCause();
    return new AmazonPayloadException(document, path, null,
        firstLine(cause != null && cause.getMessage() != null ? cause.getMessage() : e.getOriginalMessage()));
  }

  /** Returns the names an enum is spelt with in JSON: its {@code @JsonProperty} values. */
  static List<String> wireNames(Class<?> enumType) {
    List<String> names = new ArrayList<>();
    for (Object constant : enumType.getEnumConstants()) {
      String name = ((Enum<?>) constant).name();
      try {
        JsonProperty p = enumType.getField(name).getAnnotation(JsonProperty.class);
        names.add(p == null ? name : p.value());
      } catch (NoSuchFieldException impossible) {
        names.add(name);
      }
    }
    return names;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "is not valid";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
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

  /** Skips the documented fields this module does not map; leaves the others to fail. */
  private static final class DocumentedButUnused extends DeserializationProblemHandler {
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p,
        JsonDeserializer<?> deserializer, Object beanOrClass, String propertyName) throws IOException {
      Class<?> type = beanOrClass instanceof Class<?> c ? c : beanOrClass.getClass();
      if (IgnoredFields.isIgnored(type, propertyName)) {
        p.skipChildren();
        return true;
      }
      return false;
    }
  }

  /**
   * Reads a document, skipping the fields the API does not document and reporting each one: each unknown
   * field found is removed from the document's tree and the read repeated. Jackson reports an unknown field
   * with its exact path (its parser contexts would not: records buffer unknown fields until their creator
   * ran), so the path reported is exact.
   *
   * @param mapper the dialect's mapper
   * @param document the document's name
   * @param tree the document, read as a tree; changed by the removals
   * @param type what to read
   * @param unknown receives {@code document + " " + path} of each unknown field
   */
  static <T> T readTolerating(ObjectMapper mapper, String document, JsonNode tree, JavaType type,
      Consumer<String> unknown) throws IOException {
    while (true) {
      try {
        return mapper.readerFor(type).withAttribute(DOCUMENT, document).readValue(tree);
      } catch (UnrecognizedPropertyException e) {
        if (!remove(tree, e.getPath())) {
          throw e;
        }
        unknown.accept(document + " " + path(e.getPath()));
      }
    }
  }

  /** Removes the field a path ends with from the tree; false when the path does not lead to it. */
  private static boolean remove(JsonNode root, List<JsonMappingException.Reference> path) {
    if (path.isEmpty()) {
      return false;
    }
    JsonNode node = root;
    for (int i = 0; i < path.size() - 1 && node != null; i++) {
      JsonMappingException.Reference ref = path.get(i);
      node = ref.getIndex() >= 0 ? node.get(ref.getIndex()) : node.get(ref.getFieldName());
    }
    String field = path.get(path.size() - 1).getFieldName();
    return node instanceof ObjectNode object && field != null && object.remove(field) != null;
  }

  /** Reads the API's money object exactly: both fields required, the amount a decimal string at the currency's scale. */
  private static final class MoneyDeserializer extends StdDeserializer<Money> {
    private static final long serialVersionUID = 1L;
    private final Dialect dialect;

    MoneyDeserializer(Dialect dialect) {
      super(Money.class);
      this.dialect = dialect;
    }

    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.isExpectedStartObjectToken()) {
        throw AmazonPayloadException.atField("", p.getText(), "must be a money object with "
            + dialect.currencyKey + " and " + dialect.amountKey);
      }
      String currency = null;
      String amount = null;
      for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
        JsonToken value = p.nextToken();
        if (name.equals(dialect.currencyKey)) {
          currency = string(p, value, name);
        } else if (name.equals(dialect.amountKey)) {
          amount = string(p, value, name);
        } else {
          ctxt.handleUnknownProperty(p, this, Money.class, name);
        }
      }
      Check.required(dialect.currencyKey, currency);
      Check.required(dialect.amountKey, amount);
      try {
        return Money.of(amount, currency);
      } catch (InvalidValueException e) {
        String field = "currency".equals(e.field()) ? dialect.currencyKey : dialect.amountKey;
        throw AmazonPayloadException.atField(field, field.equals(dialect.amountKey) ? amount : currency,
            e.problem());
      }
    }

    private static String string(JsonParser p, JsonToken token, String field) throws IOException {
      if (token != JsonToken.VALUE_STRING) {
        throw AmazonPayloadException.atField(field, p.getText(), "must be a string, as the API documents");
      }
      return p.getText();
    }
  }

  /** Reads an ISO-8601 date-time with an offset ({@code Z} or {@code +hh:mm}); nothing else. */
  private static final class InstantDeserializer extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        throw AmazonPayloadException.atField("", p.getText(), "must be an ISO-8601 date-time string");
      }
      return instant(p.getText());
    }
  }

  /** Parses an ISO-8601 date-time with an offset, or fails naming the text. */
  static Instant instant(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeException e) {
      throw AmazonPayloadException.atField("", text,
          "is not an ISO-8601 date-time with an offset, such as 2026-03-01T09:30:00Z");
    }
  }

  /** Writes an instant as {@code 2026-03-01T09:30:00Z}. */
  private static final class InstantSerializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    InstantSerializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(DateTimeFormatter.ISO_INSTANT.format(value));
    }
  }

  /** Writes money in the dialect's spelling, the amount as a decimal string at the currency's scale. */
  private static final class MoneySerializer extends StdSerializer<Money> {
    private static final long serialVersionUID = 1L;
    private final Dialect dialect;

    MoneySerializer(Dialect dialect) {
      super(Money.class);
      this.dialect = dialect;
    }

    @Override
    public void serialize(Money value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeStartObject();
      gen.writeStringField(dialect.currencyKey, value.currency().getCurrencyCode());
      gen.writeStringField(dialect.amountKey, value.amount().toPlainString());
      gen.writeEndObject();
    }
  }
}
