package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;

/**
 * An {@code activity-date}: planned or actual start or end ({@code ActivityDateType} code).
 *
 * <pre>{@code
 * new IatiActivityDate("1", LocalDate.of(2012, 4, 15), ImmutableList.of());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the {@code type} attribute as published
 * @param isoDate the date
 * @param narratives the narratives; usually none
 */
public record IatiActivityDate(
    String type, LocalDate isoDate, ImmutableList<Narrative> narratives) {

  /** Checks the components and copies the list. */
  public IatiActivityDate {
    checkNotNull(type, "type");
    checkNotNull(isoDate, "isoDate");
    narratives = ImmutableList.copyOf(checkNotNull(narratives, "narratives"));
  }
}
