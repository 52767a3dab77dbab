package org.rbmkit.kpi.certification;

import java.util.function.Function;

/**
 * A property of an enrolment that rates can be broken down by.
 *
 * <pre>{@code
 * Dimension.MODALITY.valueOf(enrolment);   // "tutor-supported-online"
 * Dimension.YEAR.valueOf(enrolment);       // "2022"
 * }</pre>
 *
 * <p>Each dimension maps an enrolment to a text value: the code of an enum, an identifier, or the
 * calendar year of the enrolment date. Codes are stable; never persist {@code ordinal()}.
 */
public enum Dimension {
  /** The activity's modality, by {@link Modality#code()}. */
  MODALITY("modality", e -> e.activity().modality().code()),
  /** The credential tier the activity leads to, by {@link CredentialTier#code()}. */
  CREDENTIAL("credential", e -> e.activity().credential().code()),
  /** The activity's pricing, by {@link Pricing#code()}. */
  PRICING("pricing", e -> e.activity().pricing().code()),
  /** Open or tailor-made, by {@link Offer#code()}. */
  OFFER("offer", e -> e.activity().offer().code()),
  /** The calendar year of the enrolment date, such as {@code 2022}. */
  YEAR("year", e -> Integer.toString(e.enrolledOn().getYear())),
  /** The cohort's identifier. */
  COHORT("cohort", e -> e.cohort().id()),
  /** The technical programme running the activity. */
  PROGRAMME("programme", e -> e.activity().programme()),
  /** The activity's identifier. */
  ACTIVITY("activity", e -> e.activity().id());

  private final String code;
  private final Function<Enrolment, String> value;

  Dimension(String code, Function<Enrolment, String> value) {
    this.code = code;
    this.value = value;
  }

  /** The stable code, such as {@code modality}. */
  public String code() {
    return code;
  }

  /** The enrolment's value along this dimension. */
  public String valueOf(Enrolment enrolment) {
    return value.apply(enrolment);
  }

  /**
   * The dimension with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Dimension fromCode(String code) {
    for (Dimension v : values()) {
      if (v.code.equals(code)) {
        return v;
      }
    }
    throw new IllegalArgumentException(
        "dimension \""
            + code
            + "\" is not one of modality, credential, pricing, offer, year, cohort, programme,"
            + " activity");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
