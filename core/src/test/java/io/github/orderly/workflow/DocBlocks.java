package io.github.orderly.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rendered blocks of a committed doc: the text between {@code <!-- begin:name -->} and {@code <!-- end:name -->}
 * must be the code's rendering. With {@code -Dorderly.writeDocs=true} the rendering is written in first.
 */
final class DocBlocks {
  private DocBlocks() {}

  static void check(Path doc, String name, String rendering) throws IOException {
    String begin = "<!-- begin:" + name + " -->\n";
    String end = "<!-- end:" + name + " -->";
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertThat(from).as("%s has no block %s", doc, name).isNotNegative();
    assertThat(to).as("%s has no end of block %s", doc, name).isGreaterThan(from);
    if (Boolean.getBoolean("orderly.writeDocs")) {
      text = text.substring(0, from + begin.length()) + rendering + text.substring(to);
      Files.writeString(doc, text, StandardCharsets.UTF_8);
      to = text.indexOf(end);
    }
    assertThat(text.substring(from + begin.length(), to))
        .as("%s is out of date in block %s; run the tests with -Dorderly.writeDocs=true", doc, name)
        .isEqualTo(rendering);
  }
}
