package org.rbmkit.kpi.workplan;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.period.Quarter;

/**
 * When a workplan objective or milestone is due: a year, one or more quarters of a year, ongoing,
 * ongoing from a quarter, or a date; parsed from the French and English forms workplans print.
 *
 * <pre>{@code
 * Timeline.parse("T2 et T3, 2024");        // Quarters, prints "Q2 and Q3 2024"
 * Timeline.parse("En cours");              // ONGOING, prints "ongoing"
 * Timeline.parse("En cours T4, 2024");     // OngoingFrom, prints "ongoing from Q4 2024"
 * Timeline.parse("by end of March 2022");  // ByDate, prints "by 2022-03-31"
 * Timeline.parse("T2, 2024").dueDate();    // Optional[2024-06-30]
 * }</pre>
 *
 * <p>{@code toString()} is canonical (English) and {@link #parse} reads it back. Implementations
 * are immutable and thread-safe records.
 */
public sealed interface Timeline
    permits Timeline.Year, Timeline.Quarters, Timeline.Ongoing, Timeline.OngoingFrom,
        Timeline.ByDate {

  /** The forms {@link #parse} accepts, for error messages and documentation. */
  String ACCEPTED_FORMS =
      "2024; T1, 2024 or Q1 2024 or 2024-Q1; T2 et T3, 2024 or Q2 and Q3 2024 (also T1, T2 et T4,"
          + " 2024); En cours or ongoing; En cours T4, 2024 or ongoing from Q4 2024;"
          + " by end of March 2022, fin mars 2022, by 31 March 2022 or by 2022-03-31";

  /** Ongoing work, with no due date. */
  Ongoing ONGOING = new Ongoing();

  /** Orders timelines by due date (those without one last), then by canonical text. */
  Comparator<Timeline> BY_DUE_DATE =
      Comparator.comparing(
              (Timeline t) -> t.dueDate().orElse(LocalDate.MAX), Comparator.naturalOrder())
          .thenComparing(Timeline::toString);

  /** The last day by which the work is due; empty for ongoing work. */
  Optional<LocalDate> dueDate();

  /**
   * Whether work with this timeline is past due on {@code day}: its due date is before {@code
   * day}. Ongoing work is never overdue.
   */
  default boolean isPastDueOn(LocalDate day) {
    checkNotNull(day, "day");
    return dueDate().map(d -> d.isBefore(day)).orElse(false);
  }

  /** The kind, a stable code: {@code year}, {@code quarters}, {@code ongoing}, {@code ongoing-from}, {@code date}. */
  String kind();

  /**
   * A whole calendar year, {@code 2024}: due on 31 December.
   *
   * @param year the year, 1900–2199
   */
  record Year(int year) implements Timeline {
    /** Validates the year. */
    public Year {
      checkArgument(year >= 1900 && year <= 2199, "timeline year %s is outside 1900–2199", year);
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(LocalDate.of(year, 12, 31));
    }

    @Override
    public String kind() {
      return "year";
    }

    /** {@code 2024}. */
    @Override
    public String toString() {
      return Integer.toString(year);
    }
  }

  /**
   * One or more quarters of one year, {@code Q2 and Q3 2024}: due at the end of the last.
   *
   * @param year the year, 1900–2199
   * @param quarters the quarters, 1 to 4, at least one
   */
  record Quarters(int year, Set<Integer> quarters) implements Timeline {
    /** Validates and copies the components. */
    public Quarters {
      checkArgument(year >= 1900 && year <= 2199, "timeline year %s is outside 1900–2199", year);
      quarters = ImmutableSortedSet.copyOf(checkNotNull(quarters, "quarters"));
      checkArgument(!quarters.isEmpty(), "timeline for %s names no quarter", year);
      for (int q : quarters) {
        checkArgument(q >= 1 && q <= 4, "quarter %s is not 1 to 4", q);
      }
    }

    /** A single quarter. */
    public static Quarters of(Quarter quarter) {
      return new Quarters(quarter.year(), Set.of(quarter.quarter()));
    }

    /** The last quarter named. */
    public Quarter last() {
      return Quarter.of(year, ((ImmutableSortedSet<Integer>) quarters).last());
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(last().endInclusive());
    }

    @Override
    public String kind() {
      return "quarters";
    }

    /** {@code Q1 2024}, {@code Q2 and Q3 2024}, {@code Q1, Q2 and Q4 2024}. */
    @Override
    public String toString() {
      String[] qs = quarters.stream().map(q -> "Q" + q).toArray(String[]::new);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < qs.length; i++) {
        if (i > 0) {
          b.append(i == qs.length - 1 ? " and " : ", ");
        }
        b.append(qs[i]);
      }
      return b.append(' ').append(year).toString();
    }
  }

  /** Ongoing work ("En cours"): no due date, never overdue. Use {@link Timeline#ONGOING}. */
  record Ongoing() implements Timeline {
    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.empty();
    }

    @Override
    public String kind() {
      return "ongoing";
    }

    /** {@code ongoing}. */
    @Override
    public String toString() {
      return "ongoing";
    }
  }

  /**
   * Ongoing work starting in a quarter ("En cours T4, 2024"): no due date, never overdue.
   *
   * @param from the quarter the work starts in
   */
  record OngoingFrom(Quarter from) implements Timeline {
    /** Validates the component. */
    public OngoingFrom {
      checkNotNull(from, "from");
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.empty();
    }

    @Override
    public String kind() {
      return "ongoing-from";
    }

    /** {@code ongoing from Q4 2024}. */
    @Override
    public String toString() {
      return "ongoing from Q" + from.quarter() + " " + from.year();
    }
  }

  /**
   * Due by a date, {@code by 2022-03-31}.
   *
   * @param date the last day, inclusive
   */
  record ByDate(LocalDate date) implements Timeline {
    /** Validates the component. */
    public ByDate {
      checkNotNull(date, "date");
      checkArgument(
          date.getYear() >= 1900 && date.getYear() <= 2199,
          "timeline date %s is outside 1900–2199",
          date);
    }

    @Override
    public Optional<LocalDate> dueDate() {
      return Optional.of(date);
    }

    @Override
    public String kind() {
      return "date";
    }

    /** {@code by 2022-03-31}. */
    @Override
    public String toString() {
      return "by " + date;
    }
  }

  /**
   * Parses a timeline as French or English workplans print it; see {@link #ACCEPTED_FORMS}.
   * Spaces around and between words are normalised; letters {@code T}/{@code Q} are upper case.
   *
   * @throws IllegalArgumentException quoting the input and listing the accepted forms
   */
  static Timeline parse(CharSequence text) {
    checkNotNull(text, "text");
    return TimelineParser.parse(text.toString());
  }
}
