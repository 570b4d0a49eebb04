package io.github.orderly.csv;

/**
 * Decides which text fields a spreadsheet could run as a formula (CSV injection, R48). The writer
 * writes such a field with a single quote ({@code '}) in front of it, inside the quotes when the field
 * is quoted; spreadsheets then show the cell as text. It asks only about <em>text</em> fields:
 * numbers, amounts and instants are never changed, so {@code -12.50} stays a negative amount.
 *
 * <p>{@link FormulaGuards} has the standard guards; {@link FormulaGuards#OWASP} is the default of
 * every writer and export. Implementations must be stateless or thread-safe: a guard is shared by
 * every writer built with it.
 */
@FunctionalInterface
public interface FormulaGuard {
  /**
   * Returns whether the text must be neutralised.
   *
   * @param text a text field's value as given, never empty
   * @return true to write it with a leading single quote
   */
  boolean isFormula(CharSequence text);
}
