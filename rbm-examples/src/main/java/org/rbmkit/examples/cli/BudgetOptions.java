package org.rbmkit.examples.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.core.money.Money;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The file and tolerance shared by the budget commands ({@code balance}, {@code check},
 * {@code staff-costs}).
 *
 * <pre>{@code
 * BudgetOptions budget = ...;   // a picocli mixin of the command
 * BudgetDocument doc = budget.document();
 * }</pre>
 */
public final class BudgetOptions {

  @Parameters(index = "0", paramLabel = "FILE", description = "A budget document (JSON);"
      + " - reads standard input.")
  private Path file;

  @Option(names = "--tolerance", paramLabel = "AMOUNT",
      description = "Largest difference, in units of the currency, that still reconciles"
          + " where neither the table nor the document states a tolerance"
          + " (default: one unit of the main table, e.g. 1000 for a table in thousands).")
  private BigDecimal tolerance;

  /** The file. */
  public Path file() {
    return file;
  }

  /** The budget document in the file. */
  public BudgetDocument document() {
    return Inputs.readJson(file, BudgetDocument.class);
  }

  /** The tolerance: given, or one printed unit of the document's main table. */
  public Money tolerance(BudgetDocument doc) {
    if (tolerance == null) {
      return doc.unit().toMoney(doc.currency(), BigDecimal.ONE);
    }
    // Money checks the size from precision and scale alone: never print the option in plain
    // text before that, 1e999999999 in plain text is a billion digits
    Money m;
    try {
      m = Money.of(doc.currency(), tolerance);
    } catch (IllegalArgumentException e) {
      throw new InputException("--tolerance: " + e.getMessage(), e);
    }
    if (m.isNegative()) {
      throw new InputException("--tolerance " + m.amount().toPlainString() + " is negative");
    }
    return m;
  }
}
