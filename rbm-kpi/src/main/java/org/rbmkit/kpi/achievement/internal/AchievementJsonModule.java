package org.rbmkit.kpi.achievement.internal;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;
import org.rbmkit.kpi.achievement.AchievementPolicy.AchievementMethod;
import org.rbmkit.kpi.achievement.AchievementPolicy.MissingBaseline;
import org.rbmkit.kpi.achievement.AchievementPolicy.OverAchievement;
import org.rbmkit.kpi.achievement.Pace.PaceStatus;
import org.rbmkit.kpi.achievement.RatingScheme.RatingBasis;
import org.rbmkit.kpi.achievement.RatingScheme.Rated;
import org.rbmkit.kpi.achievement.RollupCalculator.RollupRule;
import org.rbmkit.kpi.achievement.Achievement;
import org.rbmkit.kpi.achievement.AchievementStatus;
import org.rbmkit.kpi.achievement.AggregationRule;
import org.rbmkit.kpi.achievement.ExactRatio;
import org.rbmkit.kpi.achievement.Finding;
import org.rbmkit.kpi.achievement.FrameworkRollup;
import org.rbmkit.kpi.achievement.IndicatorRating;
import org.rbmkit.kpi.achievement.Pace;
import org.rbmkit.kpi.achievement.Rating;
import org.rbmkit.kpi.achievement.RatingTally;
import org.rbmkit.kpi.achievement.ResultRollup;
import org.rbmkit.kpi.achievement.RollupCalculator;

/**
 * The Jackson 3 module writing achievement reports as JSON; {@code RbmJson.mapper()} finds it
 * through {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * FrameworkRollup r = RollupCalculator.withDefaults().rollUp(framework);
 * String json = RbmJson.mapper().writeValueAsString(r);
 * }</pre>
 *
 * <p>The forms (write only: these are reports computed from a framework, not input):
 *
 * <pre>{@code
 * ExactRatio       {"numerator": 72, "denominator": 119}
 * Achievement      {"indicator": "1.a", "period": "2018-2021", "status": "measured",
 *                   "method": "progress", "low": {...}, "high": {...}, "approximate": false,
 *                   "capped": false, "actual": {...}, "baseline": {...}, "target": {...},
 *                   "explanation": "progress (actual − baseline) ÷ …"}
 * Pace             {"date": "2020-06-30", "expectedShare": {...}, "status": "ahead",
 *                   "low": {...}, "high": {...}}
 * Rated            {"rating": "at-risk", "score": 70, "uncertain": false}
 * Rating           {"code": "at-risk", "label": {"en": "at risk", "fr": "à risque"}, "severity": 1}
 * RatingTally      {"on-track": 2, "off-track": 1}
 * IndicatorRating  {"result": "1", "indicator": "1.a", "rating": "at-risk", "score": 70,
 *                   "uncertain": false, "weight": 1, "achievement": {...}, "pace": {...}}
 * ResultRollup     {"code": "1", "level": "outcome", "title": {...}, "rating": "off-track",
 *                   "counts": {...}, "indicators": [...], "children": ["1.1", "1.2"]}
 * FrameworkRollup  {"owner": "ILO", "frameworkPeriod": "2018-2021", "period": "2018-2021",
 *                   "scheme": "traffic-light", "rule": "worst", "ratings": [...],
 *                   "results": [...], "total": {...}, "summary": {"en": [...], "fr": [...]}}
 * Finding          {"result": "1.1", "indicator": "a", "period": "2020",
 *                   "kind": "actual-without-target", "message": "…"}
 * }</pre>
 *
 * <p>Absent optional members (an open end of a range, no baseline, no pace) are left out; enums are
 * written as their codes; numbers exactly, never rounded. Indicator values, periods, levels and
 * texts take the core forms.
 */
public class AchievementJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers. */
  public AchievementJsonModule() {
    super("rbmkit-kpi-achievement");
    code(AchievementStatus.class, AchievementStatus::code);
    code(AchievementMethod.class, AchievementMethod::code);
    code(MissingBaseline.class, MissingBaseline::code);
    code(OverAchievement.class, OverAchievement::code);
    code(RollupRule.class, RollupRule::code);
    code(AggregationRule.class, AggregationRule::code);
    code(RatingBasis.class, RatingBasis::code);
    code(PaceStatus.class, PaceStatus::code);
    code(Finding.Kind.class, Finding.Kind::code);
    write(
        ExactRatio.class,
        (r, g, c) -> {
          g.writeStartObject();
          g.writeNumberProperty("numerator", r.numerator());
          g.writeNumberProperty("denominator", r.denominator());
          g.writeEndObject();
        });
    write(
        Achievement.class,
        (a, g, c) -> {
          g.writeStartObject();
          g.writeStringProperty("indicator", a.indicatorCode());
          g.writeStringProperty("period", a.period().toString());
          g.writeStringProperty("status", a.status().code());
          g.writeStringProperty("method", a.method().code());
          optional(g, c, "low", a.low());
          optional(g, c, "high", a.high());
          g.writeBooleanProperty("approximate", a.approximate());
          g.writeBooleanProperty("capped", a.capped());
          optional(g, c, "actual", a.actual());
          optional(g, c, "baseline", a.baseline());
          optional(g, c, "target", a.target());
          g.writeStringProperty("explanation", a.explanation());
          g.writeEndObject();
        });
    write(
        Pace.class,
        (p, g, c) -> {
          g.writeStartObject();
          g.writeStringProperty("date", p.date().toString());
          g.writeName("expectedShare");
          c.writeValue(g, p.expectedShare());
          g.writeStringProperty("status", p.status().code());
          optional(g, c, "low", p.low());
          optional(g, c, "high", p.high());
          g.writeEndObject();
        });
    write(
        Rated.class,
        (r, g, c) -> {
          g.writeStartObject();
          rated(g, r);
          g.writeEndObject();
        });
    write(
        Rating.class,
        (r, g, c) -> {
          g.writeStartObject();
          g.writeStringProperty("code", r.code());
          g.writeName("label");
          c.writeValue(g, r.label());
          g.writeNumberProperty("severity", r.severity());
          g.writeEndObject();
        });
    write(
        RatingTally.class,
        (t, g, c) -> {
          g.writeStartObject();
          for (Map.Entry<Rating, Long> e : t.counts().entrySet()) {
            g.writeNumberProperty(e.getKey().code(), e.getValue());
          }
          g.writeEndObject();
        });
    write(
        IndicatorRating.class,
        (r, g, c) -> {
          g.writeStartObject();
          g.writeStringProperty("result", r.resultCode());
          g.writeStringProperty("indicator", r.indicatorCode());
          rated(g, r.rated());
          g.writeNumberProperty("weight", r.weight());
          g.writeName("achievement");
          c.writeValue(g, r.achievement());
          optional(g, c, "pace", r.pace());
          g.writeEndObject();
        });
    write(
        ResultRollup.class,
        (r, g, c) -> {
          g.writeStartObject();
          g.writeStringProperty("code", r.code());
          g.writeStringProperty("level", r.level().code());
          g.writeName("title");
          c.writeValue(g, r.title());
          g.writeStringProperty("rating", r.rating().code());
          g.writeName("counts");
          c.writeValue(g, r.subtree());
          g.writeArrayPropertyStart("indicators");
          for (IndicatorRating i : r.indicators()) {
            c.writeValue(g, i);
          }
          g.writeEndArray();
          g.writeArrayPropertyStart("children");
          for (String child : r.childCodes()) {
            g.writeString(child);
          }
          g.writeEndArray();
          g.writeEndObject();
        });
    write(
        FrameworkRollup.class,
        (r, g, c) -> {
          g.writeStartObject();
          g.writeStringProperty("owner", r.framework().owner());
          g.writeStringProperty("frameworkPeriod", r.framework().period().toString());
          g.writeStringProperty("period", r.period().toString());
          g.writeStringProperty("scheme", r.scheme().code());
          g.writeStringProperty("rule", r.rule().code());
          g.writeArrayPropertyStart("ratings");
          for (Rating rating : r.scheme().ratingsBestFirst()) {
            c.writeValue(g, rating);
          }
          c.writeValue(g, Rating.NOT_RATED);
          g.writeEndArray();
          g.writeArrayPropertyStart("results");
          for (ResultRollup result : r.results().values()) {
            c.writeValue(g, result);
          }
          g.writeEndArray();
          g.writeName("total");
          c.writeValue(g, r.total());
          g.writeObjectPropertyStart("summary");
          for (String language : new String[] {"en", "fr"}) {
            g.writeArrayPropertyStart(language);
            for (String line : r.summary(language)) {
              g.writeString(line);
            }
            g.writeEndArray();
          }
          g.writeEndObject();
          g.writeEndObject();
        });
    write(
        Finding.class,
        (f, g, c) -> {
          g.writeStartObject();
          if (f.resultCode().isPresent()) {
            g.writeStringProperty("result", f.resultCode().get());
          }
          g.writeStringProperty("indicator", f.indicatorCode());
          if (f.period().isPresent()) {
            g.writeStringProperty("period", f.period().get().toString());
          }
          g.writeStringProperty("kind", f.kind().code());
          g.writeStringProperty("message", f.message());
          g.writeEndObject();
        });
  }

  private static void rated(JsonGenerator g, Rated r) {
    g.writeStringProperty("rating", r.rating().code());
    if (r.score().isPresent()) {
      g.writeNumberProperty("score", r.score().get());
    }
    g.writeBooleanProperty("uncertain", r.uncertain());
  }

  private static void optional(
      JsonGenerator g, SerializationContext c, String name, Optional<?> value) {
    if (value.isPresent()) {
      g.writeName(name);
      c.writeValue(g, value.get());
    }
  }

  private <E> void code(Class<E> type, Function<E, String> code) {
    write(type, (v, g, c) -> g.writeString(code.apply(v)));
  }

  private <T> void write(Class<T> type, Writer<T> writer) {
    addSerializer(type, new WriterSerializer<>(type, writer));
  }

  /** Writes one value. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(T value, JsonGenerator gen, SerializationContext ctxt);
  }

  private static final class WriterSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Writer<T> writer;

    WriterSerializer(Class<T> type, Writer<T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      writer.write(value, gen, ctxt);
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
