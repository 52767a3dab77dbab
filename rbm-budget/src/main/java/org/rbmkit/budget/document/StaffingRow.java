package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.rbmkit.core.staff.Grade;

/**
 * One cell group of a staffing table: FTE and estimated cost of a grade, from one fund source,
 * in one column.
 *
 * <pre>{@code
 * new StaffingRow(Grade.parse("P .5"), "regular", "2022-23-budget",
 *     new BigDecimal("36.0"), new BigDecimal("6372000"));
 * }</pre>
 *
 * <p>A row may keep the grade's label as printed and the footnote markers printed on it: seed 003
 * prints D-2 as "D .25", the grade "D .2" with footnote 5.
 *
 * <pre>{@code
 * new StaffingRow(Grade.parse("D-2"), "regular", "2022-23-budget", new BigDecimal("2.0"),
 *     new BigDecimal("448000"), List.of("5"), Optional.of("D .25"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param grade the grade
 * @param fundSource the fund source, such as {@code regular} or {@code variable}
 * @param column the budget column (period and version) of the figures
 * @param fte full-time equivalents, not negative
 * @param cost the estimated cost, not negative, in the staffing table's unit
 * @param footnotes the footnote markers printed on the grade, in print order; each non-blank
 *     and at most {@value #MAX_MARKER} characters, none twice
 * @param printedLabel the grade's label as printed, markers included, if kept
 */
public record StaffingRow(
    Grade grade,
    String fundSource,
    String column,
    BigDecimal fte,
    BigDecimal cost,
    List<String> footnotes,
    Optional<String> printedLabel) {

  /** The longest footnote marker accepted. */
  public static final int MAX_MARKER = 8;

  /** Validates the components. */
  public StaffingRow {
    checkNotNull(grade, "grade");
    Amounts.code(fundSource, "fund source of grade " + grade);
    Amounts.code(column, "column of grade " + grade);
    checkNotNull(fte, "fte of grade %s", grade);
    checkNotNull(cost, "cost of grade %s", grade);
    checkArgument(fte.signum() >= 0, "grade %s, %s, %s: fte %s is negative", grade, fundSource,
        column, fte);
    checkArgument(cost.signum() >= 0, "grade %s, %s, %s: cost %s is negative", grade, fundSource,
        column, cost);
    fte = Amounts.normalise(fte);
    cost = Amounts.normalise(cost);
    footnotes = Amounts.list(footnotes, "footnotes of grade " + grade);
    for (int i = 0; i < footnotes.size(); i++) {
      String m = Amounts.text(footnotes.get(i), "footnotes of grade " + grade + "[" + i + "]");
      checkArgument(m.length() <= MAX_MARKER,
          "grade %s: footnote marker \"%s\" is longer than %s characters", grade,
          m.substring(0, Math.min(m.length(), 40)), MAX_MARKER);
      checkArgument(footnotes.indexOf(m) == i, "grade %s: footnote marker \"%s\" is given twice",
          grade, m);
    }
    checkNotNull(printedLabel, "printed label of grade %s", grade);
    printedLabel.ifPresent(l -> Amounts.text(l, "printed label of grade " + grade));
  }

  /** A row without footnotes or printed label. */
  public StaffingRow(
      Grade grade, String fundSource, String column, BigDecimal fte, BigDecimal cost) {
    this(grade, fundSource, column, fte, cost, List.of(), Optional.empty());
  }
}
