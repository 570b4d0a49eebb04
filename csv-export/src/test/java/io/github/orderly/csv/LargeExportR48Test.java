package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R48: the export streams. Ten million lines of the Order report go to a discarding writer, and to a
 * discarding byte stream, in a JVM started with {@code -Xmx64m}; holding the export (gigabytes of
 * text) in memory would fail there.
 * Not a timing test: it only checks that the export completes and how much it wrote.
 */
class LargeExportR48Test {
  private static final long LINES = 10_000_000;

  @Test
  @DisplayName("R48: an export of 10 million lines completes in a 64 MB heap")
  void tenMillionLinesInSixtyFourMegabytes() throws IOException, InterruptedException {
    exportInSmallHeap("writer");
  }

  @Test
  @DisplayName("R48: an export of 10 million lines to a byte stream (the writer's own UTF-8) completes in a 64 MB heap")
  void tenMillionLinesToAByteStreamInSixtyFourMegabytes() throws IOException, InterruptedException {
    exportInSmallHeap("stream");
  }

  private static void exportInSmallHeap(String sink) throws IOException, InterruptedException {
    List<String> path = new ArrayList<>();
    for (String property : List.of("jdk.module.path", "java.class.path")) {
      String value = System.getProperty(property, "");
      if (!value.isBlank()) {
        path.add(value);
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp",
        String.join(File.pathSeparator, path), LargeExportMain.class.getName(), Long.toString(LINES), sink)
        .redirectErrorStream(true)
        .start();
    boolean done = process.waitFor(5, TimeUnit.MINUTES);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!done) {
      process.destroyForcibly();
    }
    assertThat(done).as("the export finished").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    String[] parts = output.split(" ");
    long rows = Long.parseLong(parts[0]);
    long chars = Long.parseLong(parts[1]);
    long maxHeap = Long.parseLong(parts[2]);
    assertThat(rows).isBetween(LINES, LINES + 10);
    assertThat(maxHeap).isLessThanOrEqualTo(64L * 1024 * 1024);
    assertThat(chars).as("far more text than the heap could hold").isGreaterThan(10 * maxHeap);
  }
}
