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
 * dimension. Used by {@link IatiIndicator#derivedTotal()}.
 */
final class SlicedTotal {

  private SlicedTotal() {}

  /**
   * The dimension every value of {@code i} is sliced by, if the indicator is a unit (measure 1)
   * indicator that publishes no value without dimensions, every value names exactly that one
   * dimension, every value is a decimal, and no slice repeats within a baseline year or a
   * period's targets or actuals.
   */
  static Optional<String> partitionedDimension(IatiIndicator i) {
    if (!i.measure().strip().equals("1")) {
      return Optional.empty();
    }
    List<List<IatiIndicatorValue>> groups = new ArrayList<>();
    // baselines of different years are different groups
    for (IatiBaseline b : i.baselines()) {
      List<IatiIndicatorValue> sameYear = new ArrayList<>();
      for (IatiBaseline c : i.baselines()) {
        if (c.year() == b.year() && c.isoDate().equals(b.isoDate())) {
          sameYear.add(c.value());
        }
      }
      groups.add(sameYear);
    }
    for (IatiPeriod p : i.periods()) {
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

  static Optional<IatiIndicator> of(IatiIndicator i) {
    Optional<String> dimension = partitionedDimension(i);
    if (dimension.isEmpty()) {
      return Optional.empty();
    }
    ImmutableList.Builder<IatiBaseline> baselines = ImmutableList.builder();
    List<String> done = new ArrayList<>();
    for (IatiBaseline b : i.baselines()) {
      String key = b.year() + " " + b.isoDate();
      if (done.contains(key)) {
        continue;
      }
      done.add(key);
      List<IatiIndicatorValue> same = new ArrayList<>();
      for (IatiBaseline c : i.baselines()) {
        if (c.year() == b.year() && c.isoDate().equals(b.isoDate())) {
          same.add(c.value());
        }
      }
      baselines.add(new IatiBaseline(b.year(), b.isoDate(), sum(same, dimension.get())));
    }
    ImmutableList.Builder<IatiPeriod> periods = ImmutableList.builder();
    for (IatiPeriod p : i.periods()) {
      periods.add(
          new IatiPeriod(
              p.start(),
              p.end(),
              p.targets().isEmpty()
                  ? ImmutableList.of()
                  : ImmutableList.of(sum(p.targets(), dimension.get())),
              p.actuals().isEmpty()
                  ? ImmutableList.of()
                  : ImmutableList.of(sum(p.actuals(), dimension.get()))));
    }
    return Optional.of(
        new IatiIndicator(
            i.measure(),
            i.ascending(),
            i.aggregationStatus(),
            i.title(),
            i.description(),
            i.references(),
            baselines.build(),
            periods.build()));
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
