package org.rbmkit.examples.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.rbmkit.budget.iati.IatiCube;
import org.rbmkit.budget.iati.IatiExecution;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.resources.ExecutionRule;
import org.rbmkit.budget.resources.Standing;
import org.rbmkit.budget.resources.UnitCost;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiBudget;
import org.rbmkit.core.iati.IatiTransaction;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.RatingTally;
import org.rbmkit.kpi.achievement.RollupCalculator;
import org.rbmkit.kpi.iati.IatiPortfolio;

/**
 * Resources next to results for imported IATI activities: each activity's budget, spending and
 * funding by budget column ({@link IatiExecution}, rbm-budget) beside its achievement rating for
 * the column's period ({@link IatiPortfolio#activityRating}, rbm-kpi), and its cost per unit of
 * output. It lives here because it needs both modules, which never import each other.
 *
 * <pre>{@code
 * IatiResources v = IatiResources.of(activities, Currency.getInstance("EUR"), rates,
 *     RollupCalculator.withDefaults());
 * IatiResources.Line l = v.lines().get(0);
 * l.row().rate();        // spending ÷ budget, exact
 * l.rating();            // the activity's rating for the column's period, such as at-risk
 * l.standing(ExecutionRule.DEFAULT, LocalDate.of(2025, 6, 30), rounding).code();
 * v.unitCosts(l);        // spending ÷ the actual of each output indicator measured in units
 * v.cube().cells();      // spending by finance type × sector × location × SDG
 * }</pre>
 *
 * <p>The rating of an activity for a period: the calculator's roll-up rule (worst by default)
 * applied to the ratings of every indicator of every result of the activity against its target
 * for exactly that period, as a framework result is rated from the indicators under it. Unit
 * costs: for each indicator of an output result measured in units (IATI measure 1), reported as a
 * total (not a disaggregation), with an actual for exactly the column's period, the activity's
 * whole spending in the column ÷ that actual; IATI does not split an activity's spending by
 * result, so when an activity has several outputs each ratio charges it all of the spending.
 * Immutable and thread-safe.
 *
 * @param execution budget, spending and funding by activity and column, in one currency
 * @param portfolio the activities' results as one framework
 * @param lines one line per row of {@code execution}, with the rating for its period
 * @param cube the activities' spending by finance type, sector, location and SDG
 */
public record IatiResources(IatiExecution execution, IatiPortfolio portfolio,
    ImmutableList<Line> lines, IatiCube cube) {

  /** Copies the list. */
  public IatiResources {
    checkNotNull(execution, "execution");
    checkNotNull(portfolio, "portfolio");
    checkNotNull(cube, "cube");
    lines = ImmutableList.copyOf(checkNotNull(lines, "lines"));
  }

  /**
   * One activity's budget column with the activity's achievement for the column's period.
   *
   * @param row budget, spending and funding
   * @param rollup the portfolio rolled up for the column's period
   * @param tally the ratings of the activity's indicators for that period
   * @param rating the activity's rating code
   */
  public record Line(IatiExecution.Row row, FrameworkRollup rollup, RatingTally tally,
      String rating) {

    /** Validates the components. */
    public Line {
      checkNotNull(row, "row");
      checkNotNull(rollup, "rollup");
      checkNotNull(tally, "tally");
      checkNotNull(rating, "rating");
    }

    /** The standing of the row's execution at {@code asOf} next to the rating, by {@code rule}. */
    public Standing standing(ExecutionRule rule, LocalDate asOf, MoneyRounding rounding) {
      return row.standing(rating, rule, asOf, rounding);
    }
  }

  /**
   * The view of {@code activities} in {@code currency}, converting with {@code rates} (rounded
   * half-even to the currency's minor units, as {@link IatiExecution#of}) and rating with {@code
   * calculator}.
   *
   * @throws IllegalArgumentException for a budget, result or indicator that cannot be read, or a
   *     rate that does not convert to {@code currency}
   */
  public static IatiResources of(List<IatiActivity> activities, Currency currency,
      List<ExchangeRate> rates, RollupCalculator calculator) {
    checkNotNull(calculator, "calculator");
    IatiExecution x = IatiExecution.of(activities, currency, rates, RoundingMode.HALF_EVEN);
    DateRange span = span(x.rows());
    IatiPortfolio p = IatiPortfolio.of(
        activities.isEmpty() ? "IATI" : owner(activities.get(0)), span,
        LocalizedText.of("en", "IATI activities"), activities, "en");
    Map<DateRange, FrameworkRollup> byPeriod = new HashMap<>();
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    for (IatiExecution.Row r : x.rows()) {
      FrameworkRollup rollup = byPeriod.computeIfAbsent(r.column().period(),
          period -> calculator.rollUp(p.framework(), period));
      lines.add(new Line(r, rollup, p.activityTally(rollup, r.activity()),
          p.activityRating(rollup, r.activity()).code()));
    }
    return new IatiResources(x, p, lines.build(),
        IatiCube.of(activities, currency, rates, RoundingMode.HALF_EVEN));
  }

  /**
   * The cost per unit of output of a line: its spending ÷ the actual of every indicator of the
   * activity's output results measured in units, reported as a total, with an actual for the
   * line's period; in document order.
   */
  public ImmutableList<UnitCost> unitCosts(Line line) {
    checkNotNull(line, "line");
    ImmutableList.Builder<UnitCost> out = ImmutableList.builder();
    for (String code : portfolio.resultCodes(line.row().activity())) {
      ResultNode node = portfolio.framework().get(code);
      if (node.level() != ResultLevel.OUTPUT) {
        continue;
      }
      for (IndicatorRating i : line.rollup().result(code).indicators()) {
        Optional<BigDecimal> units = i.achievement().actual()
            .filter(v -> v.value() instanceof DecimalValue)
            .map(v -> ((DecimalValue) v.value()).value());
        boolean inUnits = node.indicators().stream().anyMatch(
            x -> x.code().equals(i.indicatorCode()) && x.measure() == Measure.UNIT);
        if (units.isPresent() && inUnits && portfolio.source(code, i.indicatorCode()).isTotal()) {
          out.add(new UnitCost(code, i.indicatorCode(), line.row().spending(), units.get()));
        }
      }
    }
    return out.build();
  }

  /**
   * The currencies of the amounts the view sums: budgets and counted transactions, by their own
   * {@code @currency} or the activity's default.
   */
  public static Set<String> currencies(Collection<IatiActivity> activities) {
    Set<String> out = new TreeSet<>();
    for (IatiActivity a : activities) {
      for (IatiBudget b : a.budgets()) {
        b.money().ifPresent(m -> out.add(m.currency().getCurrencyCode()));
      }
      for (IatiTransaction t : a.transactions()) {
        if (COUNTED.contains(t.type())) {
          t.value().money().map(Money::currency)
              .ifPresent(c -> out.add(c.getCurrencyCode()));
        }
      }
    }
    return out;
  }

  private static final Set<String> COUNTED = Set.of(IatiExecution.COMMITMENT,
      IatiExecution.SPENDING.get(0), IatiExecution.SPENDING.get(1), IatiExecution.INCOMING_FUNDS,
      IatiExecution.INCOMING_COMMITMENT);

  private static String owner(IatiActivity a) {
    return a.reportingOrg().ref().filter(s -> !s.isBlank() && s.length() <= 200).orElse("IATI");
  }

  /** The span from the earliest column start to the latest column end; 1 Jan 1970 when none. */
  private static DateRange span(List<IatiExecution.Row> rows) {
    LocalDate start = null;
    LocalDate end = null;
    for (IatiExecution.Row r : rows) {
      DateRange d = r.column().period();
      start = start == null || d.start().isBefore(start) ? d.start() : start;
      end = end == null || d.endInclusive().isAfter(end) ? d.endInclusive() : end;
    }
    return start == null ? DateRange.ofInclusive(LocalDate.EPOCH, LocalDate.EPOCH)
        : DateRange.ofInclusive(start, end);
  }
}
