package io.github.orderly.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Objects;

/**
 * JSON for every Orderly model, command, event and query.
 *
 * <p>{@link #mapper()} returns a new, fully configured Jackson {@link ObjectMapper}. Its JSON is the
 * JSON of {@link OrderlyModule}, which a host registers in its own mapper to write and read exactly the
 * same text:
 * <ul>
 *   <li>instants as ISO-8601 text ({@code "2026-03-01T09:30:00Z"}), never as numbers;
 *   <li>{@link java.util.Optional} fields omitted when empty and read as empty when absent;
 *   <li>money amounts as exact decimal strings;
 *   <li>only explicitly annotated properties are read and written: no getter is picked up by accident.
 * </ul>
 * and {@link #configure(ObjectMapper)} adds the mapper-wide rules a module cannot set:
 * <ul>
 *   <li>unknown properties are <b>rejected</b>, so that a misspelt field is an error and not a silently
 *       lost value; a host that must accept newer documents can configure its own copy with
 *       {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} turned off;
 *   <li>trailing tokens after the document, {@code null} for a primitive and numbers for enums are
 *       rejected; floating-point numbers are read as {@link java.math.BigDecimal};
 *   <li>no default typing: a document can only become the type the caller names;
 *   <li>read limits: strings up to {@value #MAX_STRING_LENGTH} characters, nesting up to
 *       {@value #MAX_NESTING_DEPTH} levels, numbers up to {@value #MAX_NUMBER_LENGTH} digits.
 * </ul>
 *
 * <p>{@link #read(String, Class)} and {@link #write(Object)} wrap the mapper for the common case and turn
 * every failure into a {@link JsonInputException} whose message names the JSON path.
 *
 * <p>Not instantiable; its static methods are thread-safe.
 */
public final class OrderlyJson {
  /** The longest string value read, in characters. */
  public static final int MAX_STRING_LENGTH = 100_000;
  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest number read, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;

  private static final ObjectMapper SHARED = mapper();

  private OrderlyJson() {}

  /**
   * Returns a new mapper configured as this class describes: {@link #configure(ObjectMapper)} applied
   * to a new {@link JsonMapper}. Each call returns a new instance that the caller may configure further
   * without affecting others.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    return configure(new JsonMapper());
  }

  /**
   * Gives a host's mapper Orderly's JSON and Orderly's reading rules: registers {@link OrderlyModule}
   * and sets the features and read limits this class lists. Unlike the module, the features and limits
   * apply to every type the mapper reads, the host's own included. Call it before the mapper is first
   * used: Jackson caches what it has already worked out.
   *
   * @param mapper the host's mapper, changed in place
   * @return the same mapper
   */
  public static ObjectMapper configure(ObjectMapper mapper) {
    Objects.requireNonNull(mapper, "mapper");
    mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .build());
    return mapper.registerModule(new OrderlyModule())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
            DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
            DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
  }

  /**
   * Reads one value of the given type.
   *
   * @param json the JSON text
   * @param type the type to read, such as {@code Order.class}
   * @param <T> the type
   * @return the value
   * @throws JsonInputException if the text is not a valid document of that type, naming the path
   */
  public static <T> T read(String json, Class<T> type) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(type, "type");
    try {
      return SHARED.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw explain(e);
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
    String path = "$";
    if (e instanceof JsonMappingException) {
      path = path(((JsonMappingException) e).getPath());
    } else if (e.getLocation() != null) {
      return new JsonInputException(path, "malformed JSON at line " + e.getLocation().getLineNr()
          + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage(), e);
    }
    return new JsonInputException(path, problem(e), e);
  }

  private static String problem(JsonProcessingException e) {
    if (e instanceof UnrecognizedPropertyException) {
      UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
      return "unknown property '" + u.getPropertyName() + "'; known properties are "
          + u.getKnownPropertyIds();
    }
    if (e instanceof InvalidFormatException) {
      InvalidFormatException f = (InvalidFormatException) e;
      Class<?> target = f.getTargetType();
      if (target != null && target.isEnum()) {
        return "'" + f.getValue() + "' is not one of " + List.of(target.getEnumConstants());
      }
      return "'" + f.getValue() + "' is not a valid "
          + (target == null ? "value" : target.getSimpleName());
    }
    Throwable cause = e.getCause();
    if (e instanceof ValueInstantiationException && cause != null) {
      String message = cause.getMessage();
      if (cause instanceof IllegalStateException && message != null
          && message.contains("required attributes are not set")) {
        return "missing required field(s) " + message.substring(message.indexOf('['));
      }
      return message;
    }
    if (e instanceof MismatchedInputException && cause == null) {
      return e.getOriginalMessage();
    }
    if (cause instanceof IllegalArgumentException || cause instanceof NullPointerException) {
      return cause.getMessage();
    }
    return e.getOriginalMessage();
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
}
