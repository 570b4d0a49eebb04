/**
 * Orderly core: the order model, statuses, workflow, deadlines, queries, the store port and JSON.
 *
 * <p>Generated implementation classes are package-private; Jackson reaches them through the
 * {@code opens} below. {@link io.github.orderly.json.OrderlyModule} is a Jackson module service, so
 * that Jackson's {@code findAndRegisterModules()} and {@code findAndAddModules()} find it on the module
 * path (and, through {@code META-INF/services}, on the class path).
 */
module io.github.orderly.core {
  requires static org.immutables.value.annotations;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.google.common;

  exports io.github.orderly;
  exports io.github.orderly.access;
  exports io.github.orderly.channel;
  exports io.github.orderly.money;
  exports io.github.orderly.order;
  exports io.github.orderly.query;
  exports io.github.orderly.policy;
  exports io.github.orderly.status;
  exports io.github.orderly.store;
  exports io.github.orderly.json;
  exports io.github.orderly.workflow;

  opens io.github.orderly.money to com.fasterxml.jackson.databind;
  opens io.github.orderly.order to com.fasterxml.jackson.databind;
  opens io.github.orderly.channel to com.fasterxml.jackson.databind;
  opens io.github.orderly.workflow to com.fasterxml.jackson.databind;
  opens io.github.orderly.query to com.fasterxml.jackson.databind;

  provides com.fasterxml.jackson.databind.Module with io.github.orderly.json.OrderlyModule;
}
