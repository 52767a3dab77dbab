package org.rbmkit.kpi.certification;

import java.util.function.Function;
import org.rbmkit.core.text.Coded;

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
public enum Dimension implements Coded {
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
   * How many values this dimension can take when they form a closed set (an enum), or 0 when
   * they do not (years, identifiers). Lets a tally index its groups by array position in memory;
   * never persisted.
   */
  int cardinality() {
    switch (this) {
      case MODALITY:
        return Modality.values().length;
      case CREDENTIAL:
        return CredentialTier.values().length;
      case PRICING:
        return Pricing.values().length;
      case OFFER:
        return Offer.values().length;
      default:
        return 0;
    }
  }

  /**
   * The position of the value of an enrolment in activity {@code a} among the {@link
   * #cardinality()} values, for a closed dimension only; {@link #valueAt} maps it back.
   */
  int indexOf(LearningActivity a) {
    switch (this) {
      case MODALITY:
        return a.modality().ordinal();
      case CREDENTIAL:
        return a.credential().ordinal();
      case PRICING:
        return a.pricing().ordinal();
      case OFFER:
        return a.offer().ordinal();
      default:
        throw new IllegalStateException("dimension " + code + " is not a closed set");
    }
  }

  /** The value at a position given by {@link #indexOf}, as {@link #valueOf} gives it. */
  String valueAt(int index) {
    switch (this) {
      case MODALITY:
        return Modality.values()[index].code();
      case CREDENTIAL:
        return CredentialTier.values()[index].code();
      case PRICING:
        return Pricing.values()[index].code();
      case OFFER:
        return Offer.values()[index].code();
      default:
        throw new IllegalStateException("dimension " + code + " is not a closed set");
    }
  }

  /**
   * The dimension with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Dimension fromCode(String code) {
    return Coded.fromCode(Dimension.class, code, "dimension");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
