package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module exports its API package only; the column implementations and rules stay inside. */
class ModuleSurfaceTest {
  @Test
  @DisplayName("R48 R49: only io.github.orderly.csv is exported, not the internals")
  void exportsOnlyTheApi() {
    ModuleDescriptor descriptor = CsvWriter.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("io.github.orderly.csv");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.orderly.csv");
    assertThat(descriptor.packages()).contains("io.github.orderly.csv.internal");
  }
}
