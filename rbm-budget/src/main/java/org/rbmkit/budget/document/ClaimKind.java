package org.rbmkit.budget.document;

import org.rbmkit.core.text.Coded;

/** What a claim of the text states about the figures. */
public enum ClaimKind implements Coded {
  /** {@code (to − from) / from × 100}, in per cent: "une diminution d'environ 7 pour cent". */
  PERCENTAGE_CHANGE("percentage-change", "%"),
  /** {@code to − from}, in the currency: "diminuer de 590 000 euros". */
  ABSOLUTE_CHANGE("absolute-change", null),
  /** A figure, optionally divided by {@code per}: "environ 1,07 million d'euros". */
  AMOUNT("amount", null),
  /**
   * Growth of a stated real rate over a stated inflation rate: the nominal figure must be
   * {@code from × (1 + inflation) × (1 + real)}; "croissance réelle nulle" claims a real rate 0.
   */
  REAL_CHANGE("real-change", null),
  /** A figure as a percentage of another: "environ 64 pour cent des dépenses fixes". */
  SHARE("share", "%"),
  /** A count obtained from a figure divided by {@code per}: "176 postes" = 352 FTE / 2. */
  COUNT("count", "count");

  private final String code;
  private final String measure;

  ClaimKind(String code, String measure) {
    this.code = code;
    this.measure = measure;
  }

  /** The stable code used in JSON, such as {@code real-change}. */
  public String code() {
    return code;
  }

  /** Whether the claim compares two columns ({@code from} and {@code column}). */
  public boolean isChange() {
    return this == PERCENTAGE_CHANGE || this == ABSOLUTE_CHANGE || this == REAL_CHANGE;
  }

  /**
   * The measure of the claimed and compared figures: {@code %}, {@code count}, or empty for the
   * document's currency.
   */
  public java.util.Optional<String> measure() {
    return java.util.Optional.ofNullable(measure);
  }

  /**
   * The kind with the given code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static ClaimKind fromCode(String code) {
    return Coded.fromCode(ClaimKind.class, code, "claim kind");
  }
}
