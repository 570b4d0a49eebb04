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

/** Every public type of every published module carries a Javadoc comment. */
class PublicTypesDocumentedTest {
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:static|final|abstract|sealed|non-sealed|strictfp)\\s+)*(?:class|interface|enum|record|@interface)\\s+(\\w+)");

  @Test
  void everyPublicTypeHasAJavadocComment() throws IOException {
    List<String> undocumented = new ArrayList<>();
    for (String module : List.of("core", "testkit", "csv-export", "postgres", "amazon")) {
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
