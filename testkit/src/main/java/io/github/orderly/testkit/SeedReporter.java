package io.github.orderly.testkit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A JUnit 5 extension that puts the seed of a failed property in the test report: when a test throws a
 * {@link PropertyFailure} (or an error caused by one), it publishes the report entries {@code orderly.seed},
 * {@code orderly.replay} and {@code orderly.property}, prints the same line to standard error (which Surefire
 * keeps in the report of a failed test), and rethrows the failure unchanged.
 *
 * <pre>{@code
 * @ExtendWith(SeedReporter.class)
 * class MyOrderRulesTest { ... }
 * }</pre>
 * {@code OrderStoreContract} and every test of the testkit use it. Stateless and thread-safe.
 */
public final class SeedReporter implements TestExecutionExceptionHandler {
  /** Creates the extension; JUnit does, through {@code @ExtendWith}. */
  public SeedReporter() {}

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
    PropertyFailure failure = find(throwable);
    if (failure != null) {
      Map<String, String> entries = new LinkedHashMap<>();
      entries.put("orderly.seed", Long.toString(failure.seed()));
      entries.put("orderly.replay", failure.replay());
      entries.put("orderly.property", failure.property());
      context.publishReportEntry(entries);
      System.err.println("[orderly] " + context.getDisplayName() + ": property '" + failure.property()
          + "' failed on try " + failure.attempt() + " of " + failure.tries() + "; replay with " + failure.replay());
    }
    throw throwable;
  }

  private static PropertyFailure find(Throwable throwable) {
    for (Throwable t = throwable; t != null; t = t.getCause()) {
      if (t instanceof PropertyFailure failure) {
        return failure;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
