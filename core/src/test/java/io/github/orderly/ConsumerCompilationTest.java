package io.github.orderly;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer compiles against Orderly without adding anything: javac, with {@code -Xlint:all -Werror},
 * compiles a class that names every public type of every exported package, with Orderly's runtime
 * dependencies on its path and not the Immutables annotations jar (Orderly needs it only to compile).
 *
 * <p>javac reads the class files of every type named, annotations included, so a class-retention
 * annotation with an element value whose class is missing fails here ("Cannot find annotation method"),
 * whichever type carries it. The consumer projects under {@code examples/src/it} prove the same against
 * the artifacts Maven installs; this test covers every type, new ones included.
 */
class ConsumerCompilationTest {
  private static final Path CLASSES = Path.of("target", "classes").toAbsolutePath();

  private static List<String> dependencies;
  private static Set<String> publicTypes;

  @BeforeAll
  static void findTypesAndDependencies() throws IOException {
    dependencies = Stream.of(System.getProperty("java.class.path", ""), System.getProperty("jdk.module.path", ""))
        .flatMap(path -> Stream.of(path.split(File.pathSeparator)))
        .filter(entry -> entry.endsWith(".jar") && !entry.contains("immutables"))
        .distinct()
        .collect(Collectors.toList());
    ModuleDescriptor core = ModuleFinder.of(CLASSES).findAll().iterator().next().descriptor();
    Set<String> exported = core.exports().stream()
        .filter(e -> !e.isQualified())
        .map(ModuleDescriptor.Exports::source)
        .collect(Collectors.toSet());
    publicTypes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(CLASSES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
        String name = CLASSES.relativize(file).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
        int dot = name.lastIndexOf('.');
        if (dot > 0 && exported.contains(name.substring(0, dot))) {
          canonicalNameIfPublic(name).ifPresent(publicTypes::add);
        }
      }
    }
  }

  private static java.util.Optional<String> canonicalNameIfPublic(String binaryName) {
    Class<?> type;
    try {
      type = Class.forName(binaryName, false, ConsumerCompilationTest.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(binaryName + " is in target/classes but cannot be loaded", e);
    }
    for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass() || t.isSynthetic()) {
        return java.util.Optional.empty();
      }
    }
    return java.util.Optional.ofNullable(type.getCanonicalName());
  }

  @Test
  @DisplayName("A class-path consumer compiles a reference to every exported public type with -Xlint:all -Werror,"
      + " without the Immutables annotations")
  void classPathConsumerCompilesCleanly(@TempDir Path dir) throws IOException {
    Path touch = writeTouch(dir);
    List<String> classPath = new ArrayList<>(dependencies);
    classPath.add(0, CLASSES.toString());
    assertJavacCompilesCleanly("--release", "17", "-proc:none", "-Xlint:all", "-Werror", "-d", dir.resolve("out").toString(),
        "--class-path", String.join(File.pathSeparator, classPath), touch.toString());
  }

  @Test
  @DisplayName("A module-path consumer that requires io.github.orderly.core compiles a reference to every exported"
      + " public type with -Xlint:all -Werror, without the Immutables annotations")
  void modulePathConsumerCompilesCleanly(@TempDir Path dir) throws IOException {
    Path touch = writeTouch(dir);
    Path moduleInfo = Files.writeString(dir.resolve("module-info.java"),
        "module consumer {\n  requires io.github.orderly.core;\n}\n", StandardCharsets.UTF_8);
    List<String> modulePath = new ArrayList<>(dependencies);
    modulePath.add(0, CLASSES.toString());
    assertJavacCompilesCleanly("--release", "17", "-proc:none", "-Xlint:all", "-Werror", "-d", dir.resolve("out").toString(),
        "--module-path", String.join(File.pathSeparator, modulePath), moduleInfo.toString(), touch.toString());
  }

  @Test
  @DisplayName("The consumer names the public types of every exported package, builders and commands included")
  void theConsumerNamesEveryKindOfPublicType() {
    assertThat(publicTypes).contains("io.github.orderly.order.ShipmentLine", "io.github.orderly.order.Order.Builder",
        "io.github.orderly.json.OrderlyModule", "io.github.orderly.InvalidValueException");
    assertThat(publicTypes).noneMatch(name -> name.contains(".internal.") || name.contains(".Immutable"));
  }

  private static Path writeTouch(Path dir) throws IOException {
    Path source = dir.resolve("consumer").resolve("Touch.java");
    Files.createDirectories(source.getParent());
    String types = publicTypes.stream().map(name -> "    " + name + ".class").collect(Collectors.joining(",\n"));
    return Files.writeString(source, "package consumer;\n\n/** Names every public type. */\n"
        + "final class Touch {\n  static final Class<?>[] TYPES = {\n" + types + "\n  };\n\n  private Touch() {}\n}\n",
        StandardCharsets.UTF_8);
  }

  private static void assertJavacCompilesCleanly(String... args) {
    ToolProvider javac = ToolProvider.findFirst("javac").orElseThrow();
    StringWriter output = new StringWriter();
    PrintWriter out = new PrintWriter(output);
    int status = javac.run(out, out, args);
    out.flush();
    assertThat(output.toString()).as("javac's diagnostics").isEmpty();
    assertThat(status).as("javac's exit status").isZero();
  }
}
