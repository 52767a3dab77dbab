package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.core.document.InvalidDocumentException;
import org.rbmkit.core.document.Problems;
import org.rbmkit.core.fund.FinancingInstrument;
import org.rbmkit.core.fund.Fund;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.Codes;

/**
 * A budget, a results framework and the allocations linking them, checked to fit together: the
 * entry point of the resource calculators.
 *
 * <pre>{@code
 * ResourcePlan plan = ResourcePlan.of(budget, framework, allocations);
 * ResourceRollup r = plan.rollUp();
 * r.total("1", "2024-25-proposal", AmountKind.PLANNED);   // outcome 1 and its outputs
 * List<Finding> gaps = AllocationCheck.check(plan);       // allocations vs budget lines
 * }</pre>
 *
 * <p>{@link #of} checks every cross-reference and reports every problem at once with the
 * allocation document's JSON path: a line or column the budget lacks, a line on the income side
 * (only expenditure is allocated), a result code the framework lacks, a fund the budget lacks, a
 * currency or unit different from the budget's, an instrument that does not fit its fund's kind.
 * Immutable and thread-safe.
 */
public final class ResourcePlan {

  private final BudgetDocument budget;
  private final ResultsFramework framework;
  private final AllocationDocument allocations;
  private final ImmutableMap<String, BudgetLine> lines;
  private final ImmutableMap<String, Optional<FinancingInstrument>> instruments;

  private ResourcePlan(BudgetDocument budget, ResultsFramework framework,
      AllocationDocument allocations) {
    this.budget = budget;
    this.framework = framework;
    this.allocations = allocations;
    Map<String, BudgetLine> byId = new HashMap<>();
    budget.lines().forEach(l -> byId.put(l.id(), l));
    this.lines = ImmutableMap.copyOf(byId);
    Map<String, FinancingInstrument> stated = new HashMap<>();
    allocations.instruments().forEach(i -> stated.put(i.fund(), i.instrument()));
    ImmutableMap.Builder<String, Optional<FinancingInstrument>> b = ImmutableMap.builder();
    for (Fund f : budget.funds()) {
      b.put(f.code(), Optional.ofNullable(stated.get(f.code()))
          .or(() -> FinancingInstrument.defaultFor(f.kind())));
    }
    this.instruments = b.buildOrThrow();
  }

  /**
   * Links the three documents.
   *
   * @throws InvalidDocumentException listing every reference that does not resolve
   */
  public static ResourcePlan of(BudgetDocument budget, ResultsFramework framework,
      AllocationDocument allocations) {
    checkNotNull(budget, "budget");
    checkNotNull(framework, "framework");
    checkNotNull(allocations, "allocations");
    Problems problems = new Problems();
    if (!allocations.currency().equals(budget.currency())) {
      problems.at("currency").error("allocation.currency.mismatch",
          allocations.currency().getCurrencyCode(), "currency " + allocations.currency()
              + " is not the budget's " + budget.currency());
    }
    if (allocations.unit() != budget.unit()) {
      problems.at("unit").error("allocation.unit.mismatch", allocations.unit().code(),
          "unit " + allocations.unit().code() + " is not the budget's " + budget.unit().code());
    }
    Map<String, Fund> funds = new HashMap<>();
    budget.funds().forEach(f -> funds.put(f.code(), f));
    for (int i = 0; i < allocations.instruments().size(); i++) {
      FundInstrument fi = allocations.instruments().get(i);
      Fund f = funds.get(fi.fund());
      if (f == null) {
        problems.at("instruments", i, "fund").error("allocation.fund.unknown", fi.fund(),
            "unknown fund " + fi.fund() + " (the budget's funds are " + funds.keySet() + ")");
      } else if (!fi.instrument().fits(f.kind())) {
        problems.at("instruments", i, "instrument").error("allocation.instrument.mismatch",
            fi.instrument().code(), "fund " + f.code() + " is " + f.kind().code()
                + "; instrument " + fi.instrument().code() + " is "
                + fi.instrument().fundKind().code());
      }
    }
    Map<String, BudgetLine> lines = new HashMap<>();
    budget.lines().forEach(l -> lines.put(l.id(), l));
    List<String> columns = budget.columnCodes();
    for (int i = 0; i < allocations.allocations().size(); i++) {
      Allocation a = allocations.allocations().get(i);
      Problems at = problems.at("allocations", i);
      BudgetLine l = lines.get(a.line());
      if (l == null) {
        at.at("line").error("allocation.line.unknown", a.line(),
            "allocation " + a.id() + ": unknown line " + a.line());
      } else if (l.kind().side() != LineKind.Side.EXPENDITURE) {
        at.at("line").error("allocation.line.income", a.line(), "allocation " + a.id()
            + ": line " + a.line() + " is " + l.kind().code()
            + ", on the income side; only expenditure is allocated");
      }
      if (!columns.contains(a.column())) {
        at.at("column").error("allocation.column.unknown", a.column(), "allocation " + a.id()
            + ": unknown column " + a.column() + " (columns are " + columns + ")");
      }
      for (String code : a.shares().keySet()) {
        if (framework.find(code).isEmpty()) {
          at.at("shares", code).error("allocation.result.unknown", code, "allocation "
              + a.id() + ": result " + code + " is not in the framework");
        }
      }
    }
    for (int i = 0; i < allocations.secured().size(); i++) {
      SecuredFunding s = allocations.secured().get(i);
      Problems at = problems.at("secured", i);
      if (framework.find(s.result()).isEmpty()) {
        at.at("result").error("allocation.result.unknown", s.result(),
            "result " + s.result() + " is not in the framework");
      }
      if (!funds.containsKey(s.fund())) {
        at.at("fund").error("allocation.fund.unknown", s.fund(),
            "unknown fund " + s.fund() + " (the budget's funds are " + funds.keySet() + ")");
      }
      if (!columns.contains(s.column())) {
        at.at("column").error("allocation.column.unknown", s.column(),
            "unknown column " + s.column() + " (columns are " + columns + ")");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidDocumentException("allocation document \"" + allocations.title()
          + "\" against budget \"" + budget.title() + "\" and framework " + framework.owner()
          + " " + framework.period(), problems.list());
    }
    return new ResourcePlan(budget, framework, allocations);
  }

  /** The budget. */
  public BudgetDocument budget() {
    return budget;
  }

  /** The results framework. */
  public ResultsFramework framework() {
    return framework;
  }

  /** The allocation document. */
  public AllocationDocument allocations() {
    return allocations;
  }

  /** The budget line an allocation draws on. */
  public BudgetLine line(Allocation a) {
    return lines.get(a.line());
  }

  /** An allocation's whole amount as exact money. */
  public Money money(Allocation a) {
    return budget.unit().toMoney(budget.currency(), a.amount());
  }

  /**
   * The financing instrument of a fund: as stated in the allocation document, else its kind's
   * default; empty for a reserve fund with none stated.
   *
   * @throws IllegalArgumentException for a fund the budget does not have
   */
  public Optional<FinancingInstrument> instrument(String fund) {
    Optional<FinancingInstrument> i = instruments.get(fund);
    if (i == null) {
      throw new IllegalArgumentException("unknown fund " + fund);
    }
    return i;
  }

  /**
   * Every result's portion of every allocation, and every secured amount, as entries: one entry
   * per result of an allocation, each exactly {@code amount × share / 100}.
   */
  public Stream<ResourceTotals.Entry> entries() {
    Stream<ResourceTotals.Entry> spent = allocations.allocations().stream().flatMap(a -> {
      String fund = line(a).fund();
      return a.shares().entrySet().stream().map(s -> new ResourceTotals.Entry(s.getKey(), a.column(),
          fund, a.kind(), toMoney(Allocation.portion(a.amount(), s.getValue()))));
    });
    Stream<ResourceTotals.Entry> secured = allocations.secured().stream().map(s ->
        new ResourceTotals.Entry(s.result(), s.column(), s.fund(), AmountKind.SECURED,
            toMoney(s.amount())));
    return Stream.concat(spent, secured);
  }

  /** The totals of {@link #entries()} rolled up the framework. */
  public ResourceRollup rollUp() {
    return entries().collect(ResourceTotals.collector(budget.currency())).rollUp(framework);
  }

  private Money toMoney(BigDecimal amount) {
    return budget.unit().toMoney(budget.currency(), amount);
  }

  /**
   * The financing instrument of one of the budget's funds, for the data-cube view.
   *
   * <pre>{@code
   * new FundInstrument("xbdc", FinancingInstrument.EARMARKED_PROJECT);
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param fund the fund's code in the budget
   * @param instrument its financing instrument, which must fit the fund's kind
   */
  public record FundInstrument(String fund, FinancingInstrument instrument) {

    /** Validates the components. */
    public FundInstrument {
      Codes.checkIdentifier(fund, "fund of instrument");
      checkNotNull(instrument, "instrument of fund %s", fund);
    }
  }

  /**
   * Funding secured for a result from a fund in a column: received or firmly pledged.
   *
   * <pre>{@code
   * new SecuredFunding("3", "xbdc", "2024-25-proposal", new BigDecimal("1200"));
   * }</pre>
   *
   * <p>Immutable and thread-safe.
   *
   * @param result the result's code in the framework
   * @param fund the fund's code in the budget
   * @param column the budget column
   * @param amount the amount in the document's unit; not negative
   */
  public record SecuredFunding(String result, String fund, String column, BigDecimal amount) {

    /** Validates the components. */
    public SecuredFunding {
      Codes.checkIdentifier(result, "result of secured funding");
      Codes.checkIdentifier(fund, "fund of secured funding for " + result);
      Codes.checkIdentifier(column, "column of secured funding for " + result);
      checkNotNull(amount, "amount of secured funding for %s", result);
      if (amount.signum() < 0) {
        throw new IllegalArgumentException(
            lenientFormat(
                "secured funding for %s from %s: amount %s is negative",
                result,
                fund,
                amount.toPlainString()));
      }
      amount = Digits.normalise(amount);
    }
  }
}
