package org.rbmkit.core.indicator;

import org.rbmkit.core.text.Coded;

/**
 * How exactly a published value is stated: exactly, approximately ("environ"), as a lower bound
 * ("plus de", "au moins") or as an upper bound ("en dessous de").
 *
 * <pre>{@code
 * // "plus de 10 000 participants"
 * IndicatorValue v = IndicatorValue.of("10000").with(Qualifier.AT_LEAST);
 * }</pre>
 *
 * <p>Published texts use "plus de" (strictly more) and "au moins" (at least) interchangeably,
 * so both are read as {@link #AT_LEAST}; likewise "en dessous de" as {@link #AT_MOST}.
 */
public enum Qualifier implements Coded {
  /** The value as stated. */
  EXACT("exact"),
  /** About the value ("environ", "près de", "quelque"). */
  APPROXIMATE("approximate"),
  /** The true value is at least this ("au moins", "plus de", "dépasser"). */
  AT_LEAST("at-least"),
  /** The true value is at most this ("en dessous de", "moins de", "au plus"). */
  AT_MOST("at-most");

  private final String code;

  Qualifier(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code at-least}. */
  public String code() {
    return code;
  }

  /** The qualifier with the given code. */
  public static Qualifier fromCode(String code) {
    return Coded.fromCode(Qualifier.class, code, "qualifier");
  }
}
