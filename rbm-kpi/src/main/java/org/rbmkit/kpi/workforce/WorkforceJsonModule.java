package org.rbmkit.kpi.workforce;

import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for the workforce types; {@link org.rbmkit.core.json.RbmJson#mapper()}
 * finds it through {@link java.util.ServiceLoader}.
 *
 * <p>Code-list values are JSON strings: genders ({@code "female"}), nationalities ({@code
 * "KEN"}, also as object keys), contract types, recruitment and location codes. A value outside
 * its list is an error carrying the JSON path. See docs/workforce-format.md.
 */
public class WorkforceJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers. */
  public WorkforceJsonModule() {
    super("rbmkit-kpi-workforce");
    text(Gender.class, Gender::code, Gender::fromCode, "gender");
    text(ContractType.class, ContractType::code, ContractType::fromCode, "contract type");
    text(
        RecruitmentStatus.class,
        RecruitmentStatus::code,
        RecruitmentStatus::fromCode,
        "recruitment status");
    text(LocationType.class, LocationType::code, LocationType::fromCode, "location type");
    text(CountryCode.class, CountryCode::alpha3, CountryCode::of, "country code");
    addKeyDeserializer(CountryCode.class, new CountryKeyDeserializer());
  }

  private <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    addSerializer(type, new TextSerializer<>(type, format));
    addDeserializer(type, new TextDeserializer<>(type, parse, what));
  }

  private static final class CountryKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
      try {
        return CountryCode.of(key);
      } catch (IllegalArgumentException e) {
        return ctxt.handleWeirdKey(CountryCode.class, key, "%s", e.getMessage());
      }
    }
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
