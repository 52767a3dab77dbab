package org.rbmkit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.IndicatorDocument;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValueDocument;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNodeDocument;
import org.rbmkit.core.results.ResultsFrameworkDocument;
import org.rbmkit.core.text.LocalizedText;

class DocumentValidatorTest {

  private static ResultNodeDocument node(String code, ResultLevel level) {
    ResultNodeDocument n = new ResultNodeDocument();
    n.code = code;
    n.level = level;
    n.title = LocalizedText.of("fr", "R " + code);
    return n;
  }

  private static ResultsFrameworkDocument framework(ResultNodeDocument... roots) {
    ResultsFrameworkDocument f = new ResultsFrameworkDocument();
    f.owner = "ILO";
    f.period = Period.parse("2024-25");
    f.title = LocalizedText.of("fr", "P&B");
    f.roots = new ArrayList<>(List.of(roots));
    return f;
  }

  private static PeriodValueDocument target(String period, String value) {
    PeriodValueDocument v = new PeriodValueDocument();
    v.period = Period.parse(period);
    v.value = new BigDecimal(value);
    return v;
  }

  @Test
  void validate_findsEveryProblemAtItsPathDeepInTheTree() {
    IndicatorDocument ind = new IndicatorDocument();
    ind.code = "bad code";
    ind.title = LocalizedText.of("fr", "I");
    ind.measure = Measure.PERCENTAGE;
    ind.direction = Direction.INCREASE;
    ind.cumulation = Cumulation.NON_CUMULATIVE;
    ind.targets.add(target("2024", "50"));
    PeriodValueDocument ratio = new PeriodValueDocument();
    ratio.period = Period.parse("2025");
    ratio.numerator = BigDecimal.ONE;
    ratio.denominator = BigDecimal.TEN;
    ind.targets.add(ratio);
    ind.targets.add(null);
    ResultNodeDocument o1 = node("1", ResultLevel.OUTCOME);
    ResultNodeDocument o2 = node("2", ResultLevel.OUTCOME);
    ResultNodeDocument o3 = node("3", ResultLevel.OUTCOME);
    o3.indicators.add(ind);
    o3.contributesTo.add("3");
    o3.children.add(node("2", ResultLevel.OUTPUT));
    ResultsFrameworkDocument doc = framework(o1, o2, o3);
    doc.owner = " ";

    assertThat(DocumentValidator.validate(doc))
        .extracting(Violation::toString)
        .containsExactly(
            "owner: owner must be 1–200 characters, not blank",
            "roots[2].children[0].code: code 2 is already used at roots[1]",
            "roots[2].contributesTo[0]: result 3 lists itself",
            "roots[2].indicators[0].code: indicator code \"bad code\" must be 1–32 letters or digits,"
                + " optionally separated by '.', '-' or '_', such as 3, 3.2 or A",
            "roots[2].indicators[0].targets[1].numerator: a percentage indicator does not take a ratio value",
            "roots[2].indicators[0].targets[2]: must not be null");
    InvalidDocumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            InvalidDocumentException.class, () -> DocumentValidator.requireValid(doc));
    assertThat(e.violations()).hasSize(6);
    assertThat(e).hasMessageStartingWith("ResultsFrameworkDocument has 6 problems: owner: owner must be");
    assertThatThrownBy(doc::validated).isInstanceOf(InvalidDocumentException.class);
  }

  @Test
  void validate_listsTheProblemsOfAListInTheOrderOfItsElements() {
    IndicatorDocument ind = new IndicatorDocument();
    ind.code = "1.a";
    ind.title = LocalizedText.of("fr", "I");
    ind.measure = Measure.UNIT;
    ind.unit = "staff";
    ind.direction = Direction.INCREASE;
    ind.cumulation = Cumulation.NON_CUMULATIVE;
    for (int i = 0; i < 12; i++) {
      ind.actuals.add(target("2024", "5"));
    }
    ResultNodeDocument o1 = node("1", ResultLevel.OUTCOME);
    o1.indicators.add(ind);

    List<Violation> problems = DocumentValidator.validate(framework(o1));

    // actuals[2] before actuals[10], not after it as text would sort them
    List<String> expected = new ArrayList<>();
    for (int i = 1; i < 12; i++) {
      expected.add("roots[0].indicators[0].actuals[" + i + "].period: repeats period 2024 in actuals");
    }
    assertThat(problems).extracting(Violation::toString).containsExactlyElementsOf(expected);
  }

  @Test
  void violation_pathsCompareListIndicesAsNumbers() {
    assertThat(Violation.comparePaths("actuals[2].period", "actuals[10].period")).isNegative();
    assertThat(Violation.comparePaths("actuals[10000]", "actuals[1]")).isPositive();
    assertThat(Violation.comparePaths("roots[1].code", "roots[1]")).isPositive();
    assertThat(Violation.comparePaths("a[01]", "a[1]")).isNotZero();
    assertThat(Violation.comparePaths("a[9].b", "a[9].b")).isZero();
    assertThat(Violation.comparePaths("actuals[3]", "baselines[0]")).isNegative();
  }

  @Test
  void validate_reportsInEnglishWhateverTheDefaultLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.FRANCE);
      IndicatorDocument ind = new IndicatorDocument();
      ind.code = "1.1";
      ind.title = LocalizedText.of("fr", "Taux");
      ind.measure = Measure.UNIT;
      ind.direction = Direction.INCREASE;
      ind.cumulation = Cumulation.NON_CUMULATIVE;
      PeriodValueDocument noPeriod = new PeriodValueDocument();
      noPeriod.value = BigDecimal.ONE;
      ind.actuals.add(noPeriod);
      ResultNodeDocument n = node("1", ResultLevel.OUTCOME);
      n.indicators.add(ind);
      n.title = null;
      assertThat(DocumentValidator.validate(framework(n)))
          .extracting(Violation::toString)
          .containsExactly(
              "roots[0].indicators[0].actuals[0].period: must not be null",
              "roots[0].title: must not be null");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void validate_printsQuotedValuesLiterallyWithoutInterpolation() {
    ResultNodeDocument n = node("${1+1}{x}", ResultLevel.OUTCOME);
    assertThat(DocumentValidator.validate(framework(n)))
        .extracting(Violation::message)
        .containsExactly(
            "result code \"${1+1}{x}\" must be 1–32 letters or digits, optionally separated by '.', '-'"
                + " or '_', such as 3, 3.2 or A");
  }

  @Test
  void validate_acceptsAValidDocument() {
    ResultNodeDocument o1 = node("1", ResultLevel.OUTCOME);
    o1.children.add(node("1.1", ResultLevel.OUTPUT));
    ResultsFrameworkDocument doc = framework(o1);
    assertThat(DocumentValidator.validate(doc)).isEmpty();
    assertThat(doc.validated().size()).isEqualTo(2);
    assertThat(DocumentValidator.requireValid(doc)).isSameAs(doc);
  }

  @Test
  void violation_equalityOrderAndText() {
    new EqualsTester()
        .addEqualityGroup(new Violation("a", "m"), new Violation("a", "m"))
        .addEqualityGroup(new Violation("a", "n"))
        .addEqualityGroup(new Violation("", "m"))
        .testEquals();
    assertThat(new Violation("", "whole document")).hasToString("whole document");
    assertThat(new Violation("roots[0].code", "bad")).hasToString("roots[0].code: bad");
    assertThat(new Violation("a", "z").compareTo(new Violation("b", "a"))).isNegative();
  }

  @Test
  void problems_rejectMalformedPaths() {
    Problems p = new Problems();
    assertThatThrownBy(() -> p.add("m", 1))
        .hasMessage("bad path part 1: expected a property name, optionally followed by an index");
    assertThatThrownBy(() -> p.add("m", "a", 1, 2))
        .hasMessage("bad path part 2: expected a property name, optionally followed by an index");
    assertThat(p.isEmpty()).isTrue();
  }

  @Test
  void problems_atPrefixesEveryPathOfItsView() {
    Problems root = new Problems();
    Problems value = root.at("roots", 2, "indicators", 0).at("targets", 1);
    assertThat(root.isEmpty()).isTrue();
    value.add("bad value", "value").add("no period", "period");
    value.add("the value itself");
    root.add("bad owner", "owner");
    assertThat(root.list())
        .extracting(pr -> pr.path() + " " + pr.message())
        .containsExactly(
            "[roots, 2, indicators, 0, targets, 1, value] bad value",
            "[roots, 2, indicators, 0, targets, 1, period] no period",
            "[roots, 2, indicators, 0, targets, 1] the value itself",
            "[owner] bad owner");
    assertThat(value.isEmpty()).isFalse();
    assertThatThrownBy(() -> root.at("roots", 1).add("m", 2))
        .hasMessage("bad path part 2: expected a property name, optionally followed by an index");
  }
}
