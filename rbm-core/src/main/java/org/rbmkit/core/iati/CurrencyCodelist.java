package org.rbmkit.core.iati;

import java.util.Map;
import java.util.Optional;

/**
 * The codes IATI's {@code Currency} codelist marks withdrawn ({@code status="withdrawn"}): still
 * known to ISO 4217's list of historic codes (and some to the JDK), no longer to be published.
 */
final class CurrencyCodelist {

  // From the Currency codelist of the IATI standard (codelist-item status="withdrawn", with its
  // withdrawal-date and replacement where the codelist names one), and HRK, which ISO 4217 moved
  // to its historic codes when Croatia adopted the euro on 2023-01-01 and the codelist followed.
  private static final Map<String, String> WITHDRAWN =
      Map.of(
          "BYR", "withdrawn 2018-08-08, use BYN",
          "EEK", "withdrawn 2018-08-08",
          "HRK", "withdrawn from ISO 4217 on 2023-01-01, use EUR",
          "LTL", "withdrawn 2018-08-08",
          "LVL", "withdrawn 2018-08-08",
          "MRO", "withdrawn 2018-08-08, use MRU",
          "STD", "withdrawn 2018-08-08, use STN",
          "USS", "withdrawn 2018-08-20",
          "VEF", "withdrawn 2018-12-06",
          "ZMK", "withdrawn 2018-08-08, use ZMW");

  private CurrencyCodelist() {}

  /** Why the code is withdrawn, or empty for a code the codelist does not mark withdrawn. */
  static Optional<String> withdrawn(String code) {
    return Optional.ofNullable(WITHDRAWN.get(code));
  }
}
