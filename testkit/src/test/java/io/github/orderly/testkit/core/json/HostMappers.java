package io.github.orderly.testkit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.json.OrderlyModule;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The mappers a host would make for itself: a plain {@code new ObjectMapper()} with {@link OrderlyModule}
 * registered by hand, and two that find their modules through Jackson's service loading. Shared by the
 * tests that prove a host's mapper writes and reads Orderly's JSON (orders here, queries and the
 * workflow's commands and events in their own packages).
 */
public final class HostMappers {
  private static final Map<String, ObjectMapper> MAPPERS = Map.of(
      "new ObjectMapper().registerModule(new OrderlyModule())", new ObjectMapper().registerModule(new OrderlyModule()),
      "new ObjectMapper().findAndRegisterModules()", new ObjectMapper().findAndRegisterModules(),
      "JsonMapper.builder().findAndAddModules().build()", JsonMapper.builder().findAndAddModules().build());

  private HostMappers() {}

  /**
   * Asserts that each host mapper writes the value as exactly the text {@link OrderlyJson#write} writes,
   * and reads that text back as an equal value.
   *
   * @param value the value
   * @param type the type to read it back as, such as {@code Event.class}
   * @param <T> the type
   */
  public static <T> void assertHostsWriteAndReadAsOrderly(T value, Class<T> type) {
    String orderly = OrderlyJson.write(value);
    MAPPERS.forEach((name, mapper) -> {
      try {
        assertThat(mapper.writeValueAsString(value)).as(name).isEqualTo(orderly);
        assertThat(mapper.readValue(orderly, type)).as(name).isEqualTo(value);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(name + ": " + e.getMessage(), e);
      }
    });
  }
}
