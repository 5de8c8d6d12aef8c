package org.tarjuma;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules and their layering: a cycle, a reach into another module's internals or a dependency
 * a module does not declare fails the build; every module declares its dependencies, and the
 * declarations are the dependencies the code has; the README's graph is the declared one.
 */
class ModularityTest {

  private static final ApplicationModules MODULES = ApplicationModules.of(Tarjuma.class);

  @Test
  void modulesAreHonest() {
    ApplicationModules modules = ApplicationModules.of(Tarjuma.class);
    modules.verify();
    assertThat(modules.getModuleByName("segment")).isPresent();
    assertThat(modules.getModuleByName("language")).isPresent();
  }

  @Test
  void everyModuleDeclaresTheModulesItMayDependOn() throws Exception {
    for (ApplicationModule module : MODULES) {
      var declared =
          Class.forName(module.getBasePackage().getName() + ".package-info")
              .getAnnotation(org.springframework.modulith.ApplicationModule.class);
      assertThat(declared).as(module.getName()).isNotNull();
      assertThat(declared.allowedDependencies())
          .as(module.getName())
          .doesNotContain(org.springframework.modulith.ApplicationModule.OPEN_TOKEN);
      assertThat(allowed(module)).as(module.getName()).isEqualTo(used(module));
    }
  }

  @Test
  void lowerLayersNeverReachUp() {
    assertThat(allowed("language")).isEmpty();
    assertThat(allowed("web")).isEmpty();
    assertThat(allowed("cli")).isEmpty();
    assertThat(allowed("segment")).containsOnly("language", "web");
    assertThat(allowed("glossary")).doesNotContain("engine", "job", "memory", "qa", "segment");
    assertThat(allowed("qa")).doesNotContain("engine", "job", "memory");
    assertThat(allowed("memory")).doesNotContain("engine", "job", "glossary", "qa");
    assertThat(allowed("engine")).doesNotContain("job", "cli");
    MODULES.forEach(m -> assertThat(allowed(m)).as(m.getName()).doesNotContain("job", "cli"));
  }

  @Test
  void theReadmeShowsTheDeclaredModuleGraph() throws Exception {
    StringBuilder graph = new StringBuilder("```mermaid\nflowchart TD\n");
    new TreeMap<>(
            MODULES.stream().collect(Collectors.toMap(ApplicationModule::getName, this::allowed)))
        .forEach(
            (module, dependencies) -> {
              if (dependencies.isEmpty()) {
                graph.append("  ").append(module).append('\n');
              }
              dependencies.forEach(
                  d -> graph.append("  ").append(module).append(" --> ").append(d).append('\n'));
            });
    graph.append("```\n");
    assertThat(Files.readString(Path.of("README.md"))).contains(graph);
    // The same graph in PlantUML, for whoever wants a picture: target/spring-modulith-docs.
    new Documenter(MODULES).writeModulesAsPlantUml();
    assertThat(Path.of("target/spring-modulith-docs/components.puml")).exists();
  }

  private Set<String> allowed(String module) {
    return allowed(MODULES.getModuleByName(module).orElseThrow());
  }

  private Set<String> allowed(ApplicationModule module) {
    return module.getAllowedDependencies(MODULES).stream()
        .map(d -> d.getTargetModule().getName())
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> used(ApplicationModule module) {
    return module
        .getDirectDependencies(MODULES)
        .uniqueModules()
        .map(ApplicationModule::getName)
        .collect(Collectors.toCollection(TreeSet::new));
  }
}
