package org.rbmkit.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Registers a type that JSON writes as a string: its canonical text out, its parser in. The
 * Jackson modules of every rbmkit module use it for periods, grades and coded enums.
 *
 * <pre>{@code
 * TextForm.register(module, Grade.class, Grade::code, Grade::parse, "grade");
 * // "P .5" reads as P-5; 5 (a number) fails: "grade must be a JSON string, found VALUE_NUMBER_INT"
 * }</pre>
 *
 * <p>A value that is not a JSON string, or that the parser rejects with an {@link
 * IllegalArgumentException}, becomes a Jackson error carrying the JSON path and the parser's
 * message; a rejected text also carries a {@link org.rbmkit.core.problem.Problem} with the code
 * {@code text.} and {@code what} ({@code text.grade}, {@code text.plan-period}) and the text as
 * read. Nothing is coerced.
 */
public final class TextForm {

  private TextForm() {}

  /**
   * Adds to {@code module} a serializer writing {@code format(value)} and a deserializer reading
   * {@code parse(text)}; {@code what} names the type in error messages.
   */
  public static <T> void register(
      SimpleModule module,
      Class<T> type,
      Function<T, String> format,
      Function<String, T> parse,
      String what) {
    checkNotNull(module, "module");
    module.addSerializer(type, new TextSerializer<>(checkNotNull(type, "type"), format));
    module.addDeserializer(type, new TextDeserializer<>(type, parse, checkNotNull(what, "what")));
  }

  private static final class TextSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Function<T, String> format;

    TextSerializer(Class<T> type, Function<T, String> format) {
      this.type = type;
      this.format = checkNotNull(format, "format");
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
    /** The code of a text the parser rejects: {@code text.} and {@code what}, dashed. */
    private final String code;

    TextDeserializer(Class<T> type, Function<String, T> parse, String what) {
      this.type = type;
      this.parse = checkNotNull(parse, "parse");
      this.what = what;
      this.code = "text." + what.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      String text = JsonInput.string(p, ctxt, this, what);
      return JsonInput.build(ctxt, this, code, text, () -> parse.apply(text));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }
}
