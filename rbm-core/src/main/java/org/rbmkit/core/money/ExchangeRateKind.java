package org.rbmkit.core.money;

import org.rbmkit.core.text.Coded;

/** What an exchange rate is used for. */
public enum ExchangeRateKind implements Coded {
  /** The rate the budget was set at (the ILO's budget rate). */
  BUDGET("budget"),
  /** The UN operational rate of exchange of a month. */
  OPERATIONAL("operational"),
  /** An average over a period. */
  AVERAGE("average");

  private final String code;

  ExchangeRateKind(String code) {
    this.code = code;
  }

  /** The stable lower-case code used in JSON. */
  public String code() {
    return code;
  }

  /** The kind with the given code. */
  public static ExchangeRateKind fromCode(String code) {
    return Coded.fromCode(ExchangeRateKind.class, code, "exchange rate kind");
  }
}
