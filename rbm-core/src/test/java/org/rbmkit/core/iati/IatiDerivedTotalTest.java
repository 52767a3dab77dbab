package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IatiDerivedTotalTest {

  private static IatiIndicatorValue slice(String value, String name, String v) {
    return new IatiIndicatorValue(Optional.of(value), ImmutableList.of(),
        ImmutableList.of(new IatiDimension(name, v)), ImmutableList.of());
  }

  private static IatiIndicator indicator(String measure, List<IatiIndicatorValue> targets,
      List<IatiIndicatorValue> actuals) {
    return new IatiIndicator(measure, Optional.of(true), Optional.of(true),
        ImmutableList.of(Narrative.of("en", "Trained")), ImmutableList.of(), ImmutableList.of(),
        ImmutableList.of(new IatiBaseline(2023, Optional.empty(), slice("0", "sex", "female")),
            new IatiBaseline(2023, Optional.empty(), slice("5", "sex", "male"))),
        ImmutableList.of(new IatiPeriod(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31),
            ImmutableList.copyOf(targets), ImmutableList.copyOf(actuals))));
  }

  @Test
  void slicesOfOneDimension_offerTheirSumAsDerived() {
    IatiIndicator i = indicator("1",
        List.of(slice("60", "sex", "female"), slice("40", "sex", "male")),
        List.of(slice("30", "sex", "female"), slice("20.5", "sex", "male")));
    assertThat(i.slicedDimension()).contains("sex");
    IatiIndicator d = i.derivedTotal().orElseThrow();
    assertThat(d.baselines()).singleElement()
        .satisfies(b -> assertThat(b.value().value()).contains("5"));
    IatiPeriod p = d.periods().get(0);
    assertThat(p.targets()).singleElement().satisfies(t -> {
      assertThat(t.value()).contains("100");
      assertThat(t.dimensions()).isEmpty();
      assertThat(t.comment().get(0).text())
          .isEqualTo("derived: the sum of the sex slices female, male, not a published total");
    });
    assertThat(p.actuals()).singleElement()
        .satisfies(t -> assertThat(t.value()).contains("50.5"));
    // the aggregation status stays as published
    assertThat(d.aggregationStatus()).contains(true);
  }

  @Test
  void noDerivedTotal_whereSlicesMightNotAddUp() {
    // a percentage indicator
    assertThat(indicator("2", List.of(slice("60", "sex", "female")), List.of()).derivedTotal())
        .isEmpty();
    // two dimensions
    assertThat(indicator("1", List.of(slice("60", "sex", "female"), slice("40", "age", "adult")),
        List.of()).derivedTotal()).isEmpty();
    // a slice given twice
    assertThat(indicator("1", List.of(slice("60", "sex", "female"), slice("40", "sex", "female")),
        List.of()).derivedTotal()).isEmpty();
    // a published total beside the slices
    assertThat(indicator("1", List.of(slice("60", "sex", "female"), IatiIndicatorValue.of("100")),
        List.of()).derivedTotal()).isEmpty();
  }
}
