package org.rbmkit.core.indicator;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.period.Period;

/**
 * The JSON and Bean Validation form of a {@link PeriodValue} or {@link Baseline}: a period and a
 * value, flattened.
 *
 * <pre>{@code
 * {"period": "2024-25", "value": 40, "qualifier": "at-least"}
 * {"period": "2022", "numerator": 72, "denominator": 119, "dimensions": {"sex": "female"}}
 * }</pre>
 *
 * <p>A mutable bean for reading and validating; not thread-safe.
 */
@JsonPropertyOrder({"period", "value", "numerator", "denominator", "text", "qualifier", "dimensions"})
public class PeriodValueDocument extends ValueDocument {

  /** The period: {@code "2024"}, {@code "2024-25"}, {@code "2024-Q1"}, a date range … */
  public Period period;

  /** An empty document, to be filled by Jackson or by hand. */
  public PeriodValueDocument() {}

  /** Every problem of the value, and a missing period. */
  @Override
  public void crossCheck(Problems problems) {
    IndicatorRules.required(problems, period, "period");
    super.crossCheck(problems);
  }

  /** The document form of a target, milestone or actual. */
  public static PeriodValueDocument of(PeriodValue pv) {
    PeriodValueDocument d = new PeriodValueDocument();
    d.period = pv.period();
    d.fill(pv.value());
    return d;
  }

  /** The document form of a baseline. */
  public static PeriodValueDocument of(Baseline b) {
    PeriodValueDocument d = new PeriodValueDocument();
    d.period = b.period();
    d.fill(b.value());
    return d;
  }

  /**
   * The target, milestone or actual.
   *
   * @throws IllegalArgumentException if the document is not valid
   */
  public PeriodValue toPeriodValue() {
    return new PeriodValue(period, toModel());
  }

  /**
   * The baseline.
   *
   * @throws IllegalArgumentException if the document is not valid
   */
  public Baseline toBaseline() {
    return new Baseline(period, toModel());
  }
}
