package io.github.orderly.amazon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module exports its one package, and every public type in it says what it is. */
class ModuleSurfaceTest {
  private static final Pattern PUBLIC_TYPE = Pattern.compile(
      "^\\s*public\\s+(?:(?:static|final|abstract)\\s+)*(?:class|interface|enum|record)\\s+(\\w+)");

  @Test
  @DisplayName("the JPMS module io.github.orderly.amazon exports only io.github.orderly.amazon")
  void exportsOnlyTheApi() {
    ModuleDescriptor descriptor = AmazonReader.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("io.github.orderly.amazon");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.orderly.amazon");
  }

  @Test
  @DisplayName("the response envelopes and the reading machinery are not public")
  void helpersStayInside() {
    assertThat(java.lang.reflect.Modifier.isPublic(V0Response.class.getModifiers())).isFalse();
    assertThat(java.lang.reflect.Modifier.isPublic(AmazonJson.class.getModifiers())).isFalse();
    assertThat(java.lang.reflect.Modifier.isPublic(IgnoredFields.class.getModifiers())).isFalse();
    assertThat(java.lang.reflect.Modifier.isPublic(Orders2026.GetOrderResponse.class.getModifiers())).isFalse();
  }

  @Test
  @DisplayName("every public type has a Javadoc comment")
  void everyPublicTypeDocumented() throws IOException {
    List<String> undocumented = new ArrayList<>();
    Path sources = Path.of("src", "main", "java");
    try (Stream<Path> files = Files.walk(sources)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          var m = PUBLIC_TYPE.matcher(lines.get(i));
          if (m.find() && !documented(lines, i)) {
            undocumented.add(file.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(undocumented).as("public types without Javadoc").isEmpty();
  }

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
      if (line.startsWith("@") || line.endsWith(",") || line.endsWith(")")) {
        continue;
      }
      return false;
    }
    return false;
  }
}
