package org.rbmkit.kpi.workplan;

import org.rbmkit.core.json.RbmJson;
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
 * "not-reported"}. Errors carry the JSON path. See docs/workplan-format.md.
 */
public class WorkplanJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers. */
  public WorkplanJsonModule() {
    super("rbmkit-kpi-workplan");
    addSerializer(Timeline.class, new ToStringSerializer<>(Timeline.class));
    addDeserializer(Timeline.class, new TimelineDeserializer());
    addSerializer(Status.class, new StatusSerializer());
    addDeserializer(Status.class, new StatusDeserializer());
    addSerializer(PercentComplete.class, new PercentSerializer());
    addDeserializer(PercentComplete.class, new PercentDeserializer());
  }

  private static final class ToStringSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;

    ToStringSerializer(Class<T> type) {
      this.type = type;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.toString());
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class TimelineDeserializer extends ValueDeserializer<Timeline> {
    @Override
    public Timeline deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            this, "timeline must be a JSON string such as \"Q1 2024\", found %s", p.currentToken());
      }
      try {
        return Timeline.parse(p.getString());
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }

    @Override
    public Class<?> handledType() {
      return Timeline.class;
    }
  }

  private static final class StatusSerializer extends ValueSerializer<Status> {
    @Override
    public void serialize(Status value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(value.code());
    }

    @Override
    public Class<?> handledType() {
      return Status.class;
    }
  }

  private static final class StatusDeserializer extends ValueDeserializer<Status> {
    @Override
    public Status deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            this, "status must be a JSON string, found %s", p.currentToken());
      }
      try {
        return Status.fromCode(p.getString());
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }

    @Override
    public Class<?> handledType() {
      return Status.class;
    }
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
      try {
        if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
          return PercentComplete.of(RbmJson.readDecimal(p, ctxt));
        }
        if (t == JsonToken.VALUE_STRING && p.getString().equals("not-reported")) {
          return PercentComplete.NOT_REPORTED;
        }
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
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
