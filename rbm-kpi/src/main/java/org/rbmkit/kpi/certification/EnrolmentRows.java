package org.rbmkit.kpi.certification;

import static org.rbmkit.kpi.certification.EnrolmentValues.controlCharacter;
import static org.rbmkit.kpi.certification.EnrolmentValues.plainId;
import static org.rbmkit.kpi.certification.EnrolmentValues.unicode;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.text.Shown;
import org.rbmkit.kpi.certification.EnrolmentCsvReader.EnrolmentCsvColumn;

/**
 * Turns the values of enrolment CSV rows into enrolments: reads the header's column layout,
 * checks each row whole, and keeps what later rows are checked against (each activity's
 * description, each cohort's activity and, optionally, the enrolment ids seen).
 *
 * <pre>{@code
 * EnrolmentRows rows = new EnrolmentRows(new DuplicateIds());
 * rows.header(headerValues, 1);
 * List<Problem> problems = new ArrayList<>();
 * Enrolment e = rows.parse(values, values.length, 2, problems);   // null if problems
 * }</pre>
 *
 * <p>Not thread-safe: one per read or range; the ranges of one file are checked against each
 * other with {@link #mergeDisjoint}.
 */
final class EnrolmentRows {

  private static final Pattern HOURS = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,6})?");

  /** The ids seen, or {@code null} when duplicates are not looked for. */
  private final DuplicateIds seenIds;
  private final Map<String, Described> activities = new HashMap<>();
  private final Map<String, SeenCohort> cohorts = new HashMap<>();
  private final EnrolmentValues.Days days = new EnrolmentValues.Days();
  /** The cohorts of the rows accepted, by their bytes, for {@link #parseKnown}. */
  private final KnownCohorts known = new KnownCohorts();
  private EnrolmentCsvColumn[] columns;
  /** The position in a row of each column, by the column's ordinal. */
  private int[] at;

  EnrolmentRows(DuplicateIds seenIds) {
    this.seenIds = seenIds;
  }

  /** Rows of a later part of a file whose header {@code header} has read. */
  EnrolmentRows(DuplicateIds seenIds, EnrolmentRows header) {
    this(seenIds);
    this.columns = header.columns;
    this.at = header.at;
  }

  /** Whether the header was read. */
  boolean hasHeader() {
    return columns != null;
  }

  /** The header name of the value at a 1-based position, or empty before the header. */
  String columnName(int column) {
    return columns != null && column >= 1 && column <= columns.length
        && columns[column - 1] != null ? columns[column - 1].header() : "";
  }

  /**
   * Reads the header line on {@code line}: every column exactly once, in any order.
   *
   * @throws EnrolmentCsvException listing every problem of the header
   */
  void header(String[] names, long line) {
    List<Problem> problems = new ArrayList<>();
    EnrolmentCsvColumn[] cols = new EnrolmentCsvColumn[names.length];
    Map<EnrolmentCsvColumn, Integer> seen = new EnumMap<>(EnrolmentCsvColumn.class);
    if (names.length > 0 && names[0].startsWith("\uFEFF")) {
      // a UTF-8 byte-order mark, as spreadsheet exports write it, is not part of the name
      names[0] = names[0].substring(1);
    }
    for (int i = 0; i < names.length; i++) {
      EnrolmentCsvColumn c = EnrolmentCsvColumn.fromHeader(names[i]);
      if (c == null) {
        problems.add(Problem.error(Location.line(line, i + 1, names[i]), "csv.header.unknown",
            names[i], "unknown column \"" + names[i] + "\": expected " + EnrolmentCsvColumn.headerLine()));
      } else if (seen.containsKey(c)) {
        problems.add(Problem.error(Location.line(line, i + 1, names[i]), "csv.header.repeated",
            names[i], "column " + c + " repeats column " + seen.get(c)));
      } else {
        seen.put(c, i + 1);
        cols[i] = c;
      }
    }
    for (EnrolmentCsvColumn c : EnrolmentCsvColumn.values()) {
      if (!seen.containsKey(c)) {
        problems.add(Problem.error(Location.line(line, 0, ""), "csv.header.missing",
            "header lacks column " + c.header()));
      }
    }
    if (!problems.isEmpty()) {
      throw new EnrolmentCsvException(problems);
    }
    int[] positions = new int[EnrolmentCsvColumn.values().length];
    for (int i = 0; i < cols.length; i++) {
      positions[cols[i].ordinal()] = i;
    }
    this.at = positions;
    this.columns = cols;
  }

  /**
   * The enrolment of the first {@code n} values of the row starting on {@code line}, or {@code
   * null} with its problems added to {@code problems}, in column order.
   */
  Enrolment parse(String[] row, int n, long line, List<Problem> problems) {
    if (n != columns.length) {
      String what = n == 0 || (n == 1 && row[0].isEmpty()) ? "empty line" : n + " values";
      problems.add(Problem.error(Location.line(line, 0, ""), "csv.row.values",
          what + ", expected " + columns.length + " as in the header"));
      return null;
    }
    Field f = new Field(row, line, problems);
    for (int i = 0; i < n; i++) {
      if (row[i].indexOf('\uFFFD') >= 0) {
        f.problem(columns[i], "csv.value.encoding", columns[i].header() + " \""
            + Shown.value(row[i]) + "\" holds U+FFFD: bytes that were not UTF-8");
      }
    }
    if (!problems.isEmpty()) {
      return null;
    }
    String id = f.id(EnrolmentCsvColumn.ENROLMENT_ID);
    String participant = f.id(EnrolmentCsvColumn.PARTICIPANT_ID);
    String cohort = f.id(EnrolmentCsvColumn.COHORT_ID);
    String activity = f.id(EnrolmentCsvColumn.ACTIVITY_ID);
    // a cohort seen before leads to its activity's description without a second lookup
    SeenCohort cohortOf = cohort == null ? null : cohorts.get(cohort);
    Described known =
        activity == null
            ? null
            : cohortOf != null && cohortOf.described.activity.id().equals(activity)
                ? cohortOf.described
                : activities.get(activity);
    // an activity described in the very words of its first line is that line's activity:
    // no need to parse and compare its description again
    LearningActivity same = known != null && known.describedAs(row, at) ? known.activity : null;
    String programme = null;
    Modality modality = null;
    Offer offer = null;
    Pricing pricing = null;
    BigDecimal hours = null;
    CredentialTier credential = null;
    if (same == null) {
      programme = f.id(EnrolmentCsvColumn.PROGRAMME);
      modality = f.code(EnrolmentCsvColumn.MODALITY, Modality::fromCode);
      offer = f.code(EnrolmentCsvColumn.OFFER, Offer::fromCode);
      pricing = f.code(EnrolmentCsvColumn.PRICING, Pricing::fromCode);
      hours = f.hours(EnrolmentCsvColumn.LEARNING_HOURS);
      credential = f.code(EnrolmentCsvColumn.CREDENTIAL, CredentialTier::fromCode);
    }
    // an empty or malformed date is empty here; a malformed one is a problem of its column
    Optional<LocalDate> enrolledOn = f.date(EnrolmentCsvColumn.ENROLLED_ON, true);
    Optional<LocalDate> completed = f.date(EnrolmentCsvColumn.COMPLETED_ON, false);
    Optional<LocalDate> earned = f.date(EnrolmentCsvColumn.CREDENTIAL_EARNED_ON, false);
    Optional<LocalDate> accessed = f.date(EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON, false);
    LocalDate enrolled = enrolledOn.orElse(null);
    if (enrolled != null && !f.failed(EnrolmentCsvColumn.COMPLETED_ON,
        EnrolmentCsvColumn.CREDENTIAL_EARNED_ON, EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON)) {
      Enrolment.DatesProblem p = Enrolment.checkDates(enrolled, completed, earned, accessed);
      if (p != null) {
        EnrolmentCsvColumn c =
            p.stage() == Stage.COMPLETED
                ? EnrolmentCsvColumn.COMPLETED_ON
                : p.stage() == Stage.CREDENTIAL_EARNED
                    ? EnrolmentCsvColumn.CREDENTIAL_EARNED_ON
                    : EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON;
        f.problem(c, "csv.value.dates", p.message());
      }
    }
    if (id != null && seenIds != null) {
      long first = seenIds.firstLine(id, line);
      if (first >= 0) {
        f.problem(EnrolmentCsvColumn.ENROLMENT_ID, "csv.row.duplicate",
            "duplicate enrolment id \"" + id + "\", first on line " + first);
      }
    }
    LearningActivity a = null;
    Cohort c = null;
    if (problems.isEmpty()) {
      if (same != null) {
        a = same;
      } else {
        a = new LearningActivity(activity, programme, modality, offer, pricing, hours, credential);
        if (known == null) {
          known = new Described(a, line, row, at);
          activities.put(activity, known);
        } else if (!known.activity.equals(a)) {
          f.problem(EnrolmentCsvColumn.ACTIVITY_ID, "csv.row.activity",
              "activity " + activity + " is described differently on line " + known.line
                  + ": " + known.activity);
        } else {
          a = known.activity;
        }
      }
      if (cohortOf == null) {
        c = new Cohort(cohort, a);
        cohorts.put(cohort, new SeenCohort(c, line, known));
      } else if (!cohortOf.cohort.activity().id().equals(activity)) {
        f.problem(EnrolmentCsvColumn.COHORT_ID, "csv.row.cohort",
            "cohort " + cohort + " is of activity " + cohortOf.cohort.activity().id()
                + " on line " + cohortOf.line);
      } else {
        // the activity with this id is the one first seen, so the cohort is the same
        c = cohortOf.cohort;
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingInt(x -> x.location().column()));
      return null;
    }
    return new Enrolment(
        id, new Participant(participant), c, enrolled, completed, earned, accessed);
  }

  /**
   * The enrolment of the tokenizer's row when its bytes show it good without decoding it, else
   * {@code null} for {@link #parse} to decide; never another result than {@link #parse} gives.
   * The row is known good when every value is in the buffer and there are as many as in the
   * header; its cohort, activity and description hold the very bytes of a row accepted before
   * (see {@link #accepted}), so they name the same cohort; both identifiers are plain ASCII
   * ({@link EnrolmentValues#plainId(byte[], int, int)}); the dates are ISO dates in order; and,
   * when duplicates are looked for, the enrolment id is new (then recorded, as {@link #parse}
   * records it).
   */
  Enrolment parseKnown(EnrolmentCsvTokenizer t, long line) {
    if (!t.inBuffer() || t.kept() != columns.length) {
      return null;
    }
    Cohort cohort = known.find(t, at);
    if (cohort == null) {
      return null;
    }
    byte[] b = t.buffer();
    int i = at[EnrolmentCsvColumn.ENROLMENT_ID.ordinal()];
    String id = EnrolmentValues.plainId(b, t.start(i), t.end(i));
    i = at[EnrolmentCsvColumn.PARTICIPANT_ID.ordinal()];
    String participant = EnrolmentValues.plainId(b, t.start(i), t.end(i));
    i = at[EnrolmentCsvColumn.ENROLLED_ON.ordinal()];
    Optional<LocalDate> enrolled = days.day(b, t.start(i), t.end(i));
    Optional<LocalDate> completed = knownDate(t, EnrolmentCsvColumn.COMPLETED_ON);
    Optional<LocalDate> earned = knownDate(t, EnrolmentCsvColumn.CREDENTIAL_EARNED_ON);
    Optional<LocalDate> accessed = knownDate(t, EnrolmentCsvColumn.CREDENTIAL_ACCESSED_ON);
    if (id == null || participant == null || enrolled == null || completed == null
        || earned == null || accessed == null) {
      return null;
    }
    Enrolment e;
    try {
      // the enrolment checks the order of its dates, as parse does through the same rule
      e = new Enrolment(
          id, new Participant(participant), cohort, enrolled.get(), completed, earned, accessed);
    } catch (IllegalArgumentException datesOutOfOrder) {
      return null;
    }
    if (seenIds != null && seenIds.firstLine(id, line) >= 0) {
      // a duplicate: parse finds the same first line and reports it
      return null;
    }
    return e;
  }

  /** An optional date of the row in the buffer: empty if the value is, {@code null} if no date. */
  private Optional<LocalDate> knownDate(EnrolmentCsvTokenizer t, EnrolmentCsvColumn c) {
    int i = at[c.ordinal()];
    int from = t.start(i);
    int to = t.end(i);
    return from == to ? Optional.empty() : days.day(t.buffer(), from, to);
  }

  /**
   * Notes that {@link #parse} accepted the tokenizer's row as {@code e}: later rows with the
   * same bytes for its cohort, activity and description are of the same cohort.
   */
  void accepted(EnrolmentCsvTokenizer t, Enrolment e) {
    if (t.inBuffer()) {
      known.add(t, at, e.cohort());
    }
  }

  /**
   * Adds what {@code later} (the rows of a later part of the same file) saw, as one reader of
   * both parts would: false, with this partly merged, if an activity is described differently,
   * a cohort is under another activity, or an enrolment id is in both.
   */
  boolean mergeDisjoint(EnrolmentRows later) {
    for (Map.Entry<String, Described> e : later.activities.entrySet()) {
      Described first = activities.putIfAbsent(e.getKey(), e.getValue());
      if (first != null && !first.activity.equals(e.getValue().activity)) {
        return false;
      }
    }
    for (Map.Entry<String, SeenCohort> e : later.cohorts.entrySet()) {
      SeenCohort first = cohorts.putIfAbsent(e.getKey(), e.getValue());
      if (first != null
          && !first.cohort.activity().id().equals(e.getValue().cohort.activity().id())) {
        return false;
      }
    }
    return seenIds == null || seenIds.mergeDisjoint(later.seenIds);
  }

  /** Reads the values of one row, recording problems by column. */
  private final class Field {
    private final String[] row;
    private final long line;
    private final List<Problem> problems;
    /** The columns with a problem, one bit per ordinal. */
    private int failed;

    Field(String[] row, long line, List<Problem> problems) {
      this.row = row;
      this.line = line;
      this.problems = problems;
    }

    boolean failed(EnrolmentCsvColumn a, EnrolmentCsvColumn b, EnrolmentCsvColumn c) {
      return (failed & (1 << a.ordinal() | 1 << b.ordinal() | 1 << c.ordinal())) != 0;
    }

    void problem(EnrolmentCsvColumn c, String code, String message) {
      int i = at[c.ordinal()];
      failed |= 1 << c.ordinal();
      problems.add(Problem.error(Location.line(line, i + 1, c.header()), code, row[i], message));
    }

    String value(EnrolmentCsvColumn c) {
      return row[at[c.ordinal()]];
    }

    String id(EnrolmentCsvColumn c) {
      String v = value(c);
      if (plainId(v)) {
        return v;
      }
      int control = controlCharacter(v);
      if (control >= 0) {
        // before the other checks: a tab or line break would otherwise pass for a space
        problem(c, "csv.value.control", c.header() + " \"" + Shown.value(v)
            + "\" holds the control character "
            + unicode(v.charAt(control)) + " at position " + (control + 1));
        return null;
      }
      try {
        return Ids.checkId(v, c.header());
      } catch (IllegalArgumentException e) {
        problem(c, v.isEmpty() ? "csv.value.missing" : "csv.value.id",
            v.isEmpty() ? c.header() + " is missing" : e.getMessage());
        return null;
      }
    }

    <T> T code(EnrolmentCsvColumn c, Function<String, T> fromCode) {
      String v = value(c);
      if (v.isEmpty()) {
        problem(c, "csv.value.missing", c.header() + " is missing");
        return null;
      }
      try {
        return fromCode.apply(v);
      } catch (IllegalArgumentException e) {
        problem(c, "csv.value.enum", e.getMessage());
        return null;
      }
    }

    BigDecimal hours(EnrolmentCsvColumn c) {
      String v = value(c);
      if (!HOURS.matcher(v).matches()) {
        // the reason in words: a sign, too many digits, or no plain decimal at all
        String why = v.startsWith("-") && HOURS.matcher(v.substring(1)).matches()
            ? " is negative: learning hours are 0 or more"
            : v.matches("[0-9]+(\\.[0-9]+)?")
                ? " has more digits than hours have: at most 9 before the point and 6 after"
                : " is not a plain decimal such as 60 or 7.5";
        problem(c, v.isEmpty() ? "csv.value.missing" : "csv.value.decimal", v.isEmpty()
            ? c.header() + " is missing"
            : c.header() + " \"" + Shown.value(v) + "\"" + why);
        return null;
      }
      return new BigDecimal(v);
    }

    /** The date, empty when the value is empty or not a date (a problem then). */
    Optional<LocalDate> date(EnrolmentCsvColumn c, boolean required) {
      String v = value(c);
      if (v.isEmpty()) {
        if (required) {
          problem(c, "csv.value.missing", c.header() + " is missing");
        }
        return Optional.empty();
      }
      Optional<LocalDate> d = days.day(v);
      if (d == null) {
        problem(c, "csv.value.date",
            c.header() + " \"" + Shown.value(v) + "\" is not a date such as 2022-03-01");
        return Optional.empty();
      }
      return d;
    }
  }

  /** A cohort, the line it was first seen on, and the description of its activity. */
  private static final class SeenCohort {
    final Cohort cohort;
    final long line;
    final Described described;

    SeenCohort(Cohort cohort, long line, Described described) {
      this.cohort = cohort;
      this.line = line;
      this.described = described;
    }
  }

  /** An activity, the line it was first seen on, and the text of its description there. */
  private static final class Described {
    final LearningActivity activity;
    final long line;
    final String[] text = new String[EnrolmentCsvColumn.DESCRIPTION.length];

    Described(LearningActivity activity, long line, String[] row, int[] at) {
      this.activity = activity;
      this.line = line;
      for (int i = 0; i < EnrolmentCsvColumn.DESCRIPTION.length; i++) {
        text[i] = row[at[EnrolmentCsvColumn.DESCRIPTION[i].ordinal()]];
      }
    }

    /** Whether the row describes the activity in exactly the same text. */
    boolean describedAs(String[] row, int[] at) {
      for (int i = 0; i < EnrolmentCsvColumn.DESCRIPTION.length; i++) {
        if (!text[i].equals(row[at[EnrolmentCsvColumn.DESCRIPTION[i].ordinal()]])) {
          return false;
        }
      }
      return true;
    }
  }
}
