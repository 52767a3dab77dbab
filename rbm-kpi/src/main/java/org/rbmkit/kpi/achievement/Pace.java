package org.rbmkit.kpi.achievement;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;
import java.math.BigDecimal;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.text.Coded;

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

  /**
   * The share of a target expected to be reached by the end of a given day of the target period.
   *
   * <pre>{@code
   * // 2024-25, end of 2024-12-31: 366 of 731 days elapsed
   * PaceCurve.LINEAR.expectedShare(Biennium.parse("2024-25").dateRange(), LocalDate.of(2024, 12, 31));
   * }</pre>
   *
   * <p>An implementation returns a share from 0 to 1 that does not fall as the date advances, 0
   * before the period and 1 from its last day on. Implementations must be thread-safe.
   */
  @FunctionalInterface
  public interface PaceCurve {

    /**
     * Progress expected in proportion to the days elapsed: days of the period up to and including
     * {@code date}, divided by the days of the period. The default curve.
     */
    PaceCurve LINEAR =
        (period, date) -> {
          checkNotNull(period, "period");
          checkNotNull(date, "date");
          // every day from the period's last on; the day after the date is asked for only
          // within the period (the last day a date can hold has no day after it)
          long elapsed =
              date.isBefore(period.endExclusive())
                  ? period.daysElapsedBefore(date.plusDays(1))
                  : period.lengthInDays();
          return ExactRatio.of(
              BigDecimal.valueOf(elapsed), BigDecimal.valueOf(period.lengthInDays()));
        };

    /**
     * The share of the target expected by the end of {@code date}.
     *
     * @param period the target period's days
     * @param date the day at whose end progress is measured
     * @return a share from 0 to 1
     */
    ExactRatio expectedShare(DateRange period, LocalDate date);
  }

  /**
   * Whether an achievement is ahead of, on or behind the progress expected at a date.
   *
   * <pre>{@code
   * calc.pace(indicator, period, LocalDate.of(2024, 12, 31), PaceCurve.LINEAR).status();  // BEHIND
   * }</pre>
   */
  public enum PaceStatus implements Coded {
    /** The achievement exceeds the expected share. */
    AHEAD("ahead"),
    /** The achievement equals the expected share. */
    ON_PACE("on-pace"),
    /** The achievement falls short of the expected share. */
    BEHIND("behind"),
    /** Nothing is expected yet (the date is before the target period). */
    NOT_STARTED("not-started"),
    /** The achievement is undefined, or its range straddles the expected share. */
    UNDEFINED("undefined");

    private final String code;

    PaceStatus(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code on-pace}. */
    public String code() {
      return code;
    }

    /**
     * The constant with the given code.
     *
     * @throws IllegalArgumentException quoting the code and listing the accepted ones
     */
    public static PaceStatus fromCode(String code) {
      return Coded.fromCode(PaceStatus.class, code, "pace status");
    }
  }
}
