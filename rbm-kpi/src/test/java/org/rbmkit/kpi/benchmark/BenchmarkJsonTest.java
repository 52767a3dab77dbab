package org.rbmkit.kpi.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.testing.DocExamples;
import org.rbmkit.kpi.benchmark.MetricTable.Missing;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** The JSON form of benchmark sets: the shipped example, round trips and rejected input. */
class BenchmarkJsonTest {

  private static final JsonMapper MAPPER = RbmJson.mapper();
  private static final CalendarYear Y2022 = CalendarYear.of(2022);

  private static String example() throws IOException {
    try (InputStream in = BenchmarkJsonTest.class.getResourceAsStream("/benchmark/example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void example_loads_andCompares() throws IOException {
    BenchmarkSet set = MAPPER.readValue(example(), BenchmarkSet.class);

    assertThat(set.metrics()).extracting(Metric::id)
        .containsExactly("visits", "learners", "cost", "online-share");
    assertThat(set.entities()).hasSize(4);
    assertThat(set.metric("cost").orElseThrow().per()).contains("learners");
    assertThat(set.value("itcilo", "visits", Y2022)).contains(new BigDecimal("729000"));

    Benchmark b = Benchmark.of(BenchmarkOptions.defaults().withPeerAttributes(List.of("region")));
    // cost per learner, lower is better: B and ITC-ILO tie at 250, A 270, C 350
    MetricTable cost = b.table(set, "cost", Y2022);
    assertThat(cost.positions()).extracting(Position::entity)
        .containsExactly("itcilo", "provider-b", "provider-a", "provider-c");
    assertThat(cost.positions()).extracting(p -> p.rank().intValueExact()).containsExactly(1, 1, 3, 4);
    assertThat(cost.position("provider-c").orElseThrow().value().orElseThrow()).isEqualByComparingTo("350");
    // online share: provider C has no value and is excluded, and reported
    MetricTable online = b.table(set, "online-share", Y2022);
    assertThat(online.missing()).containsExactly(new Missing("provider-c", "no value"));
    Position itc = online.position("itcilo").orElseThrow();
    assertThat(itc.gapToTarget().orElseThrow().difference()).isEqualByComparingTo("-7.67");
    // peers in europe: ITC-ILO 59 and A 72.5, mean 65.75
    assertThat(itc.gapToPeerMean().orElseThrow().reference()).isEqualByComparingTo("65.75");
    assertThat(b.changes(set, "visits", CalendarYear.of(2021), Y2022).missing())
        .containsExactly(new Missing("provider-c", "no value in 2021"));
  }

  @Test
  void example_roundTrips() throws IOException {
    BenchmarkSet set = MAPPER.readValue(example(), BenchmarkSet.class);
    String json = MAPPER.writeValueAsString(set);
    assertThat(MAPPER.readValue(json, BenchmarkSet.class)).isEqualTo(set);
    assertThat(MAPPER.readTree(json)).isEqualTo(MAPPER.readTree(example()));
  }

  @Test
  void documentation_showsTheShippedExample() throws IOException {
    List<String> blocks = DocExamples.json("benchmark-format.md");
    assertThat(blocks).as("the ```json blocks of docs/benchmark-format.md").isNotEmpty();
    assertThat(MAPPER.readTree(blocks.get(0))).isEqualTo(MAPPER.readTree(example()));
  }

  private static final String METRICS =
      "\"metrics\":[{\"id\":\"visits\",\"name\":\"Visits\",\"direction\":\"higher-is-better\"},"
          + "{\"id\":\"learners\",\"name\":\"Learners\",\"direction\":\"higher-is-better\"},"
          + "{\"id\":\"cost\",\"name\":\"Cost\",\"unit\":\"EUR\",\"direction\":\"lower-is-better\","
          + "\"per\":\"learners\"}]";
  private static final String ENTITIES =
      "\"entities\":[{\"id\":\"a\",\"kind\":\"unit\",\"name\":\"A\"},"
          + "{\"id\":\"b\",\"kind\":\"unit\",\"name\":\"B\"}]";

  private static String doc(String entities, String values) {
    return "{" + METRICS + "," + entities + ",\"values\":[" + values + "]}";
  }

  @ParameterizedTest(name = "{2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "ENTITIES_DUP|{\"entity\":\"a\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":1}"
            + "|entities[2]: duplicate entity id \"a\" (first at entities[0])",
        "|{\"entity\":\"a\",\"metric\":\"vists\",\"period\":\"2022\",\"value\":1}"
            + "|values[0]: entity \"a\", metric \"vists\", period 2022: unknown metric \"vists\"",
        "|{\"entity\":\"a\",\"metric\":\"cost\",\"period\":\"2022\",\"value\":100},"
            + "{\"entity\":\"a\",\"metric\":\"learners\",\"period\":\"2022\",\"value\":0.0}"
            + "|values[0]: entity \"a\", metric \"cost\", period 2022: normaliser \"learners\" is zero",
        "|{\"entity\":\"a\",\"metric\":\"visits\",\"period\":\"2022-26x\",\"value\":1}"
            + "|values[0].period: cannot parse period \"2022-26x\"",
        "|{\"entity\":\"a\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":\"1\"}"
            + "|values[0].value: must be a JSON number such as 729000, found STRING",
        "|{\"entity\":\"a\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":1,\"note\":\"x\"}"
            + "|values[0]: unknown property \"note\" (expected entity, metric, period, value)",
        "|{\"entity\":\"a\",\"metric\":\"visits\",\"value\":1}|values[0].period: missing",
        "|{\"entity\":\"a\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":1e999999999}"
            + "|values[0]: entity a, metric visits, period 2022: value 1E+999999999 has more than 30 integer digits",
        "|{\"entity\":\"zz\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":1},"
            + "{\"entity\":\"a\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":1},"
            + "{\"entity\":\"a\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":2}"
            + "|values[2]: entity \"a\", metric \"visits\", period 2022: a second value 2 (first 1 at values[1])",
      })
  void badInput_isRejected_namingPathEntityAndMetric(String entities, String values, String message) {
    String e =
        "ENTITIES_DUP".equals(entities)
            ? ENTITIES.replace("]", ",{\"id\":\"a\",\"kind\":\"unit\",\"name\":\"A again\"}]")
            : ENTITIES;
    assertThatThrownBy(() -> MAPPER.readValue(doc(e, values), BenchmarkSet.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining(message);
  }

  @Test
  void badInput_everyProblemIsReported_atOnce() {
    String values =
        "{\"entity\":\"zz\",\"metric\":\"visits\",\"period\":\"2022\",\"value\":1},"
            + "{\"entity\":\"a\",\"metric\":\"nope\",\"period\":\"2022\",\"value\":1}";
    assertThatThrownBy(() -> MAPPER.readValue(doc(ENTITIES, values), BenchmarkSet.class))
        .hasMessageContaining("2 problems")
        .hasMessageContaining("values[0]: entity \"zz\", metric \"visits\", period 2022: unknown entity \"zz\"")
        .hasMessageContaining("values[1]: entity \"a\", metric \"nope\", period 2022: unknown metric \"nope\"");
  }

  @Test
  void badInput_duplicateKeys_andNonObjects_areRejected() {
    assertThatThrownBy(
            () -> MAPPER.readValue("{\"name\":\"x\",\"name\":\"y\"," + METRICS + "}", BenchmarkSet.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("Duplicate");
    assertThatThrownBy(() -> MAPPER.readValue("[]", BenchmarkSet.class))
        .hasMessageContaining("a benchmark set must be a JSON object");
    assertThatThrownBy(() -> MAPPER.readValue("{\"metrics\":[]}", BenchmarkSet.class))
        .hasMessageContaining("entities: missing")
        .hasMessageContaining("values: missing");
  }
}
