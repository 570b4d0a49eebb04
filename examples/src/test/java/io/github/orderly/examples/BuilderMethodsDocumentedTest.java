package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every public builder's methods are documented where its users read them: on the public builder's Javadoc
 * page, each with its signature and a sentence.
 *
 * <p>A method the public builder declares is documented in the builder's own source. A method it inherits
 * from the builder Immutables generates is documented by the generated comment, and javadoc shows it on the
 * public builder's page only because the generated builder is package-private: javadoc lists the members of
 * a package-private superclass as the subclass's own, but only the names of a public one it does not
 * document. So the test fails when a builder method has no comment, and when a generated builder becomes
 * public again.
 */
@DisplayName("Every public builder method is documented on the builder's own Javadoc page")
class BuilderMethodsDocumentedTest {
  private static final Map<String, String> DIRECTORY = Map.of("io.github.orderly.core", "core",
      "io.github.orderly.testkit", "testkit", "io.github.orderly.csv", "csv-export",
      "io.github.orderly.amazon", "amazon", "io.github.orderly.postgres", "postgres");

  private final Map<Path, List<String>> sources = new HashMap<>();

  @Test
  void everyPublicBuilderMethodHasACommentOnThePublicBuildersPage() throws IOException {
    List<Class<?>> types = ApiContractTest.publicTypes();
    List<String> undocumented = new ArrayList<>();
    int builders = 0;
    int methods = 0;
    for (Class<?> builder : types) {
      if (!builder.getSimpleName().endsWith("Builder") || !hasBuild(builder)) {
        continue;
      }
      builders++;
      for (Method m : builder.getMethods()) {
        if (m.getDeclaringClass() == Object.class || m.isSynthetic() || m.isBridge()
            || Modifier.isStatic(m.getModifiers())) {
          continue;
        }
        methods++;
        Class<?> declaring = m.getDeclaringClass();
        if (Modifier.isPublic(declaring.getModifiers()) && !types.contains(declaring)) {
          undocumented.add(describe(m) + ": declared in " + declaring.getName()
              + ", public but not documented, so javadoc shows only its name");
          continue;
        }
        if (!documented(builder, m)) {
          undocumented.add(describe(m) + ": no Javadoc comment in " + declaring.getName());
        }
      }
    }
    assertThat(builders).isGreaterThanOrEqualTo(12);
    assertThat(methods).isGreaterThan(150);
    assertThat(undocumented).as("builder methods without documentation on the builder's page").isEmpty();
  }

  private static boolean hasBuild(Class<?> type) {
    for (Method m : type.getMethods()) {
      if (m.getName().equals("build") && m.getParameterCount() == 0) {
        return true;
      }
    }
    return false;
  }

  private static String describe(Method m) {
    return m.getDeclaringClass().getSimpleName() + "." + m.getName() + "/" + m.getParameterCount();
  }

  /** The method's declaration in its declaring class's source is preceded by a Javadoc comment. */
  private boolean documented(Class<?> builder, Method m) throws IOException {
    Class<?> top = m.getDeclaringClass();
    while (top.getEnclosingClass() != null) {
      top = top.getEnclosingClass();
    }
    String module = DIRECTORY.get(ApiContractTest.moduleOf(builder));
    String file = top.getName().replace('.', '/') + ".java";
    Path source = Path.of("..", module, "src", "main", "java", file);
    if (!Files.exists(source)) {
      source = Path.of("..", module, "target", "generated-sources", "annotations", file);
    }
    List<String> lines = sources.computeIfAbsent(source, BuilderMethodsDocumentedTest::read);
    Pattern declaration = Pattern.compile("^\\s*public\\s[^=(]*\\b" + Pattern.quote(m.getName()) + "\\(");
    for (int i = 0; i < lines.size(); i++) {
      if (declaration.matcher(lines.get(i)).find() && parameters(lines, i) == m.getParameterCount()
          && commented(lines, i)) {
        return true;
      }
    }
    return false;
  }

  private static int parameters(List<String> lines, int at) {
    StringBuilder sb = new StringBuilder();
    for (int i = at; i < lines.size() && sb.indexOf(")") < 0; i++) {
      sb.append(lines.get(i));
    }
    String inside = sb.substring(sb.indexOf("(") + 1, sb.indexOf(")")).replaceAll("<[^<>]*>", "").strip();
    return inside.isEmpty() ? 0 : inside.split(",").length;
  }

  private static boolean commented(List<String> lines, int declaration) {
    for (int i = declaration - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.startsWith("@")) {
        continue;
      }
      return line.endsWith("*/");
    }
    return false;
  }

  private static List<String> read(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("cannot read " + file, e);
    }
  }
}
