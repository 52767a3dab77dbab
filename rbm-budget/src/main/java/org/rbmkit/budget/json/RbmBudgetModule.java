package org.rbmkit.budget.json;

import java.util.function.Function;
import org.rbmkit.budget.check.FindingKind;
import org.rbmkit.budget.document.Aggregate;
import org.rbmkit.budget.document.ColumnKind;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.TotalKey;
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
 * The Jackson module for rbm-budget's types: line kinds, column kinds, total keys and finding
 * kinds as their stable codes; the document records bind by their component names.
 *
 * <pre>{@code
 * BudgetDocument doc = RbmJson.mapper().readValue(json, BudgetDocument.class);
 * }</pre>
 *
 * <p>{@link org.rbmkit.core.json.RbmJson#mapper()} finds this module through the {@code
 * ServiceLoader}; there is no need to register it by hand. The JSON form is described in {@code
 * docs/budget-format.md}. Immutable and thread-safe once registered.
 */
public class RbmBudgetModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module, with every serializer and deserializer of rbm-budget. */
  public RbmBudgetModule() {
    super("rbmkit-budget");
    text(LineKind.class, LineKind::code, LineKind::fromCode, "line kind");
    text(ColumnKind.class, ColumnKind::code, ColumnKind::fromCode, "column kind");
    text(Aggregate.class, Aggregate::code, Aggregate::fromCode, "total");
    text(TotalKey.class, TotalKey::toString, TotalKey::parse, "total");
    text(FindingKind.class, FindingKind::code, FindingKind::fromCode, "finding kind");
  }

  private <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    addSerializer(type, new TextSerializer<>(type, format));
    addDeserializer(type, new TextDeserializer<>(type, parse, what));
  }

  private static final class TextSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Function<T, String> format;

    TextSerializer(Class<T> type, Function<T, String> format) {
      this.type = type;
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(format.apply(value));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class TextDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;
    private final String what;

    TextDeserializer(Class<T> type, Function<String, T> parse, String what) {
      this.type = type;
      this.parse = parse;
      this.what = what;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            this, "%s must be a JSON string, found %s", what, p.currentToken());
      }
      try {
        return parse.apply(p.getString());
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
