package org.rbmkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keeps the tour readable on its own and the command line embeddable. */
class ExamplesArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.rbmkit.examples");

  @Test
  void theBenchmarksAndTheSparkJob_areTestCode_neverInTheJarNorInRbmJar() {
    // src/perf/java and src/spark/java are compiled with the tests only (pom: profile
    // benchmarks-and-spark), so the tour, the command line and rbm.jar never need Spark or JMH
    List<String> found = CLASSES.stream()
        .map(c -> c.getPackageName())
        .filter(p -> p.startsWith("org.rbmkit.examples.perf")
            || p.startsWith("org.rbmkit.examples.spark"))
        .distinct()
        .toList();
    assertThat(found).as("benchmark or Spark packages among the main classes").isEmpty();
    assertThat(CLASSES.contain("org.rbmkit.examples.cli.Rbm")).isTrue();
  }

  @Test
  void onlyMainMethods_exit() {
    // commands run in-process (tests, embedding systems); only a program's entry point exits
    List<String> exits = CLASSES.stream()
        .flatMap(c -> c.getMethodCallsFromSelf().stream())
        .filter(call -> call.getTargetOwner().isEquivalentTo(System.class)
            && call.getName().equals("exit"))
        .filter(call -> !call.getOrigin().getName().equals("main"))
        .map(call -> call.getOrigin().getFullName())
        .toList();
    assertThat(exits).as("methods other than main that call System.exit").isEmpty();
  }

  @Test
  void theCommandLine_exitsOnlyFromRbmMain() {
    noClasses().that().resideInAPackage("org.rbmkit.examples.cli..")
        .and().doNotHaveFullyQualifiedName("org.rbmkit.examples.cli.Rbm")
        .should().callMethod(System.class, "exit", int.class)
        .check(CLASSES);
  }

  @Test
  void tour_doesNotDependOnTheCommandLine() {
    noClasses().that().resideInAPackage("org.rbmkit.examples.tour..")
        .should().dependOnClassesThat().resideInAPackage("org.rbmkit.examples.cli..")
        .check(CLASSES);
  }

  @Test
  void theTourAndTheCommandLine_readNoSystemProperty() {
    // the tour runs on the data it ships, never on the shared folder of the tests
    noClasses().that().resideInAnyPackage("org.rbmkit.examples.tour..", "org.rbmkit.examples.cli..")
        .should().callMethod(System.class, "getProperty", String.class)
        .check(CLASSES);
  }
}
