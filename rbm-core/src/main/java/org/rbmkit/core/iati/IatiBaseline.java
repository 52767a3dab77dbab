package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * An indicator's {@code baseline}: the year (and optionally the date) it was measured, and its
 * value.
 *
 * <pre>{@code
 * IatiBaseline b = new IatiBaseline(2012, Optional.of(LocalDate.of(2012, 1, 1)),
 *     IatiIndicatorValue.of("10"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the {@code year} attribute, a positive integer
 * @param isoDate the {@code iso-date} attribute, if given
 * @param value the value, locations, dimensions and comment
 */
public record IatiBaseline(int year, Optional<LocalDate> isoDate, IatiIndicatorValue value) {

  /** Checks the components. */
  public IatiBaseline {
    checkArgument(year > 0, "baseline year %s is not positive", year);
    checkNotNull(isoDate, "isoDate");
    checkNotNull(value, "value");
  }
}
