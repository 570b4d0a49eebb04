package io.github.orderly.order;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The id a host gives each workflow command, such as {@code 7f3c…} or {@code sweep-2026-03-01-112-…}.
 * An order remembers the ids of the commands it accepted, so that a repeated command changes nothing
 * the second time (R43).
 */
public final class CommandId extends StringValue {
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
