package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An achievement set against the share of its target expected at a date.
 *
 * <pre>{@code
 * // target period 2024-25, 50 % achieved at the end of 2024 (366 of 731 days: 50.07 % expected)
 * Pace p = Pace.of(achievement, LocalDate.of(2024, 12, 31), PaceCurve.LINEAR);
 * p.status();        // BEHIND, by a hair
 * p.low();           // achievement ÷ expected share = 0.5 ÷ (366/731)
 * }</pre>
 *
 * <p>{@code low} and {@code high} are the achievement divided by the expected share (1 = exactly on
 * pace), the basis of time-paced rating bands; they are empty when nothing is expected yet or the
 * achievement (or that end of its range) is undefined. Immutable and thread-safe.
 *
 * @param achievement the achievement at the date
 * @param date the day at whose end progress is measured
 * @param expectedShare the share of the target expected by then, 0 to 1
 * @param status ahead, on pace, behind, not started or undefined
 * @param low the pace ratio, or the lower end of its range
 * @param high the pace ratio, or the upper end of its range
 */
public record Pace(
    Achievement achievement,
    LocalDate date,
    ExactRatio expectedShare,
    PaceStatus status,
    Optional<ExactRatio> low,
    Optional<ExactRatio> high) {

  /** Checks the components. */
  public Pace {
    checkNotNull(achievement, "achievement");
    checkNotNull(date, "date");
    checkNotNull(expectedShare, "expectedShare");
    checkNotNull(status, "status");
    checkNotNull(low, "low");
    checkNotNull(high, "high");
  }

  /** The pace of {@code achievement} at the end of {@code date} under {@code curve}. */
  public static Pace of(Achievement achievement, LocalDate date, PaceCurve curve) {
    checkNotNull(achievement, "achievement");
    checkNotNull(date, "date");
    checkNotNull(curve, "curve");
    ExactRatio expected = curve.expectedShare(achievement.period().dateRange(), date);
    if (expected.signum() <= 0) {
      return new Pace(
          achievement, date, expected, PaceStatus.NOT_STARTED, Optional.empty(), Optional.empty());
    }
    Optional<ExactRatio> lo = achievement.low().map(r -> r.dividedBy(expected));
    Optional<ExactRatio> hi = achievement.high().map(r -> r.dividedBy(expected));
    PaceStatus s;
    if (!achievement.status().isDefined()) {
      s = PaceStatus.UNDEFINED;
    } else if (lo.isPresent() && lo.get().compareValue(ExactRatio.ONE) > 0) {
      s = PaceStatus.AHEAD;
    } else if (hi.isPresent() && hi.get().compareValue(ExactRatio.ONE) < 0) {
      s = PaceStatus.BEHIND;
    } else if (achievement.point().isPresent()) {
      s = PaceStatus.ON_PACE;
    } else {
      s = PaceStatus.UNDEFINED;
    }
    return new Pace(achievement, date, expected, s, lo, hi);
  }
}
