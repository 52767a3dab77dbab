package org.rbmkit.examples.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.workforce.Workforce;
import org.rbmkit.kpi.workplan.Workplan;

/** The kinds of document {@code rbm} reads, as {@code validate --type} names them. */
public enum InputKind {
  /** A results framework (rbm-core JSON). */
  FRAMEWORK("results framework", ResultsFramework.class, "achievement"),
  /** A budget document (rbm-budget JSON). */
  BUDGET("budget document", BudgetDocument.class, "balance"),
  /** A benchmark set (rbm-kpi JSON). */
  BENCHMARK("benchmark set", BenchmarkSet.class, "benchmark"),
  /** A workforce (rbm-kpi JSON). */
  WORKFORCE("workforce", Workforce.class, "validate"),
  /** A workplan (rbm-kpi JSON). */
  WORKPLAN("workplan", Workplan.class, "validate"),
  /** An enrolment CSV file. */
  ENROLMENTS("enrolment CSV file", null, "certification"),
  /** An IATI activities file (XML). */
  IATI("IATI activities file", null, "convert");

  private final String label;
  private final Class<?> type;
  private final String command;

  InputKind(String label, Class<?> type, String command) {
    this.label = label;
    this.type = type;
    this.command = command;
  }

  /** The kind read into the given class, if it is one of these. */
  static Optional<InputKind> of(Class<?> type) {
    return Arrays.stream(values()).filter(k -> k.type == type).findFirst();
  }

  /** The {@code rbm} command that reads this kind, such as {@code balance}. */
  public String command() {
    return command;
  }

  /** The label with its article: "a results framework", "an IATI activities file". */
  public String withArticle() {
    return withArticle(label);
  }

  /** The code used by {@code --type}, such as {@code framework}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** What it is, in words. */
  public String label() {
    return label;
  }

  /** A kind of document with its article: "a budget document", "an allocation document". */
  static String withArticle(String label) {
    return ("aeiouAEIOU".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
  }
}
