package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;

/** Shared checks of this package's records; package-private. */
final class Codes {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private Codes() {}

  static String code(String code, String what) {
    checkNotNull(code, what);
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          lenientFormat(
              "%s \"%s\" must be 1-64 letters, digits, '.', '_' or '-'",
              what,
              code.length() > 40 ? code.substring(0, 37) + "..." : code));
    }
    return code;
  }

  static BigDecimal normalise(BigDecimal v) {
    if (v.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0, RoundingMode.UNNECESSARY) : s;
  }
}
