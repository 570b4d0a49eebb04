package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R48: which texts the standard formula guards judge a formula. */
class FormulaGuardsR48Test {
  @Test
  @DisplayName("R48: OWASP guard: every OWASP payload, bare, hidden or full-width, is a formula")
  void everyPayloadIsAFormula() {
    assertThat(Payloads.all()).hasSize(60).allSatisfy(p ->
        assertThat(FormulaGuards.OWASP.isFormula(p)).as("%s", p.codePoints().mapToObj(c -> String.format("U+%04X", c))
            .toList()).isTrue());
  }

  @Test
  @DisplayName("R48: OWASP guard looks past any run of hiding characters, small forms and the minus sign count")
  void looksPastHidingCharacters() {
    List<String> hidden = List.of(
        "\u200B\u200B=1", "\uFEFF\uFEFF\u202E\u2066+1", "\u3000@x", "\u034F-1", "\uFE0F=1", "\u00AD=1",
        "\u2800=1", "\u3164=1", "\uDB40\uDC01=1", "\u0007\u0000=1", "\u00A0\t1", "﹦1", "﹢1", "﹣1", "﹫1", "\u22121",
        "\u200E\u200F\u061C=1");
    assertThat(hidden).allSatisfy(t -> assertThat(FormulaGuards.OWASP.isFormula(t)).as(t).isTrue());
  }

  @Test
  @DisplayName("R48: OWASP guard leaves ordinary text alone, formula characters inside it included")
  void ordinaryTextIsNoFormula() {
    List<String> plain = List.of("a=b", "1-2", "12.50", "'=1", "Zoë \"Z\" O'Brien", "山田 太郎", "😀=1",
        "\u00A0Hello", "\uFEFFHello", "x\t=1", "(=1)", "\"=1\"", "#1", "%1", "\uD83D=1");
    assertThat(plain).allSatisfy(t -> assertThat(FormulaGuards.OWASP.isFormula(t)).as(t).isFalse());
  }

  @Test
  @DisplayName("R48: the NONE guard neutralises nothing")
  void noneGuardsNothing() {
    assertThat(Payloads.all()).allSatisfy(p -> assertThat(FormulaGuards.NONE.isFormula(p)).isFalse());
    assertThat(FormulaGuards.OWASP).hasToString("OWASP");
    assertThat(FormulaGuards.NONE).hasToString("NONE");
  }
}
