package org.rbmkit.core.indicator;

import org.rbmkit.core.text.Coded;

/**
 * How an indicator is measured, with the IATI {@code IndicatorMeasure} code it is published as.
 *
 * <pre>{@code
 * Measure.PERCENTAGE.iatiCode();      // 2
 * Measure.fromCode("ratio");          // RATIO
 * Measure.RATIO.accepts(value);       // true only for a RatioValue
 * }</pre>
 *
 * <p>IATI 2.03 knows five measures (1 unit, 2 percentage, 3 nominal, 4 ordinal, 5 qualitative).
 * rbmkit adds two that IATI folds into "unit": a {@linkplain #RATIO ratio}, which keeps its
 * numerator and denominator, and a {@linkplain #CURRENCY currency amount}, whose unit is an ISO
 * 4217 code.
 */
public enum Measure implements Coded {
  /** A count or quantity in a unit ("participants", "countries"); IATI 1. */
  UNIT("unit", 1),
  /** A percentage, 0–100 and beyond; IATI 2. */
  PERCENTAGE("percentage", 2),
  /**
   * A ratio kept as numerator and denominator ("72 of 119"); published to IATI as unit (1), the
   * quotient.
   */
  RATIO("ratio", 1),
  /** An amount of money; the indicator's unit is an ISO 4217 code; IATI 1. */
  CURRENCY("currency", 1),
  /** A quantitative nominal scale: categories without order; IATI 3. */
  NOMINAL("nominal", 3),
  /** A quantitative ordinal scale: ordered levels; IATI 4. */
  ORDINAL("ordinal", 4),
  /** A qualitative statement; IATI 5. */
  QUALITATIVE("qualitative", 5);

  private final String code;
  private final int iatiCode;

  Measure(String code, int iatiCode) {
    this.code = code;
    this.iatiCode = iatiCode;
  }

  /** The stable code used in JSON, such as {@code percentage}. */
  public String code() {
    return code;
  }

  /** The IATI IndicatorMeasure code, 1 to 5. */
  public int iatiCode() {
    return iatiCode;
  }

  /**
   * Whether a value of this kind can measure an indicator of this measure: a {@link DecimalValue}
   * for unit, percentage and currency; a {@link RatioValue} for ratio; a decimal or a
   * {@link TextValue} category for nominal and ordinal; a {@link TextValue} for qualitative.
   */
  public boolean accepts(Value value) {
    return switch (this) {
      case UNIT, PERCENTAGE, CURRENCY -> value instanceof DecimalValue;
      case RATIO -> value instanceof RatioValue;
      case NOMINAL, ORDINAL -> value instanceof DecimalValue || value instanceof TextValue;
      case QUALITATIVE -> value instanceof TextValue;
    };
  }

  /**
   * The measure an IATI {@code IndicatorMeasure} code is read as: 1 {@link #UNIT}, 2
   * {@link #PERCENTAGE}, 3 {@link #NOMINAL}, 4 {@link #ORDINAL}, 5 {@link #QUALITATIVE}. (IATI
   * cannot say ratio or currency; both are published as 1.)
   *
   * @throws IllegalArgumentException for any other code
   */
  public static Measure fromIatiCode(int iatiCode) {
    return switch (iatiCode) {
      case 1 -> UNIT;
      case 2 -> PERCENTAGE;
      case 3 -> NOMINAL;
      case 4 -> ORDINAL;
      case 5 -> QUALITATIVE;
      default -> throw new IllegalArgumentException(
          "IATI indicator measure " + iatiCode + " is not one of 1 to 5");
    };
  }

  /** The measure with the given code. */
  public static Measure fromCode(String code) {
    return Coded.fromCode(Measure.class, code, "measure");
  }
}
