package org.rbmkit.core.staff;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Shown;

/**
 * A UN common-system grade (ICSC), with the ILO's ADG.
 *
 * <pre>{@code
 * Grade.parse("P .5");                  // P_5, prints "P-5"
 * Grade.parse("D .2").category();       // DIRECTOR_AND_ABOVE
 * Grade.P_4.rank() > Grade.P_3.rank();  // true
 * }</pre>
 *
 * <p>{@link #rank()} orders grades from the most junior (G-1) to the most senior (USG) across
 * categories; it is an explicit number, not the declaration order.
 */
public enum Grade {
  /** Under-Secretary-General. */
  USG("USG", GradeCategory.DIRECTOR_AND_ABOVE, 100),
  /** Assistant Secretary-General. */
  ASG("ASG", GradeCategory.DIRECTOR_AND_ABOVE, 95),
  /** Assistant Director-General (ILO), ranked with ASG's level below USG. */
  ADG("ADG", GradeCategory.DIRECTOR_AND_ABOVE, 94),
  /** Director, second level. */
  D_2("D-2", GradeCategory.DIRECTOR_AND_ABOVE, 90),
  /** Director, first level. */
  D_1("D-1", GradeCategory.DIRECTOR_AND_ABOVE, 85),
  /** Professional, level 5. */
  P_5("P-5", GradeCategory.PROFESSIONAL, 80),
  /** Professional, level 4. */
  P_4("P-4", GradeCategory.PROFESSIONAL, 75),
  /** Professional, level 3. */
  P_3("P-3", GradeCategory.PROFESSIONAL, 70),
  /** Professional, level 2. */
  P_2("P-2", GradeCategory.PROFESSIONAL, 65),
  /** Professional, level 1. */
  P_1("P-1", GradeCategory.PROFESSIONAL, 60),
  /** National officer, level E. */
  NO_E("NO-E", GradeCategory.NATIONAL_OFFICER, 55),
  /** National officer, level D. */
  NO_D("NO-D", GradeCategory.NATIONAL_OFFICER, 54),
  /** National officer, level C. */
  NO_C("NO-C", GradeCategory.NATIONAL_OFFICER, 53),
  /** National officer, level B. */
  NO_B("NO-B", GradeCategory.NATIONAL_OFFICER, 52),
  /** National officer, level A. */
  NO_A("NO-A", GradeCategory.NATIONAL_OFFICER, 51),
  /** General service, level 7. */
  G_7("G-7", GradeCategory.GENERAL_SERVICE, 47),
  /** General service, level 6. */
  G_6("G-6", GradeCategory.GENERAL_SERVICE, 46),
  /** General service, level 5. */
  G_5("G-5", GradeCategory.GENERAL_SERVICE, 45),
  /** General service, level 4. */
  G_4("G-4", GradeCategory.GENERAL_SERVICE, 44),
  /** General service, level 3. */
  G_3("G-3", GradeCategory.GENERAL_SERVICE, 43),
  /** General service, level 2. */
  G_2("G-2", GradeCategory.GENERAL_SERVICE, 42),
  /** General service, level 1. */
  G_1("G-1", GradeCategory.GENERAL_SERVICE, 41);

  /** The forms {@link #parse} accepts, for error messages and documentation. */
  public static final String ACCEPTED_FORMS =
      "USG, ASG, ADG; D-2, D-1, P-5 … P-1, G-7 … G-1 written as P-4, P.4, P .4, P4 or P 4;"
          + " NO-A … NO-E written as NO-A, NO.A, NOA or NO A";

  private static final Pattern NUMBERED = Pattern.compile("([DPG]) ?[-.]? ?([0-9])");
  private static final Pattern NATIONAL = Pattern.compile("NO ?[-.]? ?([A-E])");

  private final String code;
  private final GradeCategory category;
  private final int rank;

  Grade(String code, GradeCategory category, int rank) {
    this.code = code;
    this.category = category;
    this.rank = rank;
  }

  /** The canonical code, {@code P-4}. */
  public String code() {
    return code;
  }

  /** The staff category. */
  public GradeCategory category() {
    return category;
  }

  /** Seniority: higher is more senior; stable across releases. */
  public int rank() {
    return rank;
  }

  /** Whether this grade is at least as senior as {@code other}: {@code P_5.isAtLeast(P_5)}. */
  public boolean isAtLeast(Grade other) {
    return rank >= other.rank;
  }

  /**
   * Parses a grade as the seeds print it: {@code P-4}, {@code P.5}, {@code P .5}, {@code D .2},
   * {@code G.7}, {@code P5}, {@code ADG}, {@code NO-B}. Surrounding spaces are ignored; letters
   * must be upper case.
   *
   * @throws IllegalArgumentException quoting the input and listing {@link #ACCEPTED_FORMS}
   */
  public static Grade parse(CharSequence text) {
    checkNotNull(text, "text");
    String s = text.toString().strip();
    if (s.length() <= 8) {
      if (s.equals("USG") || s.equals("ASG") || s.equals("ADG")) {
        return valueOf(s);
      }
      Matcher m = NUMBERED.matcher(s);
      if (m.matches()) {
        String code = m.group(1) + "-" + m.group(2);
        for (Grade g : values()) {
          if (g.code.equals(code)) {
            return g;
          }
        }
      }
      m = NATIONAL.matcher(s);
      if (m.matches()) {
        return valueOf("NO_" + m.group(1));
      }
    }
    String shown = Shown.value(s);
    throw new IllegalArgumentException(
        "unknown grade \"" + shown + "\": accepted forms are " + ACCEPTED_FORMS);
  }

  /** The canonical code, {@code P-4}; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return code;
  }
}
