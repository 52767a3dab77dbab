package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.kpi.benchmark.BenchmarkSet.Observation;

/**
 * The rules of a benchmark set as a whole, written once: {@link BenchmarkSet#of} throws the
 * problems they find, and the JSON reading reports them at the same paths ({@code values[3]} is
 * both the list index and the JSON path). The rules of one part (a metric's id, an observation's
 * digits) are the parts' constructors.
 *
 * <p>Problem codes: {@code benchmark.metric.duplicate}, {@code benchmark.normaliser.unknown},
 * {@code benchmark.normaliser.normalised}, {@code benchmark.entity.duplicate}, {@code
 * benchmark.entity.unknown}, {@code benchmark.metric.unknown}, {@code benchmark.value.duplicate},
 * {@code benchmark.normaliser.zero}; a request naming what the set lacks gets {@code
 * benchmark.metric.unknown} or {@code benchmark.entity.unknown} for the document itself.
 */
final class BenchmarkSetRules {

  /** What the problems of a set are about, starting the exception's message. */
  static final String SUBJECT = "the benchmark set";

  private BenchmarkSetRules() {}

  /** Every problem of the parts taken together, in the order found; empty when none. */
  static List<Problem> check(
      List<Metric> metrics,
      List<BenchmarkEntity> entities,
      List<Observation> values,
      List<Observation> targets) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Integer> metricIndex = new HashMap<>();
    for (int i = 0; i < metrics.size(); i++) {
      Metric m = checkNotNull(metrics.get(i), "metrics[%s]", i);
      Integer first = metricIndex.putIfAbsent(m.id(), i);
      if (first != null) {
        problems.add(
            Problem.error(
                at("metrics", i),
                "benchmark.metric.duplicate",
                m.id(),
                String.format("duplicate metric id \"%s\" (first at metrics[%d])", m.id(), first)));
      }
    }
    Map<String, Metric> metricById = new HashMap<>();
    metrics.forEach(m -> metricById.putIfAbsent(m.id(), m));
    for (int i = 0; i < metrics.size(); i++) {
      Metric m = metrics.get(i);
      if (m.per().isPresent()) {
        Metric n = metricById.get(m.per().get());
        if (n == null) {
          problems.add(
              Problem.error(
                  at("metrics", i),
                  "benchmark.normaliser.unknown",
                  m.per().get(),
                  String.format(
                      "metric \"%s\": normaliser \"%s\" is not a metric of the set",
                      m.id(), m.per().get())));
        } else if (n.per().isPresent()) {
          problems.add(
              Problem.error(
                  at("metrics", i),
                  "benchmark.normaliser.normalised",
                  m.per().get(),
                  String.format(
                      "metric \"%s\": normaliser \"%s\" is itself normalised (per \"%s\")",
                      m.id(), n.id(), n.per().get())));
        }
      }
    }
    Map<String, Integer> entityIndex = new HashMap<>();
    for (int i = 0; i < entities.size(); i++) {
      BenchmarkEntity e = checkNotNull(entities.get(i), "entities[%s]", i);
      Integer first = entityIndex.putIfAbsent(e.id(), i);
      if (first != null) {
        problems.add(
            Problem.error(
                at("entities", i),
                "benchmark.entity.duplicate",
                e.id(),
                String.format("duplicate entity id \"%s\" (first at entities[%d])", e.id(), first)));
      }
    }
    Map<Key, Integer> valueIndex =
        checkObservations("values", values, metricById, entityIndex, problems);
    checkObservations("targets", targets, metricById, entityIndex, problems);
    for (int i = 0; i < values.size(); i++) {
      Observation o = values.get(i);
      Metric m = metricById.get(o.metric());
      if (m == null || m.per().isEmpty()) {
        continue;
      }
      Integer j = valueIndex.get(new Key(o.entity(), m.per().get(), o.period()));
      if (j != null && values.get(j).value().signum() == 0) {
        problems.add(
            Problem.error(
                at("values", i),
                "benchmark.normaliser.zero",
                values.get(j).value().toPlainString(),
                String.format(
                    "entity \"%s\", metric \"%s\", period %s: normaliser \"%s\" is zero"
                        + " (values[%d])",
                    o.entity(), o.metric(), o.period(), m.per().get(), j)));
      }
    }
    return problems;
  }

  private static Map<Key, Integer> checkObservations(
      String field,
      List<Observation> list,
      Map<String, Metric> metricById,
      Map<String, Integer> entityIndex,
      List<Problem> problems) {
    Map<Key, Integer> seen = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Observation o = checkNotNull(list.get(i), "%s[%s]", field, i);
      String what =
          String.format(
              "entity \"%s\", metric \"%s\", period %s", o.entity(), o.metric(), o.period());
      if (!entityIndex.containsKey(o.entity())) {
        problems.add(
            Problem.error(
                at(field, i),
                "benchmark.entity.unknown",
                o.entity(),
                what + ": unknown entity \"" + o.entity() + "\""));
      }
      if (!metricById.containsKey(o.metric())) {
        problems.add(
            Problem.error(
                at(field, i),
                "benchmark.metric.unknown",
                o.metric(),
                what + ": unknown metric \"" + o.metric() + "\""));
      }
      Integer first = seen.putIfAbsent(new Key(o.entity(), o.metric(), o.period()), i);
      if (first != null) {
        problems.add(
            Problem.error(
                at(field, i),
                "benchmark.value.duplicate",
                o.value().toPlainString(),
                String.format(
                    "%s: a second value %s (first %s at %s[%d])",
                    what,
                    o.value().toPlainString(),
                    list.get(first).value().toPlainString(),
                    field,
                    first)));
      }
    }
    return seen;
  }

  /** A request names a metric or entity the set does not have. */
  static ProblemException unknown(String what, String id, String message) {
    return new ProblemException(
        SUBJECT,
        List.of(Problem.error(Location.document(), "benchmark." + what + ".unknown", id, message)));
  }

  private static Location at(String list, int index) {
    return Location.path(list + "[" + index + "]");
  }

  private record Key(String entity, String metric, Period period) {}
}
