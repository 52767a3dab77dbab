package org.rbmkit.examples.tour;

import java.io.PrintStream;

/**
 * The guided tour: every step, in order, on the example data that ships with this module.
 *
 * <p>Run it from a fresh clone with {@code ./mvnw -B -q -Ptour -pl rbm-examples -am package
 * -DskipTests}. Each step is a class of this package with its own {@code main}, readable on its
 * own: {@link ResultsFrameworkExample}, {@link BudgetBalanceExample},
 * {@link ReservesAndStaffExample}, {@link ConsistencyCheckExample},
 * {@link CertificationRatesExample}, {@link AchievementExample}, {@link BenchmarkExample},
 * {@link WorkforceDashboardExample}, {@link WorkplanExample} and
 * {@link ResourcesToResultsExample}.
 *
 * <pre>{@code
 * GuidedTour.print(System.out);
 * }</pre>
 */
public final class GuidedTour {

  private GuidedTour() {}

  /** Runs the tour and prints it to standard output. */
  public static void main(String[] args) {
    print(System.out);
  }

  /** Prints every step of the tour. */
  public static void print(PrintStream out) {
    out.println("rbmkit guided tour: results-based management on published figures");
    out.println("(ILO, ITC-ILO and WTO documents; every figure recomputed, nothing rounded"
        + " implicitly)");
    ResultsFrameworkExample.print(out);
    BudgetBalanceExample.print(out);
    ReservesAndStaffExample.print(out);
    ConsistencyCheckExample.print(out);
    CertificationRatesExample.print(out);
    AchievementExample.print(out);
    BenchmarkExample.print(out);
    WorkforceDashboardExample.print(out);
    WorkplanExample.print(out);
    ResourcesToResultsExample.print(out);
    IatiResourcesExample.print(out);
    out.println();
    out.println("End of the tour. Each step runs on its own: see docs/tour.md.");
  }
}
