package org.rbmkit.kpi.achievement;

import org.rbmkit.core.text.Coded;

/**
 * How the rating of a result follows from the ratings of the indicators under it.
 *
 * <pre>{@code
 * // indicators on track, on track, off track
 * RollupRule.WORST;      // off track
 * RollupRule.MEDIAN;     // on track
 * }</pre>
 *
 * <p>Unrated indicators take no part; a result without any rated indicator is {@link
 * Rating#NOT_RATED}.
 */
public enum RollupRule implements Coded {
  /** The worst rating. The default: a result is only as sound as its weakest indicator. */
  WORST("worst"),
  /** The median rating by severity; for an even count, the worse of the two middle ones. */
  MEDIAN("median"),
  /**
   * The scheme's rating of the weighted mean of the indicators' scores (the rounded percentages the
   * scheme banded).
   */
  WEIGHTED("weighted");

  private final String code;

  RollupRule(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code median}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static RollupRule fromCode(String code) {
    return Coded.fromCode(RollupRule.class, code, "roll-up rule");
  }
}
