package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The id a host gives each workflow command, such as {@code 7f3c…} or {@code sweep-2026-03-01-112-…}.
 * Every event carries the id of the command that caused it; a host's event store that keeps them can tell
 * the workflow which commands it already applied, so that a repeat changes nothing (R43). Immutable and
 * thread-safe.
 */
public final class CommandId extends StringValue<CommandId> {
  private CommandId(String value) {
    super("commandId", value);
  }

  /**
   * Obtains the value for its text.
   *
   * @param value the text: not blank, at most 200 characters, no surrounding white space, one line (see
   *     {@link StringValue})
   * @return the value
   * @throws InvalidOrderException if the text is not valid, naming the field and the text
   */
  @JsonCreator
  public static CommandId of(String value) {
    return new CommandId(value);
  }
}
