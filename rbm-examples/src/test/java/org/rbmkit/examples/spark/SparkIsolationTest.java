package org.rbmkit.examples.spark;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * Spark stays in this package: the library modules, the rest of rbm-examples (whose {@code rbm}
 * jar does not carry Spark) and every other test never refer to it.
 */
class SparkIsolationTest {

  @Test
  void onlyTheSparkPackage_dependsOnSparkOrScala() {
    JavaClasses classes =
        // tests included: the job is test code (src/spark/java), and so is every test
        new ClassFileImporter().importPackages("org.rbmkit");
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
