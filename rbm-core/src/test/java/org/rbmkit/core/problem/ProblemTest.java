package org.rbmkit.core.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ProblemTest {

  @Test
  void locations_showInTheirFormatsTerms() {
    assertThat(Location.path("roots[2].code")).hasToString("roots[2].code");
    assertThat(Location.line(12, 6, "modality")).hasToString("line 12, column 6 (modality)");
    assertThat(Location.line(12, 0, "")).hasToString("line 12");
    assertThat(Location.element("/iati-activities/iati-activity[1]/budget[2]", 23))
        .hasToString("/iati-activities/iati-activity[1]/budget[2] (line 23)");
    assertThat(Location.element("/iati-activities", 0)).hasToString("/iati-activities");
  }

  @Test
  void locations_sortInDocumentOrder() {
    List<Location> paths =
        List.of(
            Location.path("actuals[10].value"),
            Location.path("actuals[2].value"),
            Location.path(""),
            Location.path("actuals[2]"));
    assertThat(paths.stream().sorted().map(Location::toString))
        .containsExactly("", "actuals[2]", "actuals[2].value", "actuals[10].value");
    assertThat(
            List.of(Location.line(3, 2, "b"), Location.line(3, 1, "a"), Location.line(2, 9, "c"))
                .stream()
                .sorted()
                .map(Location::toString))
        .containsExactly("line 2, column 9 (c)", "line 3, column 1 (a)", "line 3, column 2 (b)");
  }

  @Test
  void locations_rejectMixedForms() {
    assertThatThrownBy(() -> new Location(Location.Kind.PATH, "a", 3, 0))
        .hasMessage("a JSON path has no line");
    assertThatThrownBy(() -> Location.line(0, 1, "x")).hasMessage("line 0 is not positive");
    assertThatThrownBy(() -> new Location(Location.Kind.ELEMENT, "/a", 1, 2))
        .hasMessage("only a line has a column");
  }

  @Test
  void problem_showsItsValueEscapedAndAbbreviated() {
    Problem p =
        Problem.error(Location.line(4, 2, "unit"), "csv.value.enum", "a\nb" + "x".repeat(100), "bad unit");
    assertThat(p.value()).contains("a\\u000Abxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...");
    assertThat(p).hasToString("line 4, column 2 (unit): bad unit");
    assertThat(p.isError()).isTrue();
    assertThat(p.withSeverity(Severity.WARNING)).hasToString("warning: line 4, column 2 (unit): bad unit");
  }

  @Test
  void problem_rejectsAValueNotInItsShownFormAndABadCode() {
    assertThatThrownBy(
            () -> new Problem(Location.document(), Severity.ERROR, "json.type", Optional.of("a\nb"), "m"))
        .hasMessage("value is not in its shown form: a\\u000Ab");
    assertThatThrownBy(() -> Problem.error(Location.document(), "Json Type", "m"))
        .hasMessage("code Json Type is not dotted lower-case parts");
  }

  @Test
  void codes_areDottedLowerCaseParts_asTheirRegularExpressionSays() {
    // the rule as a regular expression, the reference the hand-written check must agree with
    Pattern rule = Pattern.compile("[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*");
    for (String code :
        List.of("json.type", "iati.rule.2-1-3", "a", "a1", "budget.item.kind.repeated")) {
      assertThat(Problem.isCode(code)).as(code).isTrue();
    }
    for (String code : List.of("", "A", "1a", "a.", "a..b", "a.-b", "-a", "a_b", "a b", "é")) {
      assertThat(Problem.isCode(code)).as(code).isFalse();
    }
    // random strings over the characters that matter, seeded
    SplittableRandom random = new SplittableRandom(20261206);
    String alphabet = "az09.-A_ é";
    int accepted = 0;
    for (int k = 0; k < 200_000; k++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(7); i > 0; i--) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String code = b.toString();
      boolean expected = rule.matcher(code).matches();
      assertThat(Problem.isCode(code)).as("\"%s\"", code).isEqualTo(expected);
      accepted += expected ? 1 : 0;
    }
    assertThat(accepted).as("codes accepted").isGreaterThan(1_000);
  }

  @Test
  void exception_listsEveryProblemInDocumentOrder() {
    ProblemException e =
        new ProblemException(
            "framework.json",
            List.of(
                Problem.error(Location.path("roots[10].code"), "results.code", "9", "code 9 is used twice"),
                Problem.error(Location.path("roots[2].code"), "results.code", "", "code is empty"),
                Problem.error(Location.document(), "json.empty", "no roots")));
    assertThat(e.problems().stream().map(p -> p.location().path()))
        .containsExactly("", "roots[2].code", "roots[10].code");
    assertThat(e)
        .hasMessage(
            "framework.json has 3 problems: no roots; roots[2].code: code is empty;"
                + " roots[10].code: code 9 is used twice");
    assertThatThrownBy(() -> new ProblemException("x", List.of())).hasMessage("no problems");
  }
}
