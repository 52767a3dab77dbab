package org.rbmkit.budget.resources;

import java.math.BigDecimal;
import org.rbmkit.core.money.Digits;

/** Shared checks of this package's records; package-private. */
final class Codes {

  private Codes() {}

  static String code(String code, String what) {
    return org.rbmkit.core.text.Codes.checkIdentifier(code, what);
  }

  static BigDecimal normalise(BigDecimal v) {
    return Digits.normalise(v);
  }
}
