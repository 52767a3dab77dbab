package org.rbmkit.budget.check;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.text.Coded;

/**
 * One place where a printed figure does not reconcile: where (table, line or item, column), the
 * figure as printed, the figure computed, and what they measure.
 *
 * <pre>{@code
 * Finding f = findings.get(0);
 * f.location();     // "item-13"
 * f.column();       // "2022-23-forecast"
 * f.printed();      // 26678000 (EUR)
 * f.computed();     // Optional[26665000]
 * f.difference();   // Optional[13000] = printed − computed
 * }</pre>
 *
 * <p>For a cross-reference, {@code printed} is the main table's figure and {@code computed} the
 * figure the other table gives for it. Amounts are in units of the currency (not the table's
 * printed unit), scale-normalised. Immutable and thread-safe.
 *
 * @param kind what the finding is about
 * @param table the table: {@code main} or the id of a detail, reserve or staffing table, or
 *     {@code text} for a claim
 * @param location the line, item, total, fund or claim within the table
 * @param column the column code
 * @param measure the currency code, {@code FTE} or {@code %}
 * @param printed the figure as printed (or claimed)
 * @param computed the figure recomputed; empty when it is undefined, as a percentage change from
 *     zero is (never shown as 0)
 * @param note a short explanation
 */
public record Finding(
    Kind kind,
    String table,
    String location,
    String column,
    String measure,
    BigDecimal printed,
    Optional<BigDecimal> computed,
    String note) {

  /** Validates the components and normalises the figures' scale. */
  public Finding {
    checkNotNull(kind, "kind");
    checkNotNull(table, "table");
    checkNotNull(location, "location");
    checkNotNull(column, "column");
    checkNotNull(measure, "measure");
    checkNotNull(printed, "printed");
    checkNotNull(computed, "computed");
    checkNotNull(note, "note");
    printed = Digits.normalise(printed);
    computed = computed.map(Digits::normalise);
  }

  /** A finding whose computed figure is defined. */
  public Finding(
      Kind kind,
      String table,
      String location,
      String column,
      String measure,
      BigDecimal printed,
      BigDecimal computed,
      String note) {
    this(kind, table, location, column, measure, printed,
        Optional.of(checkNotNull(computed, "computed")), note);
  }

  /** Printed − computed; empty when the computed figure is undefined. */
  public Optional<BigDecimal> difference() {
    return computed.map(c -> Digits.normalise(printed.subtract(c)));
  }

  /** One line: {@code total main item-13 2022-23-forecast: printed 26678000 EUR, ...}. */
  @Override
  public String toString() {
    return kind.code() + " " + table + " " + location + " " + column + ": printed "
        + printed.toPlainString() + " " + measure + ", computed "
        + computed.map(BigDecimal::toPlainString).orElse("undefined")
        + ", difference " + difference().map(BigDecimal::toPlainString).orElse("undefined")
        + " (" + note + ")";
  }


  /** What a consistency finding is about. */
  public enum Kind implements Coded {
    /** A printed subtotal, total or balance differs from the sum of its printed components. */
    TOTAL("total"),
    /** A figure differs from the figure another table gives for the same thing. */
    CROSS_REFERENCE("cross-reference"),
    /** A printed closing balance differs from opening + additions − use. */
    RESERVE_MOVEMENT("reserve-movement"),
    /** A percentage stated in the text differs from the figures under its rounding rule. */
    PERCENTAGE_CLAIM("percentage-claim"),
    /**
     * Another claim of the text (an absolute change, an amount, a real change or a count) does not
     * hold under its rule.
     */
    CLAIM("claim"),

    /** A budget line's figure differs from the sum of the planned allocations drawing on it. */
    ALLOCATION("allocation");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable code used in JSON and reports, such as {@code cross-reference}. */
    public String code() {
      return code;
    }

    /**
     * The kind with the given code.
     *
     * @throws IllegalArgumentException naming the code and the accepted ones
     */
    public static Kind fromCode(String code) {
      return Coded.fromCode(Kind.class, code, "finding kind");
    }
  }
}
