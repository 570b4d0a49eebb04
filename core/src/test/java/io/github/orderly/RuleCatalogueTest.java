package io.github.orderly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule catalogue: {@code docs/rules.md} is rendered from {@link Rule}, and no main source writes a rule id
 * as a string. Run with {@code -Dorderly.writeDocs=true} to write the rendering into the file.
 */
class RuleCatalogueTest {
  private static final Path DOC = Path.of("..", "docs", "rules.md");

  /** Renders the catalogue as the committed file must read. */
  static String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("# The rules\n\n")
        .append("Every rule Orderly enforces, each with its id, one sentence, the help pages it comes from and, where\n")
        .append("those pages are vague, how Orderly settles it. This file is rendered from `io.github.orderly.Rule`,\n")
        .append("the only place a rule id is written; a test fails when the two differ. Tests name the rule they\n")
        .append("prove, so `grep -rw R7` finds the code that enforces a rule and the test that proves it.\n\n")
        .append("| id | rule | from |\n|---|---|---|\n");
    for (Rule rule : Rule.values()) {
      List<String> sources = new ArrayList<>();
      rule.sources().forEach(s -> sources.add(s.title()));
      sb.append("| ").append(rule.id()).append(" | ").append(rule.statement())
          .append(rule.decision().map(d -> " *Decision:* " + d).orElse(""))
          .append(" | ").append(String.join("; ", sources)).append(" |\n");
    }
    sb.append("\nThe help pages:\n\n");
    for (Rule.Source source : Rule.Source.values()) {
      sb.append("- **").append(source.title()).append("** (`").append(source.name()).append("`)\n");
    }
    return sb.toString();
  }

  @Test
  @DisplayName("R42: docs/rules.md is the code's own rendering of the rules")
  void committedCatalogueMatchesTheCode() throws IOException {
    String expected = render();
    if (Boolean.getBoolean("orderly.writeDocs")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/rules.md is out of date; run the tests with -Dorderly.writeDocs=true").isEqualTo(expected);
  }

  @Test
  @DisplayName("every rule has a statement and a source, and cites itself as (Rn)")
  void everyRuleIsComplete() {
    for (Rule rule : Rule.values()) {
      assertThat(rule.statement()).as(rule.id()).isNotBlank().endsWith(".");
      assertThat(rule.sources()).as(rule.id()).isNotEmpty();
      assertThat(rule.cite()).isEqualTo("(" + rule.id() + ")");
      assertThat(Rule.of(rule.id())).isSameAs(rule);
    }
    assertThatThrownBy(() -> Rule.of("R32")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule = 'R32': no rule has this id");
    assertThatThrownBy(() -> Rule.of(null)).isInstanceOf(NullPointerException.class).hasMessage("id");
  }

  @Test
  @DisplayName("no main source of a published module writes a rule id as a string literal: every one comes from"
      + " Rule (the demo's prose may cite rules)")
  void ruleIdsAreWrittenOnce() throws IOException {
    Pattern literal = Pattern.compile("\"(?:\\\\.|[^\"\\\\\\n])*\"");
    Pattern ruleId = Pattern.compile("\\bR\\d{1,2}\\b");
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(".."))) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java")
          && f.toString().contains("src" + java.io.File.separator + "main" + java.io.File.separator + "java")
          && !f.startsWith(Path.of("..", "examples")) && !f.startsWith(Path.of("..", "benchmarks"))
          && !f.toString().contains("target"))::iterator) {
        if (file.endsWith("Rule.java")) {
          continue;
        }
        String code = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
            .replaceAll("//[^\\n]*", "")
            .replaceAll("@DisplayName\\((\\s*\"(?:\\\\.|[^\"\\\\])*\"\\s*\\+?)+\\s*\\)", "");
        Matcher m = literal.matcher(code);
        while (m.find()) {
          if (ruleId.matcher(m.group()).find()) {
            found.add(file.getFileName() + ": " + m.group());
          }
        }
      }
    }
    assertThat(found).as("string literals naming a rule").isEmpty();
  }
}
