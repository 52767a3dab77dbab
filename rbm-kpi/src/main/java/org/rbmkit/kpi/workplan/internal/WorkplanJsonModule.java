package org.rbmkit.kpi.workplan.internal;

import org.rbmkit.kpi.workplan.PercentComplete;
import org.rbmkit.kpi.workplan.Status;
import org.rbmkit.kpi.workplan.Timeline;
import java.math.BigDecimal;
import org.rbmkit.core.json.JsonInput;
import org.rbmkit.core.json.TextForm;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for the workplan types; {@link org.rbmkit.core.json.RbmJson#mapper()}
 * finds it through {@link java.util.ServiceLoader}.
 *
 * <p>A {@link Timeline} is a JSON string, written canonically ({@code "Q2 and Q3 2024"}) and
 * read in any form {@link Timeline#parse} accepts ({@code "T2 et T3, 2024"}); a {@link Status}
 * is its code; a {@link PercentComplete} is a JSON number from 0 to 100 or the string {@code
 * "not-reported"}. Timeline and status go through their text form ({@link TextForm}), as every
 * rbmkit value type does. Errors carry the JSON path. See docs/workplan-format.md.
 */
public class WorkplanJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers. */
  public WorkplanJsonModule() {
    super("rbmkit-kpi-workplan");
    TextForm.register(this, Timeline.class, Timeline::toString, Timeline::parse, "timeline");
    TextForm.register(this, Status.class, Status::code, Status::fromCode, "status");
    addSerializer(PercentComplete.class, new PercentSerializer());
    addDeserializer(PercentComplete.class, new PercentDeserializer());
  }

  private static final class PercentSerializer extends ValueSerializer<PercentComplete> {
    @Override
    public void serialize(PercentComplete value, JsonGenerator gen, SerializationContext ctxt) {
      if (value.isReported()) {
        gen.writeNumber(value.value().orElseThrow());
      } else {
        gen.writeString("not-reported");
      }
    }

    @Override
    public Class<?> handledType() {
      return PercentComplete.class;
    }
  }

  private static final class PercentDeserializer extends ValueDeserializer<PercentComplete> {
    @Override
    public PercentComplete deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        BigDecimal value = JsonInput.number(p, ctxt, this, "percentComplete");
        return JsonInput.build(ctxt, this, () -> PercentComplete.of(value));
      }
      if (t == JsonToken.VALUE_STRING && p.getString().equals("not-reported")) {
        return PercentComplete.NOT_REPORTED;
      }
      return ctxt.reportInputMismatch(
          this,
          "percentComplete must be a number from 0 to 100 or \"not-reported\", found %s",
          t == JsonToken.VALUE_STRING ? "\"" + p.getString() + "\"" : t);
    }

    @Override
    public Class<?> handledType() {
      return PercentComplete.class;
    }
  }
}
