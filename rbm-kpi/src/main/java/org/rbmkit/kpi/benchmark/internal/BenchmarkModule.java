package org.rbmkit.kpi.benchmark.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.rbmkit.core.json.JsonInput;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.kpi.benchmark.BenchmarkEntity;
import org.rbmkit.kpi.benchmark.BenchmarkSet;
import org.rbmkit.kpi.benchmark.BenchmarkSet.Observation;
import org.rbmkit.kpi.benchmark.Direction;
import org.rbmkit.kpi.benchmark.Metric;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for benchmark sets; {@code RbmJson.mapper()} finds it through
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * BenchmarkSet set = RbmJson.mapper().readValue(file, BenchmarkSet.class);
 * String json = RbmJson.mapper().writeValueAsString(set);
 * }</pre>
 *
 * <p>The form (docs/benchmark-format.md has a complete example):
 *
 * <pre>{@code
 * {
 *   "name": "Website visits",                                     // optional, default ""
 *   "metrics": [{"id": "visits", "name": "Website visits", "unit": "visits",
 *                "direction": "higher-is-better", "per": "learners"}],   // unit, per optional
 *   "entities": [{"id": "itcilo", "kind": "organisation", "name": "ITC-ILO",
 *                 "attributes": {"region": "europe"}}],           // attributes optional
 *   "values": [{"entity": "itcilo", "metric": "visits", "period": "2022", "value": 729000}],
 *   "targets": [ ... same form as values ... ]                     // optional
 * }
 * }</pre>
 *
 * <p>Values are JSON numbers read exactly as {@link BigDecimal}; periods are their canonical
 * text ({@code "2022"}, {@code "2024-25"}); directions are {@code higher-is-better} or
 * {@code lower-is-better}. The whole document is checked before it is rejected: every problem
 * (a missing or unknown property, a wrong type, a bad period, then the set-level problems of
 * {@link BenchmarkSet#of}) is reported with its JSON path, entity and metric in one message.
 */
public class BenchmarkModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** What the problems of a document are about, starting the message. */
  private static final String SUBJECT = "the benchmark set";

  /** Registers the serializer and deserializer of {@link BenchmarkSet}. */
  public BenchmarkModule() {
    super("rbmkit-kpi-benchmark");
    addSerializer(BenchmarkSet.class, new SetSerializer());
    addDeserializer(BenchmarkSet.class, new SetDeserializer());
  }

  private static final class SetSerializer extends ValueSerializer<BenchmarkSet> {
    @Override
    public void serialize(BenchmarkSet set, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("name", set.name());
      gen.writeArrayPropertyStart("metrics");
      for (Metric m : set.metrics()) {
        gen.writeStartObject();
        gen.writeStringProperty("id", m.id());
        gen.writeStringProperty("name", m.name());
        gen.writeStringProperty("unit", m.unit());
        gen.writeStringProperty("direction", m.direction().code());
        if (m.per().isPresent()) {
          gen.writeStringProperty("per", m.per().get());
        }
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeArrayPropertyStart("entities");
      for (BenchmarkEntity e : set.entities()) {
        gen.writeStartObject();
        gen.writeStringProperty("id", e.id());
        gen.writeStringProperty("kind", e.kind());
        gen.writeStringProperty("name", e.name());
        gen.writeObjectPropertyStart("attributes");
        for (Map.Entry<String, String> a : e.attributes().entrySet()) {
          gen.writeStringProperty(a.getKey(), a.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
      }
      gen.writeEndArray();
      writeObservations(gen, "values", set.values());
      writeObservations(gen, "targets", set.targets());
      gen.writeEndObject();
    }

    private static void writeObservations(JsonGenerator gen, String name, List<Observation> list) {
      gen.writeArrayPropertyStart(name);
      for (Observation o : list) {
        gen.writeStartObject();
        gen.writeStringProperty("entity", o.entity());
        gen.writeStringProperty("metric", o.metric());
        gen.writeStringProperty("period", o.period().toString());
        gen.writeName("value");
        gen.writeNumber(o.value());
        gen.writeEndObject();
      }
      gen.writeEndArray();
    }

    @Override
    public Class<?> handledType() {
      return BenchmarkSet.class;
    }
  }

  private static final class SetDeserializer extends ValueDeserializer<BenchmarkSet> {
    @Override
    public BenchmarkSet deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      JsonInput.expect(
          p, ctxt, this, JsonToken.START_OBJECT, "a benchmark set must be a JSON object");
      JsonNode root;
      try {
        root = ctxt.readTree(p);
      } catch (NumberFormatException e) {
        // Jackson lets a number Java cannot hold (1e9999999999) escape the tree as this
        return ctxt.reportInputMismatch(
            this, "a number of the benchmark set is out of range: %s", e.getMessage());
      }
      Reader r = new Reader();
      r.only(root, "", Set.of("name", "metrics", "entities", "values", "targets"));
      String name = r.optionalString(root, "", "name").orElse("");
      List<Metric> metrics = r.list(root, "", "metrics", true, r::metric);
      List<BenchmarkEntity> entities = r.list(root, "", "entities", true, r::entity);
      List<Observation> values = r.list(root, "", "values", true, r::observation);
      List<Observation> targets = r.list(root, "", "targets", false, r::observation);
      // the set's rules need every part read: list indexes are JSON paths only then
      if (!r.problems.isEmpty()) {
        return ctxt.reportInputMismatch(
            this, "%s", new ProblemException(SUBJECT, r.problems).getMessage());
      }
      return JsonInput.build(
          ctxt, this, () -> BenchmarkSet.of(name, metrics, entities, values, targets));
    }

    @Override
    public Class<?> handledType() {
      return BenchmarkSet.class;
    }
  }

  /** Walks the tree, collecting every problem with its JSON path. */
  private static final class Reader {
    final List<Problem> problems = new ArrayList<>();

    void add(String path, String code, String message) {
      problems.add(
          Problem.error(path.isEmpty() ? Location.document() : Location.path(path), code, message));
    }

    private static String at(String path, String name) {
      return path.isEmpty() ? name : path + "." + name;
    }

    void only(JsonNode node, String path, Set<String> allowed) {
      for (String n : node.propertyNames()) {
        if (!allowed.contains(n)) {
          add(
              path,
              "json.property.unknown",
              "unknown property \""
                  + n
                  + "\" (expected "
                  + String.join(", ", allowed.stream().sorted().toList())
                  + ")");
        }
      }
    }

    Optional<String> optionalString(JsonNode node, String path, String name) {
      JsonNode v = node.get(name);
      if (v == null) {
        return Optional.empty();
      }
      if (!v.isString()) {
        add(at(path, name), "json.type", "must be a string, found " + v.getNodeType());
        return Optional.empty();
      }
      return Optional.of(v.stringValue());
    }

    Optional<String> string(JsonNode node, String path, String name) {
      if (node.get(name) == null) {
        add(at(path, name), "json.property.missing", "missing");
        return Optional.empty();
      }
      return optionalString(node, path, name);
    }

    <T> List<T> list(
        JsonNode node,
        String path,
        String name,
        boolean required,
        ElementReader<T> element) {
      JsonNode v = node.get(name);
      List<T> out = new ArrayList<>();
      if (v == null) {
        if (required) {
          add(at(path, name), "json.property.missing", "missing");
        }
        return out;
      }
      if (!v.isArray()) {
        add(at(path, name), "json.type", "must be an array, found " + v.getNodeType());
        return out;
      }
      for (int i = 0; i < v.size(); i++) {
        String here = at(path, name) + "[" + i + "]";
        JsonNode item = v.get(i);
        if (!item.isObject()) {
          add(here, "json.type", "must be an object, found " + item.getNodeType());
          continue;
        }
        element.read(item, here).ifPresent(out::add);
      }
      return out;
    }

    /** Applies a constructor, turning its complaint into a problem at {@code path}. */
    <T> Optional<T> build(String path, String code, Supplier<T> constructor) {
      try {
        return Optional.of(constructor.get());
      } catch (IllegalArgumentException | NullPointerException e) {
        add(path, code, e.getMessage());
        return Optional.empty();
      }
    }

    <T> Optional<T> parse(String path, String code, String text, Function<String, T> parser) {
      try {
        return Optional.of(parser.apply(text));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.error(Location.path(path), code, text, e.getMessage()));
        return Optional.empty();
      }
    }

    Optional<Metric> metric(JsonNode n, String path) {
      only(n, path, Set.of("id", "name", "unit", "direction", "per"));
      int before = problems.size();
      Optional<String> id = string(n, path, "id");
      Optional<String> name = string(n, path, "name");
      String unit = optionalString(n, path, "unit").orElse("");
      Optional<Direction> direction =
          string(n, path, "direction")
              .flatMap(d -> parse(at(path, "direction"), "benchmark.direction", d, Direction::fromCode));
      Optional<String> per = optionalString(n, path, "per");
      if (problems.size() > before) {
        return Optional.empty();
      }
      return build(
          path,
          "benchmark.metric",
          () -> new Metric(id.get(), name.get(), unit, direction.get(), per));
    }

    Optional<BenchmarkEntity> entity(JsonNode n, String path) {
      only(n, path, Set.of("id", "kind", "name", "attributes"));
      int before = problems.size();
      Optional<String> id = string(n, path, "id");
      Optional<String> kind = string(n, path, "kind");
      Optional<String> name = string(n, path, "name");
      Map<String, String> attributes = new LinkedHashMap<>();
      JsonNode a = n.get("attributes");
      if (a != null) {
        if (!a.isObject()) {
          add(at(path, "attributes"), "json.type", "must be an object, found " + a.getNodeType());
        } else {
          for (Map.Entry<String, JsonNode> e : a.properties()) {
            if (e.getValue().isString()) {
              attributes.put(e.getKey(), e.getValue().stringValue());
            } else {
              add(
                  at(at(path, "attributes"), e.getKey()),
                  "json.type",
                  "must be a string, found " + e.getValue().getNodeType());
            }
          }
        }
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return build(
          path,
          "benchmark.entity",
          () -> new BenchmarkEntity(id.get(), kind.get(), name.get(), attributes));
    }

    Optional<Observation> observation(JsonNode n, String path) {
      only(n, path, Set.of("entity", "metric", "period", "value"));
      int before = problems.size();
      Optional<String> entity = string(n, path, "entity");
      Optional<String> metric = string(n, path, "metric");
      Optional<Period> period =
          string(n, path, "period")
              .flatMap(t -> parse(at(path, "period"), "benchmark.period", t, Period::parse));
      Optional<BigDecimal> value = Optional.empty();
      JsonNode v = n.get("value");
      if (v == null) {
        add(at(path, "value"), "json.property.missing", "missing");
      } else if (!v.isNumber()) {
        add(
            at(path, "value"),
            "json.type",
            "must be a JSON number such as 729000, found " + v.getNodeType());
      } else {
        value = Optional.of(v.decimalValue());
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      BigDecimal exact = value.get();
      return build(
          path,
          "benchmark.value",
          () -> new Observation(entity.get(), metric.get(), period.get(), exact));
    }
  }

  @FunctionalInterface
  private interface ElementReader<T> {
    Optional<T> read(JsonNode node, String path);
  }
}
