package org.rbmkit.core.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.text.LocalizedText;

class ResultNodeTest {

  private static final LocalizedText T = LocalizedText.of("fr", "Titre");

  private static Indicator indicator(String code) {
    return Indicator.builder(code, T, Measure.UNIT).build();
  }

  @Test
  void equality_comparesTheWholeSubtree() {
    ResultNode leaf = ResultNode.of("1.1", ResultLevel.OUTPUT, T);
    new EqualsTester()
        .addEqualityGroup(
            ResultNode.builder("1", ResultLevel.OUTCOME, T).child(leaf).build(),
            new ResultNode("1", ResultLevel.OUTCOME, T, ImmutableList.of(), ImmutableList.of(leaf), ImmutableList.of()),
            new ResultNode("1", ResultLevel.OUTCOME, T, ImmutableList.of(), ImmutableList.of(leaf), ImmutableList.of(), Optional.empty()))
        .addEqualityGroup(ResultNode.of("1", ResultLevel.OUTCOME, T))
        .addEqualityGroup(ResultNode.builder("1", ResultLevel.OUTCOME, T).child(leaf).source("l.1").build())
        .addEqualityGroup(ResultNode.builder("1", ResultLevel.OUTCOME, T).child(leaf).indicator(indicator("a")).build())
        .addEqualityGroup(ResultNode.builder("1", ResultLevel.ENABLER, T).child(leaf).build())
        .testEquals();
    assertThat(ResultNode.builder("1", ResultLevel.OUTCOME, T).child(leaf).build().size()).isEqualTo(2);
    assertThat(ResultNode.builder("1", ResultLevel.OUTCOME, T).child(leaf).build().child("1.1")).contains(leaf);
    assertThat(leaf).hasToString("output 1.1");
  }

  @Test
  void constructor_rejectsWithMessagesNamingTheCodes() {
    assertThatThrownBy(() -> ResultNode.of("1 .1", ResultLevel.OUTPUT, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "result 1 .1 has 1 problem: code: result code \"1 .1\" must be 1–32 letters or digits, optionally separated by '.', '-' or '_',"
                + " such as 3, 3.2 or A");
    assertThatThrownBy(
            () ->
                ResultNode.builder("1", ResultLevel.OUTCOME, T)
                    .child(ResultNode.of("1.1", ResultLevel.OUTPUT, T))
                    .child(ResultNode.of("1.1", ResultLevel.OUTPUT, T))
                    .build())
        .hasMessage("result 1 has 1 problem: children[1].code: code 1.1 is already used at children[0]");
    assertThatThrownBy(
            () ->
                ResultNode.builder("1", ResultLevel.OUTCOME, T)
                    .indicator(indicator("a"))
                    .indicator(indicator("a"))
                    .build())
        .hasMessage("result 1 has 1 problem: indicators[1].code: indicator code a is used twice in result 1");
    assertThatThrownBy(() -> ResultNode.builder("1", ResultLevel.OUTCOME, T).contributesTo("1").build())
        .hasMessage("result 1 has 1 problem: contributesTo[0]: result 1 lists itself");
    assertThatThrownBy(
            () -> ResultNode.builder("1", ResultLevel.OUTCOME, T).contributesTo("2").contributesTo("2").build())
        .hasMessage("result 1 has 1 problem: contributesTo[1]: 2 is listed twice");
    assertThatThrownBy(() -> ResultNode.builder("1", ResultLevel.OUTCOME, T).source(" ").build())
        .hasMessage("result 1 has 1 problem: source: source must be 1–500 characters, not blank");
  }

  @ParameterizedTest
  @EnumSource(ResultLevel.class)
  void level_codesReadBack(ResultLevel l) {
    assertThat(ResultLevel.fromCode(l.code())).isSameAs(l);
    assertThat(l.canBeChildOf(l)).isFalse();
  }

  @Test
  void level_orderAndRejection() {
    assertThat(ResultLevel.OUTPUT.canBeChildOf(ResultLevel.ENABLER)).isTrue();
    assertThat(ResultLevel.OUTCOME.canBeChildOf(ResultLevel.STRATEGIC_OBJECTIVE)).isTrue();
    assertThat(ResultLevel.ACTIVITY.canBeChildOf(ResultLevel.OUTPUT)).isTrue();
    assertThat(ResultLevel.ENABLER.canBeChildOf(ResultLevel.OUTCOME)).isFalse();
    assertThatThrownBy(() -> ResultLevel.fromCode("résultat"))
        .hasMessage(
            "result level \"résultat\" is not one of impact, strategic-objective, outcome, enabler,"
                + " cross-cutting, output, activity");
  }

  @Test
  void framework_equalityAndRejections() {
    ResultNode o = ResultNode.of("1", ResultLevel.OUTCOME, T);
    Biennium b = Biennium.parse("2024-25");
    new EqualsTester()
        .addEqualityGroup(ResultsFramework.of("ILO", b, T, List.of(o)), ResultsFramework.of("ILO", b, T, List.of(o)))
        .addEqualityGroup(ResultsFramework.of("ILO", b, T, List.of(o)).withSource("GB.346"))
        .addEqualityGroup(ResultsFramework.of("ITC-ILO", b, T, List.of(o)))
        .addEqualityGroup(ResultsFramework.of("ILO", CalendarYear.of(2024), T, List.of(o)))
        .addEqualityGroup(ResultsFramework.of("ILO", b, T, List.of()))
        .testEquals();
    assertThatThrownBy(() -> ResultsFramework.of(" ", b, T, List.of()))
        .hasMessage("framework has 1 problem: owner: owner must be 1–200 characters, not blank");
    assertThatThrownBy(() -> ResultsFramework.of("ILO", b, T, List.of()).withSource(""))
        .hasMessage("framework ILO 2024-25 has 1 problem: source: source must be 1–500 characters, not blank");
    assertThatThrownBy(() -> ResultsFramework.of("ILO", b, T, List.of(o)).ancestors("9"))
        .hasMessage("framework ILO 2024-25 has no result with code 9");
    assertThatThrownBy(() -> ResultsFramework.of("ILO", b, T, List.of(o, o)))
        .hasMessage("framework ILO 2024-25 has 1 problem: roots[1].code: code 1 is already used at roots[0]");
    ResultNode withChild2 =
        ResultNode.builder("1", ResultLevel.OUTCOME, T).child(ResultNode.of("2", ResultLevel.OUTPUT, T)).build();
    assertThatThrownBy(
            () -> ResultsFramework.of("ILO", b, T, List.of(withChild2, ResultNode.of("2", ResultLevel.OUTCOME, T))))
        .hasMessage("framework ILO 2024-25 has 1 problem: roots[1].code: code 2 is already used at roots[0].children[0]");
  }
}
