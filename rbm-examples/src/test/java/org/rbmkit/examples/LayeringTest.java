package org.rbmkit.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.graph.GraphBuilder;
import com.google.common.graph.Graphs;
import com.google.common.graph.MutableGraph;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modules layered: core depends on no other rbmkit module; budget and kpi depend on
 * core only; no two packages depend on each other, even through others; the certification input's
 * parts (row parsing, range reading, the duplicate index, the counting) depend one way; the model
 * and budget code never hold or return {@code double} or {@code float}.
 */
class LayeringTest {

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the modules' test jars (shared test helpers) are not the library
            .withImportOption(location -> !location.contains("-tests.jar"))
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
  void packages_dependOnEachOtherOneWayOnly() {
    slices().matching("org.rbmkit.(**)").should().beFreeOfCycles().check(classes);
  }

  @Test
  void certificationInput_partsDependOneWayOnly() {
    // a class and the classes nested in it may use each other (the reader's column, report and
    // rejected-row types are its API, which its parts use); between any other two classes of the
    // package, a dependency must not lead back, directly or through others
    String pkg = "org.rbmkit.kpi.certification";
    MutableGraph<String> uses = GraphBuilder.directed().build();
    for (JavaClass c : classes) {
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass t = d.getTargetClass();
        if (c.getPackageName().equals(pkg)
            && t.getPackageName().equals(pkg)
            && !topLevel(c).equals(topLevel(t))) {
          uses.putEdge(c.getName(), t.getName());
        }
      }
    }
    List<String> leadingBack =
        uses.edges().stream()
            .filter(e -> Graphs.reachableNodes(uses, e.target()).contains(e.source()))
            .map(e -> e.source() + " -> " + e.target())
            .sorted()
            .toList();
    assertThat(uses.nodes()).contains(pkg + ".EnrolmentCsvReader", pkg + ".EnrolmentRows");
    assertThat(uses.edges()).hasSizeGreaterThan(50);
    assertThat(leadingBack).isEmpty();
  }

  private static String topLevel(JavaClass c) {
    String name = c.getName();
    int nested = name.indexOf('$');
    return nested < 0 ? name : name.substring(0, nested);
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
