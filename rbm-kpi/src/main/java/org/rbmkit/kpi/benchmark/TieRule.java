package org.rbmkit.kpi.benchmark;

import org.rbmkit.core.text.Coded;

/**
 * How tied values share ranks, for values {@code 10, 8, 8, 5} with higher better.
 *
 * <ul>
 *   <li>{@link #COMPETITION}: {@code 1, 2, 2, 4} ("1224"); a rank is one plus the number of
 *       entities strictly better;
 *   <li>{@link #DENSE}: {@code 1, 2, 2, 3} ("1223"); one plus the number of distinct better
 *       values;
 *   <li>{@link #FRACTIONAL}: {@code 1, 2.5, 2.5, 4}; the mean of the positions the tied entities
 *       occupy, so ranks always sum to {@code n(n+1)/2}.
 * </ul>
 */
public enum TieRule implements Coded {
  /** Standard competition ranking: tied entities take the best position of their block. */
  COMPETITION("competition"),
  /** Dense ranking: tied entities share a rank and the next value takes the next integer. */
  DENSE("dense"),
  /** Fractional ranking: tied entities take the mean of the positions of their block. */
  FRACTIONAL("fractional");

  private final String code;

  TieRule(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and reports, such as {@code competition}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static TieRule fromCode(String code) {
    return Coded.fromCode(TieRule.class, code, "tie rule");
  }

  @Override
  public String toString() {
    return code;
  }
}
