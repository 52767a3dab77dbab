package org.rbmkit.core.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.text.LocalizedText;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Writes a results framework and its parts straight from the model to the generator, in the JSON
 * form of their documents ({@code ResultsFrameworkDocument}, {@code ResultNodeDocument}, {@code
 * IndicatorDocument}, {@code PeriodValueDocument}, {@code ValueDocument}): the same properties in
 * the same order, absent optional properties left out, without building the document beans first.
 * Whole decimals are written from their {@code long} value, with no intermediate text.
 *
 * <p>Reading stays with the documents, which validate the whole input; {@code
 * FrameworkWritingTest} checks that what is written here is, byte for byte, what the mapper
 * writes for the document form. Stateless and thread-safe.
 */
final class FrameworkWriting {

  /** The most digits a whole decimal written through {@code long} may have. */
  private static final int LONG_DIGITS = 18;

  private FrameworkWriting() {}

  /** Registers the serializers of the framework's types on the module. */
  static void register(SimpleModule module) {
    module.addSerializer(ResultsFramework.class, new Writer<>(ResultsFramework.class) {
      @Override
      void write(ResultsFramework f, JsonGenerator gen, SerializationContext ctxt) {
        framework(f, gen, ctxt);
      }
    });
    module.addSerializer(ResultNode.class, new Writer<>(ResultNode.class) {
      @Override
      void write(ResultNode n, JsonGenerator gen, SerializationContext ctxt) {
        node(n, gen, ctxt);
      }
    });
    module.addSerializer(Indicator.class, new Writer<>(Indicator.class) {
      @Override
      void write(Indicator i, JsonGenerator gen, SerializationContext ctxt) {
        indicator(i, gen, ctxt);
      }
    });
    module.addSerializer(PeriodValue.class, new Writer<>(PeriodValue.class) {
      @Override
      void write(PeriodValue v, JsonGenerator gen, SerializationContext ctxt) {
        periodValue(v.period(), v.value(), gen);
      }
    });
    module.addSerializer(Baseline.class, new Writer<>(Baseline.class) {
      @Override
      void write(Baseline b, JsonGenerator gen, SerializationContext ctxt) {
        periodValue(b.period(), b.value(), gen);
      }
    });
    module.addSerializer(IndicatorValue.class, new Writer<>(IndicatorValue.class) {
      @Override
      void write(IndicatorValue v, JsonGenerator gen, SerializationContext ctxt) {
        gen.writeStartObject();
        valueProperties(v, gen);
        gen.writeEndObject();
      }
    });
  }

  private abstract static class Writer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    Writer(Class<T> type) {
      this.type = type;
    }

    abstract void write(T value, JsonGenerator gen, SerializationContext ctxt);

    @Override
    public final void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      write(value, gen, ctxt);
    }

    @Override
    public final Class<?> handledType() {
      return type;
    }
  }

  private static void framework(ResultsFramework f, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject();
    gen.writeStringProperty("owner", f.owner());
    period("period", f.period(), gen);
    text("title", f.title(), gen);
    if (f.source().isPresent()) {
      gen.writeStringProperty("source", f.source().get());
    }
    gen.writeName("roots");
    gen.writeStartArray();
    for (ResultNode n : f.roots()) {
      node(n, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void node(ResultNode n, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject();
    gen.writeStringProperty("code", n.code());
    gen.writeStringProperty("level", n.level().code());
    text("title", n.title(), gen);
    if (n.source().isPresent()) {
      gen.writeStringProperty("source", n.source().get());
    }
    gen.writeName("indicators");
    gen.writeStartArray();
    for (Indicator i : n.indicators()) {
      indicator(i, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeName("children");
    gen.writeStartArray();
    for (ResultNode c : n.children()) {
      node(c, gen, ctxt);
    }
    gen.writeEndArray();
    gen.writeName("contributesTo");
    gen.writeStartArray();
    for (String code : n.contributesTo()) {
      gen.writeString(code);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }

  private static void indicator(Indicator i, JsonGenerator gen, SerializationContext ctxt) {
    gen.writeStartObject();
    gen.writeStringProperty("code", i.code());
    text("title", i.title(), gen);
    gen.writeStringProperty("measure", i.measure().code());
    gen.writeStringProperty("unit", i.unit());
    gen.writeStringProperty("direction", i.direction().code());
    if (i.band().isPresent()) {
      gen.writeName("band");
      ctxt.writeValue(gen, i.band().get());
    }
    gen.writeStringProperty("cumulation", i.cumulation().code());
    gen.writeName("baselines");
    gen.writeStartArray();
    for (Baseline b : i.baselines()) {
      periodValue(b.period(), b.value(), gen);
    }
    gen.writeEndArray();
    periodValues("targets", i.targets(), gen);
    periodValues("milestones", i.milestones(), gen);
    periodValues("actuals", i.actuals(), gen);
    gen.writeEndObject();
  }

  private static void periodValues(String name, List<PeriodValue> values, JsonGenerator gen) {
    gen.writeName(name);
    gen.writeStartArray();
    for (PeriodValue v : values) {
      periodValue(v.period(), v.value(), gen);
    }
    gen.writeEndArray();
  }

  private static void periodValue(Period period, IndicatorValue v, JsonGenerator gen) {
    gen.writeStartObject();
    period("period", period, gen);
    valueProperties(v, gen);
    gen.writeEndObject();
  }

  /** The properties of a {@code ValueDocument}, in its order. */
  private static void valueProperties(IndicatorValue v, JsonGenerator gen) {
    Value x = v.value();
    if (x instanceof DecimalValue d) {
      gen.writeName("value");
      decimal(d.value(), gen);
    } else if (x instanceof RatioValue r) {
      gen.writeName("numerator");
      decimal(r.numerator(), gen);
      gen.writeName("denominator");
      decimal(r.denominator(), gen);
    } else {
      gen.writeStringProperty("text", ((TextValue) x).text());
    }
    gen.writeStringProperty("qualifier", v.qualifier().code());
    gen.writeName("dimensions");
    gen.writeStartObject();
    for (Map.Entry<String, String> e : v.dimensions().entrySet()) {
      gen.writeStringProperty(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }

  /**
   * A decimal as a JSON number: a whole one of up to 18 digits from its {@code long} value, any
   * other as the generator writes a {@link BigDecimal} (plainly, as the mapper is configured).
   */
  static void decimal(BigDecimal d, JsonGenerator gen) {
    if (d.scale() <= 0 && d.precision() - d.scale() <= LONG_DIGITS) {
      gen.writeNumber(d.longValue());
    } else {
      gen.writeNumber(d);
    }
  }

  private static void period(String name, Period p, JsonGenerator gen) {
    gen.writeStringProperty(name, p.toString());
  }

  /** A {@link LocalizedText} as {@code RbmCoreModule} writes it: language tag to text. */
  private static void text(String name, LocalizedText t, JsonGenerator gen) {
    gen.writeName(name);
    gen.writeStartObject();
    for (Map.Entry<String, String> e : t.asMap().entrySet()) {
      gen.writeStringProperty(e.getKey(), e.getValue());
    }
    gen.writeEndObject();
  }
}
