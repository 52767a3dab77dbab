package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which metrics add up across entities. */
class MetricTest {

  @Test
  void countsAndAmountsAreAdditive_ratiosAndPercentagesAreNot() {
    assertThat(Metric.of("visits", "Website visits", "visits", Direction.HIGHER_IS_BETTER)
        .isAdditive()).isTrue();
    assertThat(Metric.of("spend", "Spending", "kEUR", Direction.LOWER_IS_BETTER)
        .isAdditive()).isTrue();
    assertThat(Metric.of("cost", "Cost", "EUR", Direction.LOWER_IS_BETTER).per("learners")
        .isAdditive()).isFalse();
    assertThat(Metric.of("online", "Online share", "%", Direction.HIGHER_IS_BETTER)
        .isAdditive()).isFalse();
  }
}
