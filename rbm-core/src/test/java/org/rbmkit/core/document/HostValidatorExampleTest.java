package org.rbmkit.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmCoreModule;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.core.results.ResultNodeDocument;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.results.ResultsFrameworkDocument;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The example of docs/validation.md, "Validating with your own Validator": a host (a Spring or
 * Jakarta EE service receiving a framework as JSON) reads the document with its own Jackson
 * mapper, validates it with its own Hibernate Validator (no Expression Language: {@link
 * ParameterMessageInterpolator}), and gets the problems the library's reader reports, at the
 * same paths, with the same messages.
 */
class HostValidatorExampleTest {

  private static ValidatorFactory factory;

  /** What a host has: its own Validator, built without an Expression Language. */
  private static Validator validator;

  /** What a host has: a plain Jackson mapper, with rbm-core's module for the value types. */
  private static final JsonMapper HOST_JSON =
      JsonMapper.builder().addModule(new RbmCoreModule()).build();

  /** A framework with six problems, from a field left out to a reference that dangles. */
  private static final String FRAMEWORK =
      """
      {"owner": "ILO", "period": "2024-25", "title": {"en": "Programme and budget"},
       "roots": [
        {"code": "1", "level": "outcome", "title": {"en": "Outcome 1"}},
        {"code": "2", "level": "outcome", "title": {"en": "Outcome 2"},
         "indicators": [{"code": "2.a", "title": {"en": "Share"}, "measure": "percentage",
            "direction": "maintain", "cumulation": "non-cumulative",
            "targets": [{"period": "2024", "value": 40},
                        {"period": "2024", "value": 45},
                        {"period": "2025", "numerator": 1, "denominator": 2}]}],
         "children": [{"code": "1", "level": "output", "title": {"en": "Output"}},
                      {"code": "2.2", "level": "output", "contributesTo": ["9"]}]}
       ]}
      """;

  @BeforeAll
  static void buildTheHostsValidator() {
    factory =
        Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
  }

  @Test
  void hostsValidator_findsTheProblemsOfTheLibrarysReader_atTheSamePaths() {
    ResultsFrameworkDocument doc = HOST_JSON.readValue(FRAMEWORK, ResultsFrameworkDocument.class);

    Set<ConstraintViolation<ResultsFrameworkDocument>> found = validator.validate(doc);
    List<String> hosts =
        found.stream().map(v -> path(v.getPropertyPath()) + ": " + v.getMessage()).sorted().toList();

    DatabindException e =
        catchThrowableOfType(
            DatabindException.class,
            () -> RbmJson.mapper().readValue(FRAMEWORK, ResultsFramework.class));
    List<Problem> readers = ((ProblemException) e.getCause()).problems();

    assertThat(hosts)
        .containsExactlyInAnyOrderElementsOf(readers.stream().map(Problem::toString).toList())
        .containsExactlyInAnyOrder(
            "roots[1].indicators[0].band: direction maintain needs a band",
            "roots[1].children[0].code: code 1 is already used at roots[0]",
            "roots[1].children[1].contributesTo[0]: contributes to 9, which is not in the framework",
            "roots[1].children[1].title: must not be null",
            "roots[1].indicators[0].targets[1].period: repeats period 2024 in targets",
            "roots[1].indicators[0].targets[2].numerator: a percentage indicator does not take a"
                + " ratio value");
    // and the library's own check of the same bean agrees, with codes
    assertThat(DocumentValidator.validate(doc)).isEqualTo(readers);
    assertThat(readers).extracting(Problem::code)
        .containsExactly(
            "framework.code.repeated",
            "framework.contributes.unknown",
            "document.required",
            "indicator.band.missing",
            "indicator.period.repeated",
            "indicator.value.kind");
  }

  @Test
  void hostsValidator_validatesAPartOnItsOwn_withPathsFromThePart() {
    ResultNodeDocument node =
        HOST_JSON.readValue(
            """
            {"code": "3", "level": "output", "title": {"en": "Output 3"},
             "children": [{"code": "3.1", "level": "outcome", "title": {"en": "x"}}],
             "contributesTo": ["3", "4", "4"]}
            """,
            ResultNodeDocument.class);
    assertThat(validator.validate(node))
        .extracting(v -> path(v.getPropertyPath()) + ": " + v.getMessage())
        .containsExactlyInAnyOrder(
            "children[0].level: an outcome cannot sit under an output: a child must be deeper in"
                + " the results chain",
            "contributesTo[0]: result 3 lists itself",
            "contributesTo[2]: 4 is listed twice");
  }

  @Test
  void hostsValidator_keepsBracesAndDollarsOfAMessageLiterally() {
    ResultNodeDocument node =
        HOST_JSON.readValue(
            "{\"code\": \"${1+1}{x}\", \"level\": \"output\", \"title\": {\"en\": \"x\"}}",
            ResultNodeDocument.class);
    assertThat(validator.validate(node))
        .extracting(v -> path(v.getPropertyPath()) + ": " + v.getMessage())
        .containsExactly(
            "code: result code \"${1+1}{x}\" must be 1–32 letters or digits, optionally separated"
                + " by '.', '-' or '_', such as 3, 3.2 or A");
  }

  /**
   * A host's rendering of a Bean Validation path as a JSON path: names joined by dots, list
   * indices in brackets.
   */
  private static String path(Path path) {
    StringBuilder sb = new StringBuilder();
    for (Path.Node n : path) {
      if (n.isInIterable()) {
        sb.append('[').append(n.getIndex()).append(']');
      }
      if (n.getName() != null) {
        sb.append(sb.length() > 0 ? "." : "").append(n.getName());
      }
    }
    return sb.toString();
  }
}
