package org.rbmkit.examples.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.json.BudgetJson;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Workplan;

/**
 * The example files of the tour, shipped in this module's resources and read with the library's
 * own readers (the seeds themselves are never read at run time).
 *
 * <pre>{@code
 * BudgetDocument budget = TourData.itcIloBudget();
 * }</pre>
 *
 * <p>Where each file's figures come from is recorded in {@code SOURCES.md} beside the files and
 * in the files themselves where their format has a place for it. Stateless and thread-safe.
 */
public final class TourData {

  /** The resource folder of the example files. */
  public static final String FOLDER = "/org/rbmkit/examples/tour/";

  /** The ILO Programme and Budget 2024-25 results framework (seed 002). */
  public static final String ILO_FRAMEWORK = "ilo-pb-2024-25.json";
  /** The ITC-ILO budget 2024-25 with its detail, reserve and staffing tables (seed 003). */
  public static final String ITCILO_BUDGET = "itcilo-budget-2024-25.json";
  /** The 2022 enrolments reproducing the certification rates of seed 003. */
  public static final String ENROLMENTS_2022 = "enrolments-2022.csv";
  /** Learning providers compared on visits, learners, cost and online share. */
  public static final String LEARNING_PROVIDERS = "benchmark-learning-providers.json";
  /** An example workforce for a dashboard by grade, gender and nationality. */
  public static final String WORKFORCE = "workforce-example.json";
  /** An example framework with indicators: the ILO IT strategy 2018-2021 (seed 004). */
  public static final String ACHIEVEMENT_FRAMEWORK = "achievement-framework.json";
  /** The WTO HR workplan 2024 (seed 000). */
  public static final String WTO_HR_WORKPLAN = "wto-hr-workplan-2024.json";

  private TourData() {}

  /** Opens an example file; the caller closes it. */
  public static InputStream open(String name) {
    InputStream in = TourData.class.getResourceAsStream(FOLDER + name);
    if (in == null) {
      throw new IllegalStateException("example file " + name + " is not on the class path");
    }
    return in;
  }

  /** The example file's text. */
  public static String text(String name) {
    try (InputStream in = open(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example file " + name, e);
    }
  }

  /** Opens a text example file as UTF-8; the caller closes it. */
  public static Reader reader(String name) {
    return new InputStreamReader(open(name), StandardCharsets.UTF_8);
  }

  /** The ILO Programme and Budget 2024-25 results framework. */
  public static ResultsFramework iloFramework() {
    return RbmJson.mapper().readValue(text(ILO_FRAMEWORK), ResultsFramework.class);
  }

  /** The example framework with baselines, targets and actuals. */
  public static ResultsFramework achievementFramework() {
    return RbmJson.mapper().readValue(text(ACHIEVEMENT_FRAMEWORK), ResultsFramework.class);
  }

  /** The ITC-ILO budget document 2024-25 as printed. */
  public static BudgetDocument itcIloBudget() {
    try (InputStream in = open(ITCILO_BUDGET)) {
      return BudgetJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read example file " + ITCILO_BUDGET, e);
    }
  }

  /** The learning-provider benchmark set. */
  public static BenchmarkSet learningProviders() {
    return RbmJson.mapper().readValue(text(LEARNING_PROVIDERS), BenchmarkSet.class);
  }

  /** The example workforce. */
  public static Workforce workforce() {
    return RbmJson.mapper().readValue(text(WORKFORCE), Workforce.class);
  }

  /** The WTO HR workplan. */
  public static Workplan wtoHrWorkplan() {
    return RbmJson.mapper().readValue(text(WTO_HR_WORKPLAN), Workplan.class);
  }
}
