package io.github.orderly.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;

/**
 * The Jackson {@link Module} that makes a host's own {@link ObjectMapper} write Orderly's values exactly
 * as {@link OrderlyJson} writes them, byte for byte, and read that JSON back into equal values.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new OrderlyModule());
 * // or, since the module is a service that Jackson finds on the class path and the module path:
 * ObjectMapper found = new ObjectMapper().findAndRegisterModules();
 * JsonMapper built = JsonMapper.builder().findAndAddModules().build();
 * }</pre>
 *
 * <p>What it sets, for Orderly's types only (classes in {@code io.github.orderly} packages), so that the
 * host's own types keep the host's settings:
 * <ul>
 *   <li>instants and other {@code java.time} values as ISO-8601 text, whatever the host's
 *       {@code SerializationFeature.WRITE_DATES_AS_TIMESTAMPS};
 *   <li>empty {@link java.util.Optional} fields left out ({@code JsonInclude.Include.NON_ABSENT});
 *   <li>only the explicitly annotated properties, never a getter, setter or field picked up by
 *       auto-detection.
 * </ul>
 * It also registers Jackson's {@link JavaTimeModule} and {@link Jdk8Module}, which Orderly's values need
 * (Jackson registers each module once, so a host that registers them too loses nothing).
 *
 * <p>What a module cannot set: a module changes how types are written and read, not the mapper's own
 * features and limits, which apply to every type the mapper reads. {@link OrderlyJson}'s mapper also
 * rejects unknown properties (Jackson's default, which a host may have turned off), trailing tokens,
 * {@code null} for a primitive and numbers for enums, reads floating-point numbers as
 * {@link java.math.BigDecimal}, and limits what it reads (see {@link OrderlyJson#MAX_STRING_LENGTH} and
 * the other limits). A host that wants those on its own mapper calls
 * {@link OrderlyJson#configure(ObjectMapper)}, which registers this module too; a host that keeps its
 * own reading rules registers the module alone. Either way, host-wide output settings such as
 * indentation also apply to Orderly's values.
 *
 * <p>Instances are immutable and thread-safe; one may be registered with any number of mappers.
 */
public final class OrderlyModule extends Module {
  private static final Version VERSION = VersionUtil.parseVersion(
      OrderlyModule.class.getPackage().getImplementationVersion(), "io.github.orderly", "orderly-core");

  /** Creates the module. Jackson's service loading calls this constructor too. */
  public OrderlyModule() {}

  /** Returns {@code "io.github.orderly"}. */
  @Override
  public String getModuleName() {
    return "io.github.orderly";
  }

  /** Returns the version of {@code orderly-core}, or an unknown version when it runs from classes. */
  @Override
  public Version version() {
    return VERSION;
  }

  /** Returns Jackson's Java time and JDK 8 modules, which a mapper registers before this one. */
  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new JavaTimeModule(), new Jdk8Module());
  }

  /**
   * Adds Orderly's rules for its own types to the mapper being set up.
   *
   * @param context the mapper's set-up context
   */
  @Override
  public void setupModule(SetupContext context) {
    context.insertAnnotationIntrospector(new OrderlyIntrospector(VERSION));
  }
}
