package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rbmkit.core.document.InvalidDocumentException;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.money.AmountUnit;

/**
 * The link between a budget and a results framework: which slices of which budget lines serve
 * which results, the funding secured for results, and the financing instrument of each fund.
 *
 * <pre>{@code
 * AllocationDocument doc = ResourcesJson.read(Path.of("itcilo-resources-2024-25.json"));
 * ResourcePlan plan = ResourcePlan.of(budget, framework, doc);
 * }</pre>
 *
 * <p>The constructor checks what the document can check alone, reporting every problem at once
 * with its JSON path: allocation ids unique, every result's portion of an allocation a valid
 * amount of the currency (so that no portion is rounded), a fund given one instrument at most.
 * What needs the budget and the framework (lines, columns, funds and result codes that exist) is
 * checked by {@link ResourcePlan#of}. Immutable and thread-safe.
 *
 * @param title the document's title
 * @param currency the currency, the budget's
 * @param unit the unit of every amount, the budget's
 * @param note how the figures were obtained, such as "illustrative shares"; not blank
 * @param instruments the financing instrument of funds; a fund not listed takes its kind's default
 * @param allocations the allocations
 * @param secured the funding secured for results
 */
public record AllocationDocument(
    String title,
    Currency currency,
    AmountUnit unit,
    String note,
    List<ResourcePlan.FundInstrument> instruments,
    List<Allocation> allocations,
    List<ResourcePlan.SecuredFunding> secured) {

  /** The largest number of allocations and secured-funding entries a document may hold. */
  public static final int MAX_ENTRIES = 1_000_000;

  /**
   * Validates the document as a whole.
   *
   * @throws InvalidDocumentException listing every problem, each with its JSON path
   */
  public AllocationDocument {
    checkNotNull(title, "title");
    checkArgument(!title.isBlank(), "title is blank");
    checkNotNull(currency, "currency");
    checkNotNull(unit, "unit");
    checkNotNull(note, "note");
    checkArgument(!note.isBlank(), "note is blank");
    instruments = list(instruments, "instruments");
    allocations = list(allocations, "allocations");
    secured = list(secured, "secured");
    checkArgument(allocations.size() + secured.size() <= MAX_ENTRIES,
        "%s allocations and secured entries exceed the limit of %s",
        allocations.size() + secured.size(), MAX_ENTRIES);
    Problems problems = new Problems();
    Set<String> funds = new HashSet<>();
    for (int i = 0; i < instruments.size(); i++) {
      String fund = instruments.get(i).fund();
      if (!funds.add(fund)) {
        problems.at("instruments", i, "fund").error("allocation.instrument.repeated", fund,
            "fund " + fund + " is given an instrument twice");
      }
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < allocations.size(); i++) {
      Allocation a = allocations.get(i);
      Problems at = problems.at("allocations", i);
      if (!ids.add(a.id())) {
        at.at("id").error("allocation.repeated", a.id(), "allocation " + a.id() + " appears twice");
      }
      amount(at.at("amount"), "allocation " + a.id(), a.amount(), unit, currency);
      for (Map.Entry<String, BigDecimal> s : a.shares().entrySet()) {
        amount(at.at("shares", s.getKey()),
            "allocation " + a.id() + ", share " + s.getValue().toPlainString() + " % of result "
                + s.getKey(), Allocation.portion(a.amount(), s.getValue()), unit, currency);
      }
    }
    for (int i = 0; i < secured.size(); i++) {
      ResourcePlan.SecuredFunding s = secured.get(i);
      amount(problems.at("secured", i, "amount"), "secured funding for " + s.result() + " from "
          + s.fund(), s.amount(), unit, currency);
    }
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException("allocation document \"" + title + "\"",
          problems.list());
    }
  }

  private static void amount(Problems at, String where, BigDecimal amount, AmountUnit unit,
      Currency currency) {
    try {
      unit.toMoney(currency, amount);
    } catch (IllegalArgumentException e) {
      at.error("allocation.amount.scale", amount.toPlainString(),
          where + ": " + amount.toPlainString() + " " + unit.code()
              + " is not a valid " + currency.getCurrencyCode() + " amount (" + e.getMessage()
              + ")");
    }
  }

  private static <T> ImmutableList<T> list(List<T> items, String what) {
    checkNotNull(items, what);
    for (int i = 0; i < items.size(); i++) {
      checkNotNull(items.get(i), "%s[%s] is null", what, i);
    }
    return ImmutableList.copyOf(items);
  }
}
