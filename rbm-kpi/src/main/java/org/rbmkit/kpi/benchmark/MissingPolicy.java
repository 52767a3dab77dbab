package org.rbmkit.kpi.benchmark;

import org.rbmkit.core.text.Coded;

/**
 * What happens to an entity without a value for the metric and period (or whose normaliser has
 * no value). Either way the entity is listed in {@link MetricTable#missing()} with the reason.
 */
public enum MissingPolicy implements Coded {
  /** Not ranked: ranks, percentiles and statistics cover the entities with values only. */
  EXCLUDE("exclude"),
  /** Ranked after every entity with a value, all missing entities tied; statistics still cover the present values only. */
  RANK_LAST("rank-last");

  private final String code;

  MissingPolicy(String code) {
    this.code = code;
  }

  /** The stable code used in JSON and reports, such as {@code exclude}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static MissingPolicy fromCode(String code) {
    return Coded.fromCode(MissingPolicy.class, code, "missing-value policy");
  }

  @Override
  public String toString() {
    return code;
  }
}
