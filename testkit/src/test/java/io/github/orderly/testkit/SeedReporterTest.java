package io.github.orderly.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * {@link SeedReporter} puts a failed property's seed in the test report: run through JUnit's launcher, a test
 * whose property fails reports {@code orderly.seed}, {@code orderly.replay} and {@code orderly.property}, and
 * still fails with the property's own failure; a test that fails otherwise reports nothing.
 */
class SeedReporterTest {
  private static final long SEED = 4711;

  /** Run only through the launcher below: Surefire leaves nested classes out. */
  @ExtendWith(SeedReporter.class)
  static class Host {
    @Test
    void aPropertyThatFails() {
      Property.named("every quantity is below 3").withSeed(SEED).withTries(50)
          .check(random -> random.nextInt(10), q -> assertThat(q).isLessThan(3));
    }

    @Test
    void anAssertionThatFails() {
      assertThat(1).isEqualTo(2);
    }
  }

  private record Run(List<ReportEntry> entries, Optional<Throwable> failure) {}

  private static Run run(String method) {
    List<ReportEntry> entries = new ArrayList<>();
    List<Throwable> failures = new ArrayList<>();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(LauncherDiscoveryRequestBuilder.request()
        .selectors(selectMethod(Host.class, method))
        .build(), new TestExecutionListener() {
          @Override
          public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
            entries.add(entry);
          }

          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()) {
              result.getThrowable().ifPresent(failures::add);
            }
          }
        });
    return new Run(entries, failures.stream().findFirst());
  }

  @Test
  @DisplayName("a failed property's seed, replay command and name are in the test report, and the test still fails"
      + " with the property's failure")
  void aFailedPropertyPublishesItsSeed() {
    Run run = run("aPropertyThatFails");
    assertThat(run.failure()).get().isInstanceOfSatisfying(PropertyFailure.class, f -> {
      assertThat(f.seed()).isEqualTo(SEED);
      assertThat(run.entries()).hasSize(1);
      Map<String, String> entry = run.entries().get(0).getKeyValuePairs();
      assertThat(entry).containsEntry("orderly.seed", Long.toString(SEED))
          .containsEntry("orderly.replay", f.replay())
          .containsEntry("orderly.property", "every quantity is below 3");
      assertThat(f.replay()).contains("-Dorderly.seed=" + SEED);
    });
  }

  @Test
  @DisplayName("a test that fails without a property reports no seed and fails unchanged")
  void anOrdinaryFailureReportsNothing() {
    Run run = run("anAssertionThatFails");
    assertThat(run.failure()).get().isInstanceOf(AssertionError.class).isNotInstanceOf(PropertyFailure.class);
    assertThat(run.entries()).isEmpty();
  }
}
