package org.rbmkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the tour readable on its own and the command line embeddable. */
class ExamplesArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.rbmkit.examples");

  @Test
  void onlyTheMainMethodOfRbm_exits() {
    noClasses().that().doNotHaveFullyQualifiedName("org.rbmkit.examples.cli.Rbm")
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
  void nothingReadsTheSharedFolder_atRunTime() {
    noClasses().should().callMethod(System.class, "getProperty", String.class)
        .check(CLASSES);
  }
}
