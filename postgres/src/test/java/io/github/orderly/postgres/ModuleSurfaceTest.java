package io.github.orderly.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The module exports its API package only, and reads Flyway as the automatic module its jar names. */
class ModuleSurfaceTest {
  @Test
  @DisplayName("Only io.github.orderly.postgres is exported; the projection, writer and SQL compiler stay inside")
  void exportsOnlyTheApi() {
    ModuleDescriptor descriptor = PostgresOrderStore.class.getModule().getDescriptor();
    assertThat(descriptor).as("tests run on the module path").isNotNull();
    assertThat(descriptor.name()).isEqualTo("io.github.orderly.postgres");
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("io.github.orderly.postgres");
    assertThat(descriptor.packages()).contains("io.github.orderly.postgres.internal");
  }

  @Test
  @DisplayName("Flyway runs as the automatic module flyway.core and finds the migrations inside this module")
  void flywayIsTheAutomaticModuleFlywayCore() {
    Module flyway = Flyway.class.getModule();
    assertThat(flyway.isNamed()).isTrue();
    assertThat(flyway.getName()).isEqualTo("flyway.core");
    assertThat(flyway.getDescriptor().isAutomatic()).isTrue();
    assertThat(PostgresOrderStore.class.getModule().canRead(flyway)).isTrue();
    // The migrations lie outside any package (the folder name is no Java identifier), so the module does
    // not encapsulate them and Flyway's class loader finds them.
    assertThat(OrderlySchema.class.getClassLoader().getResource("db/orderly-postgres/V1__orders_and_events.sql"))
        .isNotNull();
  }
}
