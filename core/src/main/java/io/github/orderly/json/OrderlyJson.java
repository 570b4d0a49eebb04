package io.github.orderly.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Objects;

/**
 * JSON for every Orderly model, command, event and query.
 *
 * <p>{@link #mapper()} returns a new, fully configured Jackson {@link ObjectMapper}:
 * <ul>
 *   <li>instants as ISO-8601 text ({@code "2026-03-01T09:30:00Z"}), never as numbers;
 *   <li>{@link java.util.Optional} fields omitted when empty and read as empty when absent;
 *   <li>money amounts as exact decimal strings; floats read as {@link java.math.BigDecimal};
 *   <li>no default typing: a document can only become the type the caller names;
 *   <li>unknown properties are <b>rejected</b>, so that a misspelt field is an error and not a silently
 *       lost value; a host that must accept newer documents can configure its own copy with
 *       {@code DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES} turned off;
 *   <li>read limits: strings up to {@value #MAX_STRING_LENGTH} characters, nesting up to
 *       {@value #MAX_NESTING_DEPTH} levels, numbers up to {@value #MAX_NUMBER_LENGTH} digits;
 *   <li>only explicitly annotated properties are read and written: no getter is picked up by accident.
 * </ul>
 *
 * <p>{@link #read(String, Class)} and {@link #write(Object)} wrap the mapper for the common case and turn
 * every failure into a {@link JsonInputException} whose message names the JSON path.
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
   * Returns a new mapper configured as this class describes. Each call returns a new instance that the
   * caller may configure further without affecting others.
   *
   * @return the mapper
   */
  public static ObjectMapper mapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .addModule(new Jdk8Module())
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(MapperFeature.AUTO_DETECT_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
        .disable(MapperFeature.AUTO_DETECT_FIELDS)
        .disable(MapperFeature.AUTO_DETECT_SETTERS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
        .build();
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
