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
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the modules layered: core depends on no other rbmkit module; budget and kpi depend on
 * core only; no two packages depend on each other, even through others; within a package, no
 * two classes do either, but for the few value-and-builder pairs listed in {@code BUILT_BY}; the
 * certification input's parts (row parsing, range reading, the duplicate index, the counting)
 * depend one way even counting nested classes apart; the model and budget code never hold or
 * return {@code double} or {@code float}.
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
    MutableGraph<String> uses = uses(c -> c.getPackageName().equals(pkg), JavaClass::getName);
    assertThat(uses.nodes()).contains(pkg + ".EnrolmentCsvReader", pkg + ".EnrolmentRows");
    assertThat(uses.edges()).hasSizeGreaterThan(50);
    assertThat(leadingBack(uses)).isEmpty();
  }

  /**
   * The pairs of classes allowed to use each other, each a public value and the one
   * package-private class that builds it or that it offers as a method, kept apart only to keep
   * files short. Anything else that leads back fails {@link
   * #classesOfAPackage_dependOnEachOtherOneWayOnly}, and so does a pair here that no longer does.
   */
  private static final Set<Set<String>> BUILT_BY =
      Set.of(
          // a value and its accumulator: the value's of() and collector() run the accumulator,
          // whose result() is the value
          Set.of(
              "org.rbmkit.budget.balance.BudgetTotals",
              "org.rbmkit.budget.balance.TotalsAccumulator"),
          Set.of(
              "org.rbmkit.budget.iati.IatiBudgetTotals",
              "org.rbmkit.budget.iati.IatiBudgetAccumulator"),
          Set.of(
              "org.rbmkit.budget.staffing.StaffCostSummary",
              "org.rbmkit.budget.staffing.StaffCostAccumulator"),
          // a value and its parser: Timeline.parse
          Set.of(
              "org.rbmkit.kpi.workplan.Timeline",
              "org.rbmkit.kpi.workplan.TimelineParser"),
          // a value and what it offers as a method: ResourceTotals.rollUp, Workplan.summary
          Set.of(
              "org.rbmkit.budget.resources.ResourceTotals",
              "org.rbmkit.budget.resources.ResourceRollup"),
          Set.of(
              "org.rbmkit.kpi.workplan.Workplan",
              "org.rbmkit.kpi.workplan.WorkplanSummary"));

  @Test
  void classesOfAPackage_dependOnEachOtherOneWayOnly() {
    // within each package of the library and of the examples (the command line, the report), a
    // class must not use another that leads back to it, directly or through others; a class and
    // the classes nested in it may use each other. Not counted: a sealed type naming the kinds it
    // permits (Period and its five kinds), and a Bean Validation constraint naming its validator
    // (Consistent), as both designs require
    MutableGraph<String> uses = uses(c -> true, JavaClass::getName);
    Set<Set<String>> pairs = new HashSet<>();
    List<String> leading = leadingBack(uses);
    for (String edge : leading) {
      String[] ends = edge.replaceAll("\\$[^ ]*", "").split(" -> ");
      pairs.add(Set.of(ends[0], ends[1]));
    }
    assertThat(uses.nodes())
        .hasSizeGreaterThan(300)
        .contains("org.rbmkit.examples.cli.Rbm", "org.rbmkit.core.period.Period");
    assertThat(leading)
        .as("two-way uses other than a value and its builder")
        .allMatch(e -> BUILT_BY.contains(Set.of(e.replaceAll("\\$[^ ]*", "").split(" -> "))));
    assertThat(pairs).as("the pairs allowed to use each other").isEqualTo(BUILT_BY);
  }

  /**
   * Which classes use which, among the classes {@code in} accepts, each counted as {@code node}
   * names it; uses between classes of different packages, within one node, from a sealed type to
   * a kind it permits, and from a constraint annotation to its validator are left out.
   */
  private static MutableGraph<String> uses(
      Predicate<JavaClass> in, Function<JavaClass, String> node) {
    MutableGraph<String> uses = GraphBuilder.directed().build();
    for (JavaClass c : classes) {
      if (!in.test(c)) {
        continue;
      }
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        JavaClass t = d.getTargetClass();
        if (t.getPackageName().equals(c.getPackageName())
            && !topLevel(c).equals(topLevel(t))
            && !permits(c, t)
            && !validatedBy(c, t)) {
          uses.putEdge(node.apply(c), node.apply(t));
        }
      }
    }
    return uses;
  }

  /** The uses that lead back to their user, directly or through others, as "a -> b". */
  private static List<String> leadingBack(MutableGraph<String> uses) {
    return uses.edges().stream()
        .filter(e -> Graphs.reachableNodes(uses, e.target()).contains(e.source()))
        .map(e -> e.source() + " -> " + e.target())
        .sorted()
        .toList();
  }

  /** Whether {@code c} is (or is nested in) a sealed type that permits {@code t}'s type. */
  private static boolean permits(JavaClass c, JavaClass t) {
    Class<?> owner = c.getEnclosingClass().map(JavaClass::reflect).orElse(c.reflect());
    Class<?>[] kinds = owner.isSealed() ? owner.getPermittedSubclasses() : new Class<?>[0];
    String target = topLevel(t);
    return Arrays.stream(kinds)
        .anyMatch(k -> k.getName().equals(target) || k.getName().equals(t.getName()));
  }

  /** Whether {@code c} is a Bean Validation constraint that names {@code t} as its validator. */
  private static boolean validatedBy(JavaClass c, JavaClass t) {
    return c.isAnnotation()
        && c.isAnnotatedWith(Constraint.class)
        && t.isAssignableTo(ConstraintValidator.class);
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
