package org.rbmkit.kpi.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;
import org.rbmkit.kpi.achievement.AchievementPolicy.OverAchievement;
import org.rbmkit.kpi.achievement.Pace.PaceStatus;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBand;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBasis;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;

class CodesTest {

  static <E extends Enum<E>> void roundTrips(
      E[] values, Function<E, String> code, Function<String, E> fromCode) {
    Set<String> seen = new HashSet<>();
    for (E v : values) {
      assertThat(code.apply(v)).matches("[a-z]+(-[a-z0-9]+)*");
      assertThat(seen.add(code.apply(v))).as("unique %s", code.apply(v)).isTrue();
      assertThat(fromCode.apply(code.apply(v))).isSameAs(v);
    }
    assertThatThrownBy(() -> fromCode.apply("Nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Nope\" is not one of " + code.apply(values[0]));
  }

  @Test
  void everyEnum_hasStableUniqueCodesThatReadBack() {
    roundTrips(AchievementMethod.values(), AchievementMethod::code, AchievementMethod::fromCode);
    roundTrips(MissingBaseline.values(), MissingBaseline::code, MissingBaseline::fromCode);
    roundTrips(OverAchievement.values(), OverAchievement::code, OverAchievement::fromCode);
    roundTrips(RollupRule.values(), RollupRule::code, RollupRule::fromCode);
    roundTrips(AggregationRule.values(), AggregationRule::code, AggregationRule::fromCode);
    roundTrips(RatingBasis.values(), RatingBasis::code, RatingBasis::fromCode);
    roundTrips(PaceStatus.values(), PaceStatus::code, PaceStatus::fromCode);
    roundTrips(AchievementStatus.values(), AchievementStatus::code, AchievementStatus::fromCode);
    roundTrips(Finding.Kind.values(), Finding.Kind::code, Finding.Kind::fromCode);
  }

  @Test
  void builtInSchemes_byCode() {
    for (RatingScheme s : RatingScheme.BUILT_IN) {
      assertThat(RatingScheme.builtIn(s.code())).isSameAs(s);
    }
    assertThatThrownBy(() -> RatingScheme.builtIn("stars"))
        .hasMessage(
            "rating scheme \"stars\" is not one of traffic-light, on-target-15, time-paced");
  }

  @Test
  void records_equality() {
    Achievement a =
        AchievementCalculatorTest.DEFAULT.achievement(
            Indicators.increase("40", "60", "2021", "55"), CalendarYear.of(2021));
    Achievement same =
        AchievementCalculatorTest.DEFAULT.achievement(
            Indicators.increase("40", "60", "2021", "55"), CalendarYear.of(2021));
    Achievement other =
        AchievementCalculatorTest.DEFAULT.achievement(
            Indicators.increase("40", "60", "2021", "56"), CalendarYear.of(2021));
    new EqualsTester().addEqualityGroup(a, same).addEqualityGroup(other).testEquals();
    new EqualsTester()
        .addEqualityGroup(
            RatingBand.from(BigDecimal.TEN, Rating.AT_RISK),
            RatingBand.from(BigDecimal.TEN, Rating.AT_RISK))
        .addEqualityGroup(RatingBand.above(BigDecimal.TEN, Rating.AT_RISK))
        .addEqualityGroup(RatingBand.lowest(Rating.AT_RISK))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            new Rated(Rating.ON_TRACK, Optional.of(BigDecimal.TEN), false),
            new Rated(Rating.ON_TRACK, Optional.of(BigDecimal.TEN), false))
        .addEqualityGroup(new Rated(Rating.ON_TRACK, Optional.of(BigDecimal.TEN), true))
        .addEqualityGroup(Rated.NOT_RATED)
        .testEquals();
    assertThat(AchievementPolicy.DEFAULT.withOrdinalScale("o", List.of("a", "b")))
        .isEqualTo(AchievementPolicy.DEFAULT.withOrdinalScale("o", List.of("a", "b")))
        .isNotEqualTo(AchievementPolicy.DEFAULT);
    assertThatThrownBy(
            () -> AchievementPolicy.DEFAULT.withOrdinalScale("o", List.of("Low", " low")))
        .hasMessage("ordinal scale of indicator o lists \" low\" twice");
  }
}
