package io.github.orderly.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module exports its API package only; the buffer, the column implementations and rules stay package-private. */
class ModuleSurfaceTest {
  @Test
  @DisplayName("R48 R49: one package, exported; the internals are package-private classes in it")
  void exportsOnlyTheApi() throws ClassNotFoundException {
    ModuleDescriptor descriptor = CsvWriter.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("io.github.orderly.csv");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.orderly.csv");
    assertThat(descriptor.packages()).as("the code's packages (the tests add their resources' folders)")
        .filteredOn(p -> p.startsWith("io.")).containsExactly("io.github.orderly.csv");
    for (String internal : List.of("CsvBuffer", "CharClasses", "Chars", "Columns", "StandardColumn", "BuyerData",
        "InstantFormat")) {
      Class<?> type = Class.forName("io.github.orderly.csv." + internal);
      assertThat(Modifier.isPublic(type.getModifiers())).as(internal).isFalse();
    }
  }
}
