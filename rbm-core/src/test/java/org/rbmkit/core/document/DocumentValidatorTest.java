package org.rbmkit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rbmkit.core.problem.Problem;
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
        .extracting(Problem::toString)
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
    assertThat(e.problems()).hasSize(6);
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

    List<Problem> problems = DocumentValidator.validate(framework(o1));

    // actuals[2] before actuals[10], not after it as text would sort them
    List<String> expected = new ArrayList<>();
    for (int i = 1; i < 12; i++) {
      expected.add("roots[0].indicators[0].actuals[" + i + "].period: repeats period 2024 in actuals");
    }
    assertThat(problems).extracting(Problem::toString).containsExactlyElementsOf(expected);
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
          .extracting(Problem::toString)
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
        .extracting(Problem::message)
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
  void problems_rejectMalformedPaths() {
    Problems p = new Problems();
    assertThatThrownBy(() -> p.at(1).error("x.y", "m"))
        .hasMessage("bad path part 1: expected a property name, optionally followed by an index");
    assertThatThrownBy(() -> p.at("a", 1, 2).error("x.y", "m"))
        .hasMessage("bad path part 2: expected a property name, optionally followed by an index");
    assertThat(p.isEmpty()).isTrue();
  }

  @Test
  void problems_atPrefixesEveryPathOfItsView_andListsInDocumentOrder() {
    Problems root = new Problems();
    Problems value = root.at("roots", 2, "indicators", 0).at("targets", 1);
    assertThat(root.isEmpty()).isTrue();
    value.at("value").error("value.decimal", "1e99", "bad value");
    value.at("period").error("document.required", "no period");
    value.error("document.required", "the value itself");
    root.at("owner").error("framework.owner", " ", "bad owner");
    root.at("roots", 10).error("document.required", "tenth");
    assertThat(root.list())
        .extracting(pr -> pr.location().path() + " " + pr.code() + " " + pr.value().orElse("-") + " " + pr.message())
        .containsExactly(
            "owner framework.owner   bad owner",
            "roots[2].indicators[0].targets[1] document.required - the value itself",
            "roots[2].indicators[0].targets[1].period document.required - no period",
            "roots[2].indicators[0].targets[1].value value.decimal 1e99 bad value",
            "roots[10] document.required - tenth");
    assertThat(value.isEmpty()).isFalse();
    assertThat(value.path()).isEqualTo("roots[2].indicators[0].targets[1]");
    assertThatThrownBy(() -> root.throwIfAny("the framework"))
        .isInstanceOf(org.rbmkit.core.problem.ProblemException.class)
        .hasMessageStartingWith("the framework has 5 problems: owner: bad owner; roots[2]");
  }

  @Test
  void validate_givesEachProblemItsCode() {
    ResultNodeDocument o1 = node("1", ResultLevel.OUTCOME);
    o1.children.add(node("1", ResultLevel.IMPACT));
    o1.contributesTo.add("9");
    assertThat(DocumentValidator.validate(framework(o1)))
        .extracting(pr -> pr.location().path() + " " + pr.code() + " " + pr.value().orElse("-"))
        .containsExactly(
            "roots[0].children[0].code framework.code.repeated 1",
            "roots[0].children[0].level result.child.level impact",
            "roots[0].contributesTo[0] framework.contributes.unknown 9");
  }
}
