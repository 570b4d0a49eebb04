package io.github.orderly.csv;

/**
 * The common {@link QuoteStrategy quote strategies}. Each constant is immutable and thread-safe.
 *
 * <table>
 *   <caption>What each strategy quotes, beyond what RFC 4180 requires</caption>
 *   <tr><th>strategy</th><th>{@code a}</th><th>empty</th></tr>
 *   <tr><td>{@link #REQUIRED}</td><td>{@code a}</td><td>(nothing)</td></tr>
 *   <tr><td>{@link #NON_EMPTY}</td><td>{@code "a"}</td><td>(nothing)</td></tr>
 *   <tr><td>{@link #EMPTY}</td><td>{@code a}</td><td>{@code ""}</td></tr>
 *   <tr><td>{@link #ALWAYS}</td><td>{@code "a"}</td><td>{@code ""}</td></tr>
 * </table>
 */
public final class QuoteStrategies {
  /** Quotes only what RFC 4180 requires: the default, and the only one the tab-delimited format takes. */
  public static final QuoteStrategy REQUIRED = Standard.REQUIRED;
  /** Quotes every field that is not empty. */
  public static final QuoteStrategy NON_EMPTY = Standard.NON_EMPTY;
  /** Writes every empty field as {@code ""}, for importers that tell an empty string from a missing value. */
  public static final QuoteStrategy EMPTY = Standard.EMPTY;
  /** Quotes every field, empty ones included. */
  public static final QuoteStrategy ALWAYS = Standard.ALWAYS;

  private QuoteStrategies() {}

  private enum Standard implements QuoteStrategy {
    REQUIRED(false, false),
    NON_EMPTY(false, true),
    EMPTY(true, false),
    ALWAYS(true, true);

    private final boolean empty;
    private final boolean values;

    Standard(boolean empty, boolean values) {
      this.empty = empty;
      this.values = values;
    }

    @Override
    public boolean quotesEmpty(int field) {
      return empty;
    }

    @Override
    public boolean quotes(int field, CharSequence value) {
      return values;
    }
  }
}
