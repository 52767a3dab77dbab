package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.Quarter;
import tools.jackson.databind.SerializationFeature;

/** One round-trip table for the workplan value types: toString/parse and JSON. */
class WorkplanValuesJsonTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Timeline.class, Timeline.parse("T1, 2024"), "\"Q1 2024\""),
        Arguments.of(Timeline.class, Timeline.parse("T2 et T3, 2024"), "\"Q2 and Q3 2024\""),
        Arguments.of(Timeline.class, Timeline.ONGOING, "\"ongoing\""),
        Arguments.of(Timeline.class, new Timeline.OngoingFrom(Quarter.of(2024, 4)), "\"ongoing from Q4 2024\""),
        Arguments.of(Timeline.class, new Timeline.Year(2024), "\"2024\""),
        Arguments.of(Timeline.class, new Timeline.ByDate(LocalDate.of(2022, 3, 31)), "\"by 2022-03-31\""),
        Arguments.of(Status.class, Status.IN_PROGRESS, "\"in-progress\""),
        Arguments.of(Status.class, Status.NOT_REPORTED, "\"not-reported\""),
        Arguments.of(PercentComplete.class, PercentComplete.of(90), "90"),
        Arguments.of(PercentComplete.class, PercentComplete.parse("62.5"), "62.5"),
        Arguments.of(PercentComplete.class, PercentComplete.NOT_REPORTED, "\"not-reported\""),
        Arguments.of(Milestone.class,
            new Milestone("m", Timeline.parse("Q1 2022"), Status.IN_PROGRESS, PercentComplete.of(90)),
            "{\"name\":\"m\",\"due\":\"Q1 2022\",\"status\":\"in-progress\",\"percentComplete\":90}"),
        Arguments.of(Activity.class, new Activity("a"), "{\"description\":\"a\"}"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("values")
  <T> void jsonAndText_roundTrip(Class<T> type, T value, String json) {
    String written = RbmJson.mapper().writer().withoutFeatures(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(value);
    assertThat(written).isEqualTo(json);
    assertThat(RbmJson.mapper().readValue(json, type)).isEqualTo(value);
    if (value instanceof Timeline t) {
      assertThat(Timeline.parse(t.toString())).isEqualTo(t);
    }
    if (value instanceof PercentComplete p) {
      assertThat(PercentComplete.parse(p.toString())).isEqualTo(p);
    }
    if (value instanceof Status s) {
      assertThat(Status.fromCode(s.code())).isEqualTo(s);
    }
  }
}
