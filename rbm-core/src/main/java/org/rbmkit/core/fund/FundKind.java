package org.rbmkit.core.fund;

import org.rbmkit.core.text.Coded;

/**
 * The kinds of funds, following the revenue categories of the UN System Chief Executives Board
 * (CEB), with reserve funds as a kind of their own.
 */
public enum FundKind implements Coded {
  /** Assessed contributions: the regular budget ("budget ordinaire"). */
  ASSESSED("assessed"),
  /** Voluntary contributions not specified to use: core funds such as the ILO's RBSA. */
  VOLUNTARY_CORE("voluntary-core"),
  /** Voluntary contributions specified to use: earmarked, extra-budgetary (XBDC). */
  VOLUNTARY_EARMARKED("voluntary-earmarked"),
  /** Other revenue: revenue-producing activities, such as training fees or the variable budget. */
  OTHER_REVENUE("other-revenue"),
  /** A reserve fund set aside for a stated purpose ("fonds de réserve"). */
  RESERVE("reserve");

  private final String code;

  FundKind(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code voluntary-core}. */
  public String code() {
    return code;
  }

  /** The kind with the given code. */
  public static FundKind fromCode(String code) {
    return Coded.fromCode(FundKind.class, code, "fund kind");
  }
}
