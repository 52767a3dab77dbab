package org.rbmkit.examples.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the report a layer of its own: the sections use the library, never the command line,
 * and the charts know nothing of the documents.
 */
class ReportArchitectureTest {

  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.rbmkit.examples");

  @Test
  void theReport_doesNotDependOnTheCommandLine() {
    noClasses().that().resideInAPackage("org.rbmkit.examples.report..")
        .should().dependOnClassesThat().resideInAPackage("org.rbmkit.examples.cli..")
        .check(CLASSES);
  }

  @Test
  void theCharts_dependOnNoDocumentModel() {
    noClasses().that().resideInAPackage("org.rbmkit.examples.report.chart..")
        .should().dependOnClassesThat().resideInAnyPackage("org.rbmkit.core..",
            "org.rbmkit.budget..", "org.rbmkit.kpi..", "org.rbmkit.examples.report")
        .check(CLASSES);
  }
}
