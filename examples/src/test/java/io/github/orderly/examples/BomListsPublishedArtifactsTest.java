package io.github.orderly.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * orderly-bom lists every artifact the build publishes and nothing else: a module added to the build is
 * in the BOM unless its POM skips deployment, as orderly-examples and orderly-benchmarks do.
 */
class BomListsPublishedArtifactsTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern MODULE = Pattern.compile("<module>([^<]+)</module>");
  private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>([^<]+)</artifactId>");
  private static final Pattern PACKAGING = Pattern.compile("<packaging>([^<]+)</packaging>");

  @Test
  @DisplayName("orderly-bom manages exactly the published jar modules, and never the examples or benchmarks")
  void bomListsExactlyThePublishedModules() throws IOException {
    List<String> published = new ArrayList<>();
    List<String> unpublished = new ArrayList<>();
    Matcher modules = MODULE.matcher(read(ROOT.resolve("pom.xml")));
    while (modules.find()) {
      String pom = read(ROOT.resolve(modules.group(1)).resolve("pom.xml"));
      Matcher packaging = PACKAGING.matcher(pom);
      if (packaging.find() && packaging.group(1).equals("pom")) {
        continue;
      }
      (pom.contains("<maven.deploy.skip>true</maven.deploy.skip>") ? unpublished : published).add(artifactIdOf(pom));
    }
    List<String> managed = new ArrayList<>();
    Matcher ids = ARTIFACT_ID.matcher(read(ROOT.resolve("bom").resolve("pom.xml")));
    while (ids.find()) {
      managed.add(ids.group(1));
    }
    managed.remove("orderly-bom");

    assertThat(published).contains("orderly-core", "orderly-csv-export");
    assertThat(unpublished).contains("orderly-examples", "orderly-benchmarks");
    assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
  }

  /** The module's own artifactId: the first one after its parent's. */
  private static String artifactIdOf(String pom) {
    Matcher m = ARTIFACT_ID.matcher(pom.substring(pom.indexOf("</parent>")));
    assertThat(m.find()).as("an artifactId after </parent>").isTrue();
    return m.group(1);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
  }
}
