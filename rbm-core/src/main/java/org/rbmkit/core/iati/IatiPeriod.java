package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * An indicator's reporting {@code period}: start and end dates with its targets and actuals.
 *
 * <pre>{@code
 * IatiPeriod p = new IatiPeriod(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 3, 31),
 *     ImmutableList.of(IatiIndicatorValue.of("10")), ImmutableList.of(IatiIndicatorValue.of("11")));
 * }</pre>
 *
 * <p>A start after the end is kept as published (the reader reports it as finding 8.6.1). Immutable
 * and thread-safe.
 *
 * @param start the {@code period-start} date
 * @param end the {@code period-end} date, inclusive
 * @param targets the targets, in document order
 * @param actuals the actuals, in document order
 */
public record IatiPeriod(
    LocalDate start,
    LocalDate end,
    ImmutableList<IatiIndicatorValue> targets,
    ImmutableList<IatiIndicatorValue> actuals) {

  /** Checks the components and copies the lists. */
  public IatiPeriod {
    checkNotNull(start, "start");
    checkNotNull(end, "end");
    targets = ImmutableList.copyOf(checkNotNull(targets, "targets"));
    actuals = ImmutableList.copyOf(checkNotNull(actuals, "actuals"));
  }
}
