package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;
import org.rbmkit.core.period.Period;

/**
 * A problem in an indicator's data, naming the result, the indicator and the period.
 *
 * <pre>{@code
 * // result 1.1, indicator 1.1.a, actual 2022: no target period contains 2022
 * finding.message();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param resultCode the code of the result holding the indicator; empty when checked alone
 * @param indicatorCode the indicator's code
 * @param period the period of the offending value; empty when the problem is not about one
 * @param kind what is wrong
 * @param message a sentence naming the indicator, the period and the offending value
 */
public record Finding(
    Optional<String> resultCode,
    String indicatorCode,
    Optional<Period> period,
    FindingKind kind,
    String message) {

  /** Checks the components. */
  public Finding {
    checkNotNull(resultCode, "resultCode");
    checkNotNull(indicatorCode, "indicatorCode");
    checkNotNull(period, "period");
    checkNotNull(kind, "kind");
    checkNotNull(message, "message");
  }

  /** The message. */
  @Override
  public String toString() {
    return message;
  }
}
