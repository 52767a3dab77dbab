package org.rbmkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modules layered: core depends on no other rbmkit module; budget and kpi depend on
 * core only; the model and budget code never hold or return {@code double} or {@code float}.
 */
class LayeringTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.rbmkit");
  }

  @Test
  void import_seesTheModel() {
    // the rules below would pass vacuously if the import missed the modules' classes
    assertThat(classes.contain("org.rbmkit.core.money.Money")).isTrue();
    assertThat(classes.contain("org.rbmkit.core.results.ResultsFramework")).isTrue();
  }

  @Test
  void core_dependsOnNoOtherRbmkitModule() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage("org.rbmkit.core..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.rbmkit.budget..", "org.rbmkit.kpi..", "org.rbmkit.examples..");
    rule.check(classes);
  }

  @Test
  void budget_dependsOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.rbmkit.budget..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.rbmkit.kpi..", "org.rbmkit.examples..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void kpi_dependsOnCoreOnly() {
    noClasses()
        .that()
        .resideInAPackage("org.rbmkit.kpi..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.rbmkit.budget..", "org.rbmkit.examples..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void coreAndBudget_haveNoFloatingPointFields() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage("org.rbmkit.core..", "org.rbmkit.budget..")
        .should()
        .notHaveRawType(double.class)
        .andShould()
        .notHaveRawType(float.class)
        .andShould()
        .notHaveRawType(Double.class)
        .andShould()
        .notHaveRawType(Float.class)
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void coreAndBudget_returnNoFloatingPointValues() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAnyPackage("org.rbmkit.core..", "org.rbmkit.budget..")
        .should()
        .notHaveRawReturnType(double.class)
        .andShould()
        .notHaveRawReturnType(float.class)
        .andShould()
        .notHaveRawReturnType(Double.class)
        .andShould()
        .notHaveRawReturnType(Float.class)
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void moneyLikeClassesAnywhere_haveNoFloatingPointFields() {
    fields()
        .that()
        .areDeclaredInClassesThat()
        .haveNameMatching(".*(Money|Amount|Cost|Budget|Price|Revenue|Expense|Fund).*")
        .should()
        .notHaveRawType(double.class)
        .andShould()
        .notHaveRawType(float.class)
        .andShould()
        .notHaveRawType(Double.class)
        .andShould()
        .notHaveRawType(Float.class)
        .allowEmptyShould(true)
        .check(classes);
  }
}
