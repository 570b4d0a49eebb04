/**
 * Orderly Amazon: the Selling Partner API's orders read with exact checks (Orders API v0 and
 * 2026-01-01, the All Orders report), and the documents written back to the marketplace (the
 * {@code confirmShipment} request body, the order acknowledgement and payment adjustment feeds).
 *
 * <p>Only {@code io.github.orderly.amazon} is exported. Jackson reaches the package's records through
 * the {@code opens} below.
 */
module io.github.orderly.amazon {
  requires transitive io.github.orderly.core;
  requires io.github.orderly.csv;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.dataformat.xml;
  requires com.fasterxml.jackson.dataformat.csv;

  exports io.github.orderly.amazon;

  opens io.github.orderly.amazon to com.fasterxml.jackson.databind;
}
