package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's first example is this module's code, and it prints what the README says it prints. */
class ReadmeExampleTest {
  private static final Path ROOT = Path.of("..");

  @Test
  void theExamplePrintsWhatItsCommentsSay() {
    assertThat(ReadmeExample.run()).isEqualTo("Unshipped USD 29.99\ntrue\nShipped\nUSD 12.50\nCancelled\nR3\n");
  }

  @Test
  void theReadmeShowsTheCommandsVerbatim() throws IOException {
    String source = Files.readString(
        ROOT.resolve("examples/src/main/java/io/github/orderly/examples/ReadmeExample.java"), StandardCharsets.UTF_8);
    String snippet = between(source, "// readme-commands:start", "    // readme-commands:end");
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme.replace("\r\n", "\n")).contains(dedent(snippet));
  }

  @Test
  void theReadmeShowsTheExampleVerbatim() throws IOException {
    String source = Files.readString(
        ROOT.resolve("examples/src/main/java/io/github/orderly/examples/ReadmeExample.java"), StandardCharsets.UTF_8);
    String snippet = between(source, "// readme:start", "    // readme:end");
    String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
    assertThat(readme.replace("\r\n", "\n")).contains(dedent(snippet));
  }

  private static String between(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, from);
    assertThat(from).as("marker %s", start).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return text.substring(text.indexOf('\n', from) + 1, to);
  }

  /** Drops the method body's indentation, so the README can show the code flush left. */
  private static String dedent(String code) {
    List<String> lines = code.lines().map(String::stripTrailing).collect(Collectors.toList());
    return lines.stream().map(l -> l.startsWith("    ") ? l.substring(4) : l).collect(Collectors.joining("\n"));
  }
}
