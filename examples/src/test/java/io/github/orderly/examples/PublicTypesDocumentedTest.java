package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of every published module carries a Javadoc comment, and the comment says whether the
 * type is immutable and whether it is thread-safe.
 */
class PublicTypesDocumentedTest {
  private static final List<String> MODULES = List.of("core", "testkit", "csv-export", "postgres", "amazon");
  private static final Pattern THREAD_SAFETY = Pattern.compile("(?i)thread[- ]safe");
  private static final Pattern MUTABILITY = Pattern.compile("(?i)\\b(immutable|mutable|stateless|no state|not instantiable|static methods|not thread-safe)\\b");
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  @Test
  void everyPublicTypeHasAJavadocComment() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          for (int i = 0; i < lines.size(); i++) {
            var m = PUBLIC_TYPE.matcher(lines.get(i));
            if (m.find() && !documented(lines, i)) {
              undocumented.add(sources.relativize(file) + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(undocumented).as("public types without Javadoc").isEmpty();
  }

  /**
   * Every public type of an exported package says whether it is immutable and thread-safe, in its own
   * comment or, for a type nested in one, in the enclosing type's comment that speaks of the types nested
   * in it. The packages named {@code internal} are not exported.
   */
  @Test
  void everyPublicTypeSaysWhetherItIsImmutableAndThreadSafe() throws IOException {
    List<String> silent = new ArrayList<>();
    int types = 0;
    for (String module : MODULES) {
      Path sources = Path.of("..", module, "src", "main", "java");
      try (Stream<Path> files = Files.walk(sources)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")
            && !f.toString().contains("internal"))::iterator) {
          List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
          String enclosing = null;
          for (int i = 0; i < lines.size(); i++) {
            var m = PUBLIC_TYPE.matcher(lines.get(i));
            if (!m.find()) {
              continue;
            }
            types++;
            String doc = javadoc(lines, i);
            boolean nested = Character.isWhitespace(lines.get(i).charAt(0));
            if (!nested) {
              enclosing = doc;
            }
            boolean says = states(doc) || nested && enclosing != null && states(enclosing)
                && enclosing.contains("nested");
            if (!says) {
              silent.add(sources.relativize(file) + ": " + m.group(1));
            }
          }
        }
      }
    }
    assertThat(types).isGreaterThan(250);
    assertThat(silent).as("public types whose Javadoc does not say whether they are immutable and thread-safe")
        .isEmpty();
  }

  private static boolean states(String doc) {
    return THREAD_SAFETY.matcher(doc).find() && MUTABILITY.matcher(doc).find();
  }

  /** The Javadoc comment before the declaration (over its annotations), or "" when there is none. */
  private static String javadoc(List<String> lines, int declaration) {
    if (!documented(lines, declaration)) {
      return "";
    }
    int end = declaration - 1;
    while (!lines.get(end).strip().endsWith("*/")) {
      end--;
    }
    int start = end;
    while (!lines.get(start).strip().startsWith("/**")) {
      start--;
    }
    return String.join("\n", lines.subList(start, end + 1));
  }

  /** Walks back over annotations to the line before the declaration: it must close a Javadoc comment. */
  private static boolean documented(List<String> lines, int declaration) {
    for (int i = declaration - 1; i >= 0; i--) {
      String line = lines.get(i).strip();
      if (line.endsWith("*/")) {
        int start = i;
        while (start >= 0 && !lines.get(start).strip().startsWith("/*")) {
          start--;
        }
        return start >= 0 && lines.get(start).strip().startsWith("/**");
      }
      if (line.startsWith("@")) {
        continue;
      }
      if (line.endsWith(";") || line.endsWith("{") || line.equals("}") || line.isEmpty()) {
        return false;
      }
    }
    return false;
  }
}
