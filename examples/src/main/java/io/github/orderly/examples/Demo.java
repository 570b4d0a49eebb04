package io.github.orderly.examples;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The runnable demo: a tour of Orderly on generated orders, printed to standard output.
 *
 * <p>Run it with the README's demo command; {@code -Dorderly.demo.jdbcUrl=...} points its PostgreSQL part at
 * your own server instead of an embedded one. The one optional argument is a folder for the files some
 * parts of the tour write (the CSV reports); it defaults to {@code target/demo}.
 */
public final class Demo {
  private Demo() {}

  /**
   * Runs the tour.
   *
   * @param args optionally, the folder for files the tour writes
   */
  public static void main(String[] args) {
    Path out = Path.of(args.length > 0 ? args[0] : "target/demo");
    PrintStream console = System.out;
    section(console, "1. The order model: generated orders and their derived status (R40, R41)");
    ModelTour.run(console);
    section(console, "2. The order workflow: one order paid, partly shipped, refunded and returned (R1-R44)");
    WorkflowTour.run(console);
    section(console, "3. The orders page: default view, cursor paging, search and filters (R26, R47)");
    QueryTour.run(console);
    section(console, "4. Deadlines: a 60-day season under Seller Central Japan, swept daily (R9, R10, R12, R30, R45)");
    DeadlineTour.run(console);
    section(console, "5. CSV export: each report of generated orders, written to files (R27, R44, R48, R49)");
    CsvTour.run(console, out);
    section(console, "6. PostgreSQL: store, orders page in SQL, sweep with two workers, export from the database"
        + " (R26, R45, R47, R48)");
    PostgresTour.run(console, out);
    section(console, "7. Amazon: an order in the Orders API's JSON, shipped in part, its confirmShipment body"
        + " (R7, R41)");
    AmazonTour.run(console);
  }

  static void section(PrintStream console, String title) {
    console.println();
    console.println("== " + title + " " + "=".repeat(Math.max(3, 96 - title.length())));
  }
}
