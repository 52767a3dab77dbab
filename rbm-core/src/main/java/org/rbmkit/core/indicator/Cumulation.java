package org.rbmkit.core.indicator;

import org.rbmkit.core.text.Coded;

/**
 * How an indicator's values over successive periods relate, and so how they add up.
 *
 * <pre>{@code
 * // participants trained each year: the biennium's figure is the sum of the years
 * Cumulation.CUMULATIVE.sumsOverPeriods();               // true
 * // a rate per year: the latest figure stands, the years do not add up
 * Cumulation.NON_CUMULATIVE.sumsOverPeriods();           // false
 * // a running total reported each year: the latest figure already includes earlier ones
 * Cumulation.NON_SUMMING_CUMULATIVE.sumsOverPeriods();   // false
 * }</pre>
 */
public enum Cumulation implements Coded {
  /**
   * Each period's value counts what happened in that period only; the total over several periods
   * is their sum (participants trained per year).
   */
  CUMULATIVE("cumulative", true),
  /**
   * Each period's value is a level or rate of its own (a certification rate); values over periods
   * neither add up nor include each other; the latest stands for the whole.
   */
  NON_CUMULATIVE("non-cumulative", false),
  /**
   * Each period's value is a running total that already includes earlier periods (countries
   * having ratified to date); summing would count twice; the latest is the total.
   */
  NON_SUMMING_CUMULATIVE("non-summing-cumulative", false);

  private final String code;
  private final boolean sums;

  Cumulation(String code, boolean sums) {
    this.code = code;
    this.sums = sums;
  }

  /** The stable code used in JSON, such as {@code non-cumulative}. */
  public String code() {
    return code;
  }

  /**
   * Whether the value over several periods is the sum of the periods' values; when false, it is
   * the value of the latest period.
   */
  public boolean sumsOverPeriods() {
    return sums;
  }

  /** The cumulation with the given code. */
  public static Cumulation fromCode(String code) {
    return Coded.fromCode(Cumulation.class, code, "cumulation");
  }
}
