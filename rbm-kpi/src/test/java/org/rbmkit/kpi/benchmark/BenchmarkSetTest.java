package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.MissingPolicy;
import org.rbmkit.kpi.benchmark.BenchmarkOptions.TieRule;
import org.rbmkit.kpi.benchmark.BenchmarkSet.Observation;
import org.rbmkit.kpi.benchmark.CompositeScheme.Normalisation;
import org.rbmkit.kpi.benchmark.Position.Quartile;

/** Validation, lookup and equality of benchmark sets and their parts. */
class BenchmarkSetTest {

  private static final CalendarYear YEAR = CalendarYear.of(2022);
  private static final Metric COST = Metric.of("cost", "Cost", "EUR", Direction.LOWER_IS_BETTER).per("learners");
  private static final Metric LEARNERS = Metric.of("learners", "Learners", "", Direction.HIGHER_IS_BETTER);

  private static BenchmarkSet.Builder base() {
    return BenchmarkSet.builder()
        .metric(LEARNERS)
        .metric(COST)
        .entity(BenchmarkEntity.of("a", "unit", "A"))
        .entity(BenchmarkEntity.of("b", "unit", "B"));
  }

  @Test
  void build_reportsEveryProblem_namingEntityAndMetric() {
    ProblemException e =
        catchThrowableOfType(
            ProblemException.class,
            () ->
                base()
                    .metric(Metric.of("learners", "Again", "", Direction.HIGHER_IS_BETTER))
                    .metric(Metric.of("x", "X", "", Direction.HIGHER_IS_BETTER).per("nothing"))
                    .entity(BenchmarkEntity.of("a", "unit", "A twice"))
                    .value("a", "cost", YEAR, "100")
                    .value("a", "learners", YEAR, "0")
                    .value("c", "learners", YEAR, "1")
                    .value("b", "visits", YEAR, "1")
                    .target("b", "visits", YEAR, "1")
                    .build());
    // in document order, each at its path with the rule broken
    assertThat(e.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "entities[2]: duplicate entity id \"a\" (first at entities[0])",
            "metrics[2]: duplicate metric id \"learners\" (first at metrics[0])",
            "metrics[3]: metric \"x\": normaliser \"nothing\" is not a metric of the set",
            "targets[0]: entity \"b\", metric \"visits\", period 2022: unknown metric \"visits\"",
            "values[0]: entity \"a\", metric \"cost\", period 2022: normaliser \"learners\" is zero"
                + " (values[1])",
            "values[2]: entity \"c\", metric \"learners\", period 2022: unknown entity \"c\"",
            "values[3]: entity \"b\", metric \"visits\", period 2022: unknown metric \"visits\"");
    assertThat(e.problems())
        .extracting(Problem::code)
        .containsExactly(
            "benchmark.entity.duplicate",
            "benchmark.metric.duplicate",
            "benchmark.normaliser.unknown",
            "benchmark.metric.unknown",
            "benchmark.normaliser.zero",
            "benchmark.entity.unknown",
            "benchmark.metric.unknown");
    assertThat(e.problems().get(0).value()).contains("a");
    assertThat(e).hasMessageStartingWith("the benchmark set has 7 problems: entities[2]");
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void build_rejectsANormaliserThatIsItselfNormalised() {
    assertThatThrownBy(
            () ->
                base()
                    .metric(Metric.of("per-cost", "X", "", Direction.HIGHER_IS_BETTER).per("cost"))
                    .build())
        .hasMessage(
            "the benchmark set has 1 problem: metrics[2]: metric \"per-cost\": normaliser \"cost\""
                + " is itself normalised (per \"learners\")");
  }

  @Test
  void zeroNormaliser_withoutAValueToDivide_isAllowed() {
    BenchmarkSet s = base().value("a", "learners", YEAR, "0").build();
    assertThat(s.comparedValue("a", "learners", YEAR, BenchmarkOptions.defaults().precision()))
        .contains(BigDecimal.ZERO);
  }

  @Test
  void parts_rejectBadComponents_namingTheField() {
    assertThatThrownBy(() -> Metric.of("has space", "N", "", Direction.HIGHER_IS_BETTER))
        .hasMessage("metric id \"has space\" must not contain whitespace or control characters");
    assertThatThrownBy(() -> Metric.of("m", " ", "", Direction.HIGHER_IS_BETTER))
        .hasMessage("metric m: name must not be blank");
    assertThatThrownBy(() -> Metric.of("m", "M", "", Direction.HIGHER_IS_BETTER).per("m"))
        .hasMessage("metric m: a metric cannot be its own normaliser");
    assertThatThrownBy(() -> new BenchmarkEntity("e", "unit", "E", Map.of("region", " ")))
        .hasMessage("entity e: attribute region must not be blank");
    assertThatThrownBy(() -> Direction.fromCode("up"))
        .hasMessage("direction \"up\" is not one of higher-is-better, lower-is-better");
    assertThatThrownBy(() -> TieRule.fromCode("olympic"))
        .hasMessage("tie rule \"olympic\" is not one of competition, dense, fractional");
  }

  @Test
  void enumCodes_roundTrip() {
    for (Direction d : Direction.values()) {
      assertThat(Direction.fromCode(d.code())).isSameAs(d);
    }
    for (TieRule r : TieRule.values()) {
      assertThat(TieRule.fromCode(r.code())).isSameAs(r);
    }
    for (MissingPolicy p : MissingPolicy.values()) {
      assertThat(MissingPolicy.fromCode(p.code())).isSameAs(p);
    }
    for (Normalisation n : Normalisation.values()) {
      assertThat(Normalisation.fromCode(n.code())).isSameAs(n);
    }
    for (Quartile q : Quartile.values()) {
      assertThat(Quartile.fromCode(q.code())).isSameAs(q);
    }
    assertThat(Quartile.ofPercentile(new BigDecimal("75"))).isEqualTo(Quartile.SECOND);
    assertThat(Quartile.ofPercentile(new BigDecimal("75.0001"))).isEqualTo(Quartile.FIRST);
    assertThat(Quartile.ofPercentile(new BigDecimal("25"))).isEqualTo(Quartile.FOURTH);
  }

  @Test
  void observation_rejectsHugeOrOverlyPreciseValues() {
    assertThatThrownBy(() -> Observation.of("a", "m", YEAR, "1e31"))
        .hasMessage("entity a, metric m, period 2022: value 1E+31 has more than 30 integer digits");
    assertThatThrownBy(() -> Observation.of("a", "m", YEAR, "1e-31"))
        .hasMessage("entity a, metric m, period 2022: value 1E-31 has more than 30 decimal places");
    // precision − scale of 1E+2147483647 overflows an int: refused all the same, at once
    assertThatThrownBy(() -> Observation.of("a", "m", YEAR, "1E+2147483647"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("entity a, metric m, period 2022: value 1E+2147483647 has more than 30 integer"
            + " digits");
  }

  @Test
  void lookups_andPeriods() {
    Biennium b = Biennium.parse("2024-25");
    BenchmarkSet s =
        base()
            .value("a", "learners", b, "7")
            .value("a", "learners", YEAR, "5")
            .value("a", "cost", YEAR, "10")
            .build();
    assertThat(s.periods("learners")).containsExactly(YEAR, b);
    assertThat(s.value("a", "learners", YEAR)).contains(new BigDecimal("5"));
    assertThat(s.value("b", "learners", YEAR)).isEmpty();
    assertThat(s.missingReason("b", "cost", YEAR)).contains("no value");
    assertThat(s.missingReason("a", "cost", b)).contains("no value");
    assertThat(s.missingReason("a", "cost", YEAR)).isEmpty();
    assertThat(s.peerGroups(List.of())).hasSize(1);
    assertThatThrownBy(() -> s.requireMetric("nope"))
        .isInstanceOf(ProblemException.class)
        .hasMessage("the benchmark set has 1 problem: unknown metric \"nope\" (the set has [learners, cost])");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(base().build(), base().build())
        .addEqualityGroup(base().name("other").build())
        .addEqualityGroup(base().value("a", "learners", YEAR, "1").build())
        .addEqualityGroup(base().value("a", "learners", YEAR, "1.0").build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(ValueStatistics.of(List.of(new BigDecimal("1"), new BigDecimal("2"))),
            ValueStatistics.of(List.of(new BigDecimal("2.00"), new BigDecimal("1.0"))))
        .addEqualityGroup(ValueStatistics.empty(), ValueStatistics.of(List.of()))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new PeerGroup(Map.of("region", "south")), new PeerGroup(Map.of("region", "south")))
        .addEqualityGroup(new PeerGroup(Map.of("region", "north")))
        .testEquals();
  }
}
