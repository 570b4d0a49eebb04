package io.github.orderly.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A plain-text table for the demo: a header, a rule, and rows with their columns aligned. */
final class Table {
  private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz", Locale.ROOT);

  private final List<String[]> rows = new ArrayList<>();
  private final int columns;

  private Table(String... headers) {
    rows.add(headers);
    columns = headers.length;
  }

  static Table of(String... headers) {
    return new Table(headers);
  }

  /** Adds a row: one cell per header, each shown with {@link String#valueOf(Object)}. */
  Table row(Object... cells) {
    if (cells.length != columns) {
      throw new IllegalArgumentException("cells = '" + cells.length + "': the table has " + columns + " columns");
    }
    String[] text = new String[columns];
    for (int i = 0; i < columns; i++) {
      text[i] = String.valueOf(cells[i]);
    }
    rows.add(text);
    return this;
  }

  /** An instant as the demo shows it: minutes and the zone it is read in, such as {@code 2026-03-08 23:59 JST}. */
  static String at(Instant instant, ZoneId zone) {
    return AT.format(instant.atZone(zone));
  }

  void print(PrintStream out) {
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], row[i].codePointCount(0, row[i].length()));
      }
    }
    for (int r = 0; r < rows.size(); r++) {
      StringBuilder sb = new StringBuilder(" ");
      for (int i = 0; i < columns; i++) {
        String cell = rows.get(r)[i];
        sb.append(' ').append(cell);
        if (i < columns - 1) {
          sb.append(" ".repeat(width[i] - cell.codePointCount(0, cell.length()) + 1));
        }
      }
      out.println(sb.toString().stripTrailing());
      if (r == 0) {
        StringBuilder rule = new StringBuilder(" ");
        for (int i = 0; i < columns; i++) {
          rule.append(' ').append("-".repeat(width[i])).append(i < columns - 1 ? " " : "");
        }
        out.println(rule);
      }
    }
  }
}
