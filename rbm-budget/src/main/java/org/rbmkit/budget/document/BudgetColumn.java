package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.period.Period;
import org.rbmkit.core.text.Coded;

/**
 * A column of a budget table: one version of the figures for one period, such as the approved
 * budget 2022-23 or the proposal 2024-25.
 *
 * <pre>{@code
 * BudgetColumn c = new BudgetColumn(
 *     "2024-25-proposal", "2024-25 Proposition de budget", Biennium.parse("2024-25"),
 *     Kind.PROPOSAL);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the column's identifier in the document and in JSON (letters, digits, {@code .-_})
 * @param label the heading as printed
 * @param period the period the figures cover
 * @param kind approved, revised, forecast, proposal or actual
 */
public record BudgetColumn(String code, String label, Period period, Kind kind) {

  /** Validates the components. */
  public BudgetColumn {
    Amounts.code(code, "column code");
    Amounts.text(label, "label of column " + code);
    checkNotNull(period, "period of column %s", code);
    checkNotNull(kind, "kind of column %s", code);
  }

  /**
   * What a budget column holds: an approved budget, a revised one, a forecast, a proposal or
   * actual results.
   *
   * <pre>{@code
   * Kind.fromCode("forecast");   // FORECAST ("Prévisions")
   * }</pre>
   */
  public enum Kind implements Coded {
    /** The budget as approved ("Budget"). */
    APPROVED("approved"),
    /** The budget as revised during the period. */
    REVISED("revised"),
    /** The expected outcome of a running period ("Prévisions"). */
    FORECAST("forecast"),
    /** A proposal for a coming period ("Proposition de budget"). */
    PROPOSAL("proposal"),
    /** Actual results. */
    ACTUAL("actual");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** The stable code used in JSON, such as {@code approved}. */
    public String code() {
      return code;
    }

    /**
     * The kind with the given code.
     *
     * @throws IllegalArgumentException naming the code and the accepted ones
     */
    public static Kind fromCode(String code) {
      return Coded.fromCode(Kind.class, code, "column kind");
    }
  }
}
