package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import org.rbmkit.core.money.Digits;

/** Checks shared by the model's constructors. */
final class Ids {

  /** Longest identifier accepted, in characters. */
  static final int MAX_ID_LENGTH = 100;

  private Ids() {}

  /** An identifier: not blank, no surrounding spaces, at most {@link #MAX_ID_LENGTH} chars. */
  static String checkId(String id, String field) {
    checkNotNull(id, field);
    checkArgument(!id.isBlank(), "%s is blank", field);
    checkArgument(id.strip().equals(id), "%s \"%s\" has surrounding spaces", field, id);
    checkArgument(
        id.length() <= MAX_ID_LENGTH,
        "%s is %s characters long, more than %s",
        field,
        id.length(),
        MAX_ID_LENGTH);
    return id;
  }

  /** A non-negative number of hours with its scale normalised, so 60.0 equals 60. */
  static BigDecimal checkHours(BigDecimal hours, String field) {
    checkNotNull(hours, field);
    if (hours.signum() < 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "%s %s is negative",
              field,
              hours.toPlainString()));
    }
    return Digits.normalise(hours);
  }
}
