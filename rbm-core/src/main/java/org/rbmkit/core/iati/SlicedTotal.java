package org.rbmkit.core.iati;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The total a unit indicator does not publish, derived as the sum of slices that partition one
 * dimension: the rule and the sums behind {@link IatiIndicator#derivedTotal()}, over the
 * indicator's measure, baselines and periods.
 */
final class SlicedTotal {

  private SlicedTotal() {}

  /**
   * The dimension every value of an indicator is sliced by, if it is a unit (measure 1)
   * indicator that publishes no value without dimensions, every value names exactly that one
   * dimension, every value is a decimal, and no slice repeats within a baseline year or a
   * period's targets or actuals.
   */
  static Optional<String> partitionedDimension(
      String measure, List<IatiBaseline> baselines, List<IatiPeriod> periods) {
    if (!measure.strip().equals("1")) {
      return Optional.empty();
    }
    List<List<IatiIndicatorValue>> groups = new ArrayList<>();
    // baselines of different years are different groups
    for (IatiBaseline b : baselines) {
      List<IatiIndicatorValue> sameYear = new ArrayList<>();
      for (IatiBaseline c : baselines) {
        if (c.year() == b.year() && c.isoDate().equals(b.isoDate())) {
          sameYear.add(c.value());
        }
      }
      groups.add(sameYear);
    }
    for (IatiPeriod p : periods) {
      groups.add(p.targets());
      groups.add(p.actuals());
    }
    String name = null;
    boolean any = false;
    for (List<IatiIndicatorValue> g : groups) {
      Set<String> seen = new HashSet<>();
      for (IatiIndicatorValue v : g) {
        any = true;
        if (v.dimensions().size() != 1 || v.decimal().isEmpty()) {
          return Optional.empty();
        }
        IatiDimension d = v.dimensions().get(0);
        if (name != null && !name.equals(d.name())) {
          return Optional.empty();
        }
        name = d.name();
        if (!seen.add(d.value())) {
          return Optional.empty();
        }
      }
    }
    return any ? Optional.ofNullable(name) : Optional.empty();
  }

  /**
   * The baselines with the slices of each year (and date) replaced by their sum over {@code
   * dimension}, for slices {@link #partitionedDimension} accepts.
   */
  static ImmutableList<IatiBaseline> baselines(List<IatiBaseline> baselines, String dimension) {
    ImmutableList.Builder<IatiBaseline> out = ImmutableList.builder();
    List<String> done = new ArrayList<>();
    for (IatiBaseline b : baselines) {
      String key = b.year() + " " + b.isoDate();
      if (done.contains(key)) {
        continue;
      }
      done.add(key);
      List<IatiIndicatorValue> same = new ArrayList<>();
      for (IatiBaseline c : baselines) {
        if (c.year() == b.year() && c.isoDate().equals(b.isoDate())) {
          same.add(c.value());
        }
      }
      out.add(new IatiBaseline(b.year(), b.isoDate(), sum(same, dimension)));
    }
    return out.build();
  }

  /**
   * The periods with their targets' and their actuals' slices each replaced by their sum over
   * {@code dimension}, for slices {@link #partitionedDimension} accepts.
   */
  static ImmutableList<IatiPeriod> periods(List<IatiPeriod> periods, String dimension) {
    ImmutableList.Builder<IatiPeriod> out = ImmutableList.builder();
    for (IatiPeriod p : periods) {
      out.add(
          new IatiPeriod(
              p.start(),
              p.end(),
              p.targets().isEmpty()
                  ? ImmutableList.of()
                  : ImmutableList.of(sum(p.targets(), dimension)),
              p.actuals().isEmpty()
                  ? ImmutableList.of()
                  : ImmutableList.of(sum(p.actuals(), dimension))));
    }
    return out.build();
  }

  private static IatiIndicatorValue sum(List<IatiIndicatorValue> slices, String dimension) {
    BigDecimal total = BigDecimal.ZERO;
    List<String> names = new ArrayList<>();
    for (IatiIndicatorValue v : slices) {
      total = total.add(v.decimal().orElseThrow());
      names.add(v.dimensions().get(0).value());
    }
    return new IatiIndicatorValue(
        Optional.of(total.toPlainString()),
        ImmutableList.of(),
        ImmutableList.of(),
        ImmutableList.of(
            Narrative.of(
                "en",
                "derived: the sum of the "
                    + dimension
                    + " slices "
                    + String.join(", ", names)
                    + ", not a published total")));
  }
}
