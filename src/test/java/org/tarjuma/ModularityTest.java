package org.tarjuma;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** A cycle between modules or a reach into another module's internals fails the build. */
class ModularityTest {

  @Test
  void modulesAreHonest() {
    ApplicationModules modules = ApplicationModules.of(Tarjuma.class);
    modules.verify();
    assertThat(modules.getModuleByName("segment")).isPresent();
    assertThat(modules.getModuleByName("language")).isPresent();
  }
}
