package org.rbmkit.core.indicator.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.util.function.Function;
import org.rbmkit.core.internal.Installed;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.period.Quarter;

/**
 * An indicator's baselines, targets and actuals in one {@code long} array, made when the
 * indicator is made, so that a calculation over many indicators reads one array per indicator
 * instead of four objects per value (the value in its period, the value, its number, its
 * decimal): not API (this package is exported only to the library's own modules).
 *
 * <pre>{@code
 * long[] c = ValueColumns.of(indicator);
 * for (int k = ValueColumns.firstTarget(c); k < ValueColumns.firstActual(c); k++) {
 *   if (ValueColumns.isTotal(c, k) && ValueColumns.isDecimal(c, k)) {
 *     long units = ValueColumns.units(c, k);   // the target is units × 10^-scale(c, k)
 *   }
 * }
 * }</pre>
 *
 * <p>Value {@code k} is the {@code k}-th baseline, then, from {@link #firstTarget}, the targets,
 * then, from {@link #firstActual}, the actuals, each list in its order. Per value the array holds
 * two {@code long}s: its flags ({@link #TOTAL}, {@link #DECIMAL}, {@link #BOUND}), its scale, the
 * kind of its period and the period's first and last days; then, for a decimal of at most 18
 * digits at a scale of 0 to 18, its unscaled value. The period's days are held when they lie
 * within some 90 000 years of 1970 (every date a results framework has); else {@link #hasDays}
 * is false and the period is read from the value object. Memory: 16 bytes per value and 24 per
 * indicator, 296 bytes for an indicator with a baseline, 8 targets and 8 actuals; the value
 * objects take about 100 bytes each.
 *
 * <p>Two periods whose days are held are equal exactly when their {@link #periodKey}s are: the
 * kinds of period are the five of {@link Period}'s, and a period of a kind is equal to another of
 * that kind exactly when they cover the same days. A period whose days are not held is a date
 * range (the other kinds lie within 1900–2199), equal to another such exactly when their days
 * are the same. The value objects stay where they are (the
 * indicator's lists): a calculation that needs more reads them by position. The array is never
 * changed once built, and never handed to code outside the library.
 *
 * <p>This package does not name the indicator's class: the indicator installs its class and how
 * its columns are found ({@link #install}), so that {@code org.rbmkit.core.indicator} depends on
 * this package and not the other way round.
 */
public final class ValueColumns {

  /** The value is a total: it has no dimensions. */
  public static final int TOTAL = 1;

  /**
   * The value is a decimal of at most 18 digits at a scale of 0 to 18: {@link #units} and {@link
   * #scale} hold it exactly.
   */
  public static final int DECIMAL = 2;

  /** The value is stated as a bound: at least or at most. */
  public static final int BOUND = 4;

  /** The period's days are held (see {@link #hasDays}); set by the builder. */
  private static final int DAYS = 8;

  /** What {@link #periodKey} gives for a period whose days are not held. */
  public static final long NO_KEY = -1;

  /** The layout of a value's first {@code long}: flags, scale, period kind, first and last day. */
  private static final int SCALE_SHIFT = 4;
  private static final int KIND_SHIFT = 9;
  private static final int FIRST_SHIFT = 12;
  private static final int LAST_SHIFT = 38;
  private static final int DAY_BITS = 26;
  private static final long DAY_MASK = (1L << DAY_BITS) - 1;
  /** Days are held as their distance from this day, which makes them non-negative. */
  private static final long DAY_ZERO = -(1L << (DAY_BITS - 1));

  /** The most values an array can hold: two {@code long}s each, after one. */
  static final int MAX_VALUES = (Integer.MAX_VALUE - 9) / 2;

  /** 10^18: an unscaled value has fewer digits than this. */
  private static final long LIMIT = 1_000_000_000_000_000_000L;

  /** The indicator class and how an indicator's columns are found, installed by that class. */
  private static final Installed<long[]> COLUMNS = new Installed<>("value columns");

  private ValueColumns() {}

  /**
   * Columns for {@code baselines} baselines, then {@code targets} targets, then {@code actuals}
   * actuals, to be filled by {@link Builder#add} in that order.
   */
  public static Builder builder(int baselines, int targets, int actuals) {
    checkArgument(
        baselines >= 0
            && targets >= 0
            && actuals >= 0
            && (long) baselines + targets + actuals <= MAX_VALUES,
        "%s baselines, %s targets, %s actuals: from 0 to %s values in all",
        baselines,
        targets,
        actuals,
        MAX_VALUES);
    return new Builder(baselines, baselines + targets, baselines + targets + actuals);
  }

  /**
   * Fills the columns of one indicator, value after value. Not thread-safe; the columns are
   * complete when every value is added.
   */
  public static final class Builder {
    private final long[] columns;
    private int next;

    private Builder(int firstTarget, int firstActual, int values) {
      columns = new long[1 + 2 * values];
      columns[0] = firstTarget | ((long) firstActual << 32);
    }

    /**
     * Adds the next value: its period, its flags, and for a {@link #DECIMAL} its unscaled value of
     * at most 18 digits and its scale, 0 to 18 (else both 0).
     */
    public Builder add(Period period, int flags, long unscaled, int scale) {
      checkNotNull(period, "period");
      checkState(2 * next + 1 < columns.length, "all %s values are added", columns.length / 2);
      boolean decimal = (flags & DECIMAL) != 0;
      if ((flags & ~(TOTAL | DECIMAL | BOUND)) != 0
          || scale < 0
          || scale > 18
          || unscaled >= LIMIT
          || unscaled <= -LIMIT
          || (!decimal && (unscaled != 0 || scale != 0))) {
        throw new IllegalArgumentException(
            "flags " + flags + ", unscaled value " + unscaled + ", scale " + scale);
      }
      long key = periodKey(period);
      long meta = flags | ((long) scale << SCALE_SHIFT);
      if (key != NO_KEY) {
        meta |= DAYS | (key << KIND_SHIFT);
      }
      columns[1 + 2 * next] = meta;
      columns[2 + 2 * next] = unscaled;
      next++;
      return this;
    }

    /** The columns; every value has been added. */
    public long[] build() {
      checkState(
          2 * next + 1 == columns.length, "%s of %s values added", next, columns.length / 2);
      return columns;
    }
  }

  /**
   * Installs the indicator class and how an indicator's columns are found; called once, by that
   * class's static initialiser, before any indicator exists.
   *
   * @throws IllegalStateException if called again
   */
  public static <I> void install(Class<I> owner, Function<? super I, long[]> columnsOf) {
    COLUMNS.install(owner, columnsOf);
  }

  /**
   * The columns of {@code indicator}, which the caller must not change.
   *
   * @throws IllegalArgumentException if it is not of the class installed
   */
  public static long[] of(Object indicator) {
    return COLUMNS.of(indicator);
  }

  /** The position of the first target: the number of baselines. */
  public static int firstTarget(long[] c) {
    return (int) c[0];
  }

  /** The position of the first actual: the number of baselines and targets. */
  public static int firstActual(long[] c) {
    return (int) (c[0] >>> 32);
  }

  /** The number of values. */
  public static int size(long[] c) {
    return c.length >> 1;
  }

  /** Whether value {@code k} is a total (see {@link #TOTAL}). */
  public static boolean isTotal(long[] c, int k) {
    return (c[1 + 2 * k] & TOTAL) != 0;
  }

  /** Whether value {@code k} is a decimal held here (see {@link #DECIMAL}). */
  public static boolean isDecimal(long[] c, int k) {
    return (c[1 + 2 * k] & DECIMAL) != 0;
  }

  /** Whether value {@code k} is stated as at least or at most. */
  public static boolean isBound(long[] c, int k) {
    return (c[1 + 2 * k] & BOUND) != 0;
  }

  /** The unscaled value of decimal {@code k}, of at most 18 digits; 0 for any other value. */
  public static long units(long[] c, int k) {
    return c[2 + 2 * k];
  }

  /** The scale of decimal {@code k}, 0 to 18: it is {@code units(k) × 10^-scale(k)}. */
  public static int scale(long[] c, int k) {
    return (int) (c[1 + 2 * k] >>> SCALE_SHIFT) & 0x1F;
  }

  /** Whether the days of value {@code k}'s period are held: within about 90 000 years of 1970. */
  public static boolean hasDays(long[] c, int k) {
    return (c[1 + 2 * k] & DAYS) != 0;
  }

  /** The first day of value {@code k}'s period as an epoch day; its days are held. */
  public static long firstDay(long[] c, int k) {
    return ((c[1 + 2 * k] >>> FIRST_SHIFT) & DAY_MASK) + DAY_ZERO;
  }

  /** The last day of value {@code k}'s period as an epoch day; its days are held. */
  public static long lastDay(long[] c, int k) {
    return ((c[1 + 2 * k] >>> LAST_SHIFT) & DAY_MASK) + DAY_ZERO;
  }

  /** The key of value {@code k}'s period, {@link #NO_KEY} when its days are not held. */
  public static long periodKey(long[] c, int k) {
    long meta = c[1 + 2 * k];
    return (meta & DAYS) != 0 ? meta >>> KIND_SHIFT : NO_KEY;
  }

  /**
   * A number that is the same for two periods exactly when they are equal, made of their kind
   * and days; {@link #NO_KEY} for a date range whose days lie beyond some 90 000 years of 1970.
   */
  public static long periodKey(Period p) {
    return periodKey(p, firstDay(p), lastDay(p));
  }

  /**
   * The {@link #periodKey(Period)} of {@code p}, whose first and last days, as {@link
   * #firstDay(Period)} and {@link #lastDay(Period)} give them, the caller has at hand.
   */
  public static long periodKey(Period p, long firstDay, long lastDay) {
    long first = firstDay - DAY_ZERO;
    long last = lastDay - DAY_ZERO;
    if (first < 0 || first > DAY_MASK || last < 0 || last > DAY_MASK) {
      return NO_KEY;
    }
    return kind(p) | (first << (FIRST_SHIFT - KIND_SHIFT)) | (last << (LAST_SHIFT - KIND_SHIFT));
  }

  /** The kind of {@code p}, 1 to 5. */
  private static long kind(Period p) {
    if (p instanceof CalendarYear) {
      return 1;
    } else if (p instanceof Biennium) {
      return 2;
    } else if (p instanceof PlanPeriod) {
      return 3;
    } else if (p instanceof Quarter) {
      return 4;
    }
    // a DateRange: the last of the five kinds that Period permits
    return 5;
  }

  /** The first day of {@code p} as an epoch day; a calendar year's without making a date. */
  public static long firstDay(Period p) {
    if (p instanceof CalendarYear y) {
      return newYear(y.year());
    }
    return p.dateRange().start().toEpochDay();
  }

  /** The last day of {@code p} as an epoch day; a calendar year's without making a date. */
  public static long lastDay(Period p) {
    if (p instanceof CalendarYear y) {
      return newYear(y.year() + 1) - 1;
    }
    return p.dateRange().endExclusive().toEpochDay() - 1;
  }

  /** The epoch day of the first of January of {@code year}, as {@code LocalDate.toEpochDay}. */
  static long newYear(int year) {
    long y = year;
    long days = 365 * y;
    if (y >= 0) {
      days += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    } else {
      days -= y / -4 - y / -100 + y / -400;
    }
    return days - DAYS_0000_TO_1970;
  }

  /** Days from the first of January of year 0 to that of 1970 (proleptic Gregorian). */
  private static final long DAYS_0000_TO_1970 = (146_097L * 5L) - (30L * 365L + 7L);
}
