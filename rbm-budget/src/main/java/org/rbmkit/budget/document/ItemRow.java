package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A row of a one-column {@link ItemTable}: one main-table item and its single printed amount.
 *
 * <pre>{@code
 * new ItemRow(26, "Fonds d'innovation", Optional.of("Promouvoir l'innovation ..."),
 *     new BigDecimal("400000"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param item the main-table item the row stands for
 * @param label the row's label as printed
 * @param description the text printed beside the amount (such as an objective), if kept
 * @param amount the printed amount, in the table's unit
 */
public record ItemRow(int item, String label, Optional<String> description, BigDecimal amount) {

  /** Validates the components. */
  public ItemRow {
    Amounts.text(label, "item row label");
    checkArgument(item >= 1, "item row %s: item number %s must be at least 1", label, item);
    checkNotNull(description, "description of item row %s", label);
    description.ifPresent(d -> Amounts.text(d, "description of item row " + label));
    checkNotNull(amount, "amount of item row %s", label);
    amount = Amounts.normalise(amount);
  }

  /** A row with no description. */
  public ItemRow(int item, String label, BigDecimal amount) {
    this(item, label, Optional.empty(), amount);
  }
}
