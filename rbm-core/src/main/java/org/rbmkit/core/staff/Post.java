package org.rbmkit.core.staff;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.Codes;

/**
 * A post (position) budgeted for a period: its grade, the fund that pays for it and how much
 * staff time it stands for.
 *
 * <pre>{@code
 * Fund rb = new Fund("RB", "Budget ordinaire", FundKind.ASSESSED);
 * Post director = new Post("DIR-1", Grade.D_2, rb, Biennium.parse("2024-25"), StaffTime.fte("1.0"));
 * director.workMonths();     // 24 work-months
 * director.fteYears(1, RoundingMode.UNNECESSARY);   // 2.0: as ITC-ILO Annex II counts it
 * }</pre>
 *
 * <p>The period must be whole calendar months (a year, a biennium, a quarter, or a date range
 * from the first of a month to the last day of a month), so that FTE and work-months convert
 * exactly. Staff time in FTE is at most 1.0 per post; in work-months at most the period's months.
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the post's identifier, 1–64 letters, digits, {@code . _ -}
 * @param grade the post's grade
 * @param fund the fund the post is charged to
 * @param period the period the post is budgeted for
 * @param time the staff time the post stands for over the period
 */
public record Post(String code, Grade grade, Fund fund, Period period, StaffTime time) {

  /** Checks the components. */
  public Post {
    checkNotNull(code, "code");
    checkNotNull(grade, "grade");
    checkNotNull(fund, "fund");
    checkNotNull(period, "period");
    checkNotNull(time, "time");
    Codes.checkIdentifier(code, "post code");
    int months = monthsOf(period);
    checkArgument(
        months > 0,
        "post %s: period %s is not a whole number of calendar months",
        code,
        period);
    BigDecimal max =
        time.unit() == StaffTimeUnit.FTE ? BigDecimal.ONE : BigDecimal.valueOf(months);
    checkArgument(
        time.amount().compareTo(max) <= 0,
        "post %s: staff time %s exceeds one full-time post over %s (%s %s)",
        code,
        time,
        period,
        max,
        time.unit().code());
  }

  /** The number of whole months of the period. */
  public int periodMonths() {
    return monthsOf(period);
  }

  /** The post's staff time in work-months; exact. */
  public StaffTime workMonths() {
    return time.toWorkMonths(periodMonths());
  }

  /**
   * The post's staff time in full-time-equivalent years (work-months / 12): a full-time post over
   * a biennium gives 2.0, as in ITC-ILO's Annex II. Rounded to {@code scale} places with
   * {@code rounding} when not exact.
   */
  public BigDecimal fteYears(int scale, RoundingMode rounding) {
    checkNotNull(rounding, "rounding");
    return workMonths().amount().divide(BigDecimal.valueOf(12), scale, rounding);
  }

  /** The code. */
  @Override
  public String toString() {
    return "post " + code + " (" + grade + ", " + fund.code() + ", " + period + ", " + time + ")";
  }

  private static int monthsOf(Period period) {
    DateRange r = period.dateRange();
    if (r.start().getDayOfMonth() != 1 || r.endExclusive().getDayOfMonth() != 1) {
      return 0;
    }
    return (int) ChronoUnit.MONTHS.between(r.start(), r.endExclusive());
  }
}
