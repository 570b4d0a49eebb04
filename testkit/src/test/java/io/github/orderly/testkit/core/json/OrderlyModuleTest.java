package io.github.orderly.testkit.core.json;

import static io.github.orderly.testkit.core.json.HostMappers.assertHostsWriteAndReadAsOrderly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.orderly.json.JsonInputException;
import io.github.orderly.json.OrderlyJson;
import io.github.orderly.json.OrderlyModule;
import io.github.orderly.order.Order;
import io.github.orderly.testkit.OrderGenerator;
import io.github.orderly.testkit.Property;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderlyModule} gives a host's own mapper Orderly's JSON (the workflow's commands and events,
 * and queries, are checked in their packages with {@link HostMappers}); {@link OrderlyJson#configure}
 * adds the reading rules a module cannot set.
 */
class OrderlyModuleTest {
  private static final Order ORDER = OrderGenerator.standard().next(new SplittableRandom(13));

  @Test
  @DisplayName("R22 R23 R24 R40: a host's mapper with OrderlyModule writes every generated order byte for byte as"
      + " OrderlyJson does and reads it back equal")
  void hostMappersWriteEveryOrderAsOrderlyJsonDoes() {
    Property.named("a host's mapper with OrderlyModule writes every generated order as OrderlyJson does and"
            + " reads it back equal")
        .check(OrderGenerator.standard(), order -> assertHostsWriteAndReadAsOrderly(order, Order.class));
  }

  @Test
  @DisplayName("Orderly's JSON: instants as ISO-8601 text, empty optionals left out, no derived getter written")
  void orderlyJsonHasItsDocumentedShape() {
    String json = OrderlyJson.write(ORDER);
    assertThat(json).contains("\"purchasedAt\":\"" + ORDER.purchasedAt() + "\"")
        .doesNotContain("null")
        .doesNotContain("\"status\"")
        .doesNotContain("\"total\"")
        .doesNotContain("\"shipmentLate\"");
  }

  @Test
  @DisplayName("Without OrderlyModule a host's mapper, even with Jackson's time and JDK 8 modules, writes other JSON")
  void withoutTheModuleAHostWritesOtherJson() throws JsonProcessingException {
    ObjectMapper host = new ObjectMapper().registerModule(new JavaTimeModule()).registerModule(new Jdk8Module());
    assertThat(host.writeValueAsString(ORDER)).isNotEqualTo(OrderlyJson.write(ORDER))
        .doesNotContain("\"purchasedAt\":\"" + ORDER.purchasedAt() + "\"");
  }

  @Test
  @DisplayName("Jackson's service loading finds OrderlyModule, and registering it twice registers it once")
  void findAndAddModulesFindsTheModule() {
    assertThat(ObjectMapper.findModules()).anyMatch(OrderlyModule.class::isInstance);
    ObjectMapper twice = new ObjectMapper().findAndRegisterModules().registerModule(new OrderlyModule());
    assertThat(twice.getRegisteredModuleIds()).containsOnlyOnce(OrderlyModule.class.getName());
  }

  @Test
  @DisplayName("The module shapes Orderly's types only: a host's own instants and optionals keep the host's settings")
  void hostTypesKeepTheHostsSettings() throws JsonProcessingException {
    ObjectMapper host = new ObjectMapper().registerModule(new OrderlyModule());
    Map<String, Object> hosts = new TreeMap<>(Map.of("at", Instant.parse("2026-03-01T09:30:00Z"), "note", Optional.empty()));
    assertThat(host.writeValueAsString(hosts)).isEqualTo("{\"at\":1772357400.000000000,\"note\":null}");
    assertThat(host.writeValueAsString(ORDER)).contains("\"purchasedAt\":\"" + ORDER.purchasedAt() + "\"");
  }

  @Test
  @DisplayName("Trailing tokens: the module alone leaves them to the host's mapper; configure rejects them, as"
      + " OrderlyJson does")
  void configureAddsTheRulesAModuleCannotSet() {
    String json = OrderlyJson.write(ORDER) + " {}";
    ObjectMapper moduleAlone = new ObjectMapper().registerModule(new OrderlyModule());
    ObjectMapper configured = OrderlyJson.configure(new ObjectMapper());
    assertThat(readQuietly(moduleAlone, json)).isEqualTo(ORDER);
    assertThatThrownBy(() -> configured.readValue(json, Order.class))
        .isInstanceOf(MismatchedInputException.class)
        .hasMessageContaining("Trailing token");
    assertThatThrownBy(() -> OrderlyJson.read(json, Order.class))
        .isInstanceOf(JsonInputException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  @DisplayName("Read limits: configure gives a host's mapper OrderlyJson's longest string")
  void configureAppliesTheReadLimits() {
    String json = "{\"id\":\"" + "1".repeat(OrderlyJson.MAX_STRING_LENGTH + 1) + "\"}";
    assertThatThrownBy(() -> OrderlyJson.configure(new ObjectMapper()).readValue(json, Order.class))
        .hasCauseInstanceOf(StreamConstraintsException.class)
        .rootCause().hasMessageContaining("String value length (" + (OrderlyJson.MAX_STRING_LENGTH + 1));
  }

  @Test
  @DisplayName("OrderlyJson.mapper() is OrderlyJson.configure applied to a new mapper: the same text")
  void mapperIsConfigureOfANewMapper() throws JsonProcessingException {
    assertThat(OrderlyJson.configure(new ObjectMapper()).writeValueAsString(ORDER))
        .isEqualTo(OrderlyJson.mapper().writeValueAsString(ORDER))
        .isEqualTo(OrderlyJson.write(ORDER));
  }

  private static Order readQuietly(ObjectMapper mapper, String json) {
    try {
      return mapper.readValue(json, Order.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
