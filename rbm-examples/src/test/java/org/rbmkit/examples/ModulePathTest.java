package org.rbmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The library on the module path: a small application module that {@code requires
 * org.rbmkit.budget} and {@code org.rbmkit.kpi} is compiled and run in a JVM of its own with
 * {@code java --module-path … -m}, no {@code --add-modules}, and reads a budget and a results
 * framework, validates a document and rolls the framework up.
 *
 * <p>The module path holds the modules that the library's two modules require, directly or not,
 * found on the test class path (the library's jars or classes and their dependencies): the test
 * class path also carries test-only jars that are no valid modules or clash with each other.
 * Services are bound by the forked JVM among those modules, as they would be in an application.
 */
class ModulePathTest {

  private static final String MODULE_INFO =
      """
      module com.example.consumer {
        requires org.rbmkit.budget;
        requires org.rbmkit.kpi;
      }
      """;

  private static final String MAIN =
      """
      package com.example.consumer;

      import java.nio.file.Path;
      import org.rbmkit.budget.balance.BudgetTotals;
      import org.rbmkit.budget.document.BudgetDocument;
      import org.rbmkit.budget.json.BudgetJson;
            import org.rbmkit.core.json.RbmJson;
      import org.rbmkit.core.period.PlanPeriod;
      import org.rbmkit.core.results.ResultsFramework;
      import org.rbmkit.kpi.achievement.RollupCalculator;

      public final class Main {
        public static void main(String[] args) throws Exception {
          System.out.println(Main.class.getModule().getName()
              + " reads " + BudgetJson.class.getModule().getName());
          BudgetDocument doc = BudgetJson.read(Path.of("docs/examples/itcilo-budget-2024-25.json"));
          BudgetTotals totals = doc.entries().collect(BudgetTotals.collector(doc.currency()));
          System.out.println("net available " + totals.margin("2024-25-proposal").netAvailable());
          ResultsFramework framework = RbmJson.mapper().readValue(
              Path.of("docs/examples/achievement-framework.json").toFile(), ResultsFramework.class);
          RollupCalculator.withDefaults().rollUp(framework, PlanPeriod.parse("2018-2021"))
              .summary("en").forEach(System.out::println);
          try {
            RbmJson.mapper().readValue(
                "{\\"owner\\":\\"ILO\\",\\"period\\":\\"2018-2021\\",\\"roots\\":[]}",
                ResultsFramework.class);
            System.out.println("invalid framework read");
          } catch (RuntimeException e) {
            System.out.println(
                e.getClass().getSimpleName() + ": " + e.getMessage().replace('\\n', ' '));
          }
        }
      }
      """;

  @Test
  void aModuleRequiringBudgetAndKpi_runsOnTheModulePath(@TempDir Path tmp) throws Exception {
    String modulePath = libraryModulePath();
    Path src = tmp.resolve("src");
    Path pkg = Files.createDirectories(src.resolve("com/example/consumer"));
    Files.writeString(src.resolve("module-info.java"), MODULE_INFO, StandardCharsets.UTF_8);
    Files.writeString(pkg.resolve("Main.java"), MAIN, StandardCharsets.UTF_8);
    Path classes = Files.createDirectory(tmp.resolve("com.example.consumer"));
    CompiledProgram.compile(
        List.of("--module-path", modulePath, "-d", classes.toString()),
        List.of(src.resolve("module-info.java"), pkg.resolve("Main.java")));

    String out =
        CompiledProgram.run(
            CompiledProgram.repositoryRoot(),
            "--module-path",
            classes + File.pathSeparator + modulePath,
            "-m",
            "com.example.consumer/com.example.consumer.Main");

    List<String> lines = out.lines().toList();
    assertThat(lines.get(0)).isEqualTo("com.example.consumer reads org.rbmkit.budget");
    // seed 003 l.4612-4615: net available = total charges = 60 535 kEUR in 2024-25
    assertThat(lines.get(1)).isEqualTo("net available EUR 60535000.00");
    // docs/examples/achievement-framework.json rated for 2018-2021, as on the class path
    assertThat(lines)
        .contains(
            "Outcome 1: 1 of 4 indicators on track, 2 at risk, 1 off track",
            "Framework ILO 2018-2021: 4 of 10 indicators on track, 2 at risk, 3 off track,"
                + " 1 not rated");
    // Bean Validation's messages, interpolated without an Expression Language
    assertThat(lines.get(lines.size() - 1))
        .startsWith("MismatchedInputException: invalid ResultsFramework, 1 problem: ")
        .contains("title: must not be null");
  }

  /**
   * The locations of the modules that {@code org.rbmkit.budget} and {@code org.rbmkit.kpi}
   * require, directly or not, among the test class path's entries that are modules (jars, and
   * directories with a {@code module-info.class}), joined as a module path.
   */
  private static String libraryModulePath() {
    List<Path> candidates = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      Path p = Path.of(entry);
      boolean module =
          Files.isRegularFile(p) && entry.endsWith(".jar")
              || Files.isRegularFile(p.resolve("module-info.class"));
      if (module && isValidModule(p)) {
        candidates.add(p);
      }
    }
    Configuration resolved =
        ModuleLayer.boot()
            .configuration()
            .resolve(
                ModuleFinder.of(candidates.toArray(Path[]::new)),
                ModuleFinder.of(),
                Set.of("org.rbmkit.budget", "org.rbmkit.kpi"));
    Set<String> names =
        resolved.modules().stream().map(ResolvedModule::name).collect(Collectors.toSet());
    assertThat(names)
        .contains(
            "org.rbmkit.core",
            "org.rbmkit.budget",
            "org.rbmkit.kpi",
            "org.hibernate.validator",
            "tools.jackson.databind")
        .doesNotContain("jakarta.el", "org.glassfish.expressly");
    return resolved.modules().stream()
        .map(m -> Path.of(m.reference().location().orElseThrow()).toString())
        .sorted()
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static boolean isValidModule(Path p) {
    try {
      return !ModuleFinder.of(p).findAll().isEmpty();
    } catch (FindException e) {
      return false;
    }
  }
}
