package org.rbmkit.examples.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Spark stays in this package: the library modules and the rest of rbm-examples (whose {@code
 * rbm} jar does not carry Spark) never refer to it.
 */
class SparkIsolationTest {

  @Test
  void onlyTheSparkPackage_dependsOnSparkOrScala() {
    JavaClasses classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rbmkit");
    // the rule would pass vacuously if the import missed the library or this package
    assertThat(classes.contain("org.rbmkit.kpi.achievement.ValueAccumulator")).isTrue();
    assertThat(classes.contain("org.rbmkit.examples.spark.BudgetAggregator")).isTrue();

    noClasses()
        .that()
        .resideOutsideOfPackage("org.rbmkit.examples.spark..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.spark..", "scala..")
        .check(classes);
  }
}
