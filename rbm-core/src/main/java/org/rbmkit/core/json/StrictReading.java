package org.rbmkit.core.json;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.type.ArrayType;
import tools.jackson.databind.type.CollectionType;
import tools.jackson.databind.type.MapType;

/**
 * Two rules of {@link RbmJson#mapper()} that Jackson does not apply by itself: a JSON
 * {@code null} is never read as a document (Jackson would return {@code null} for the document
 * {@code null}) nor as an element of a list (refused with its index in the path; a null property
 * is left to the document's validation, which reports it with every other problem), and text never holds an unpaired UTF-16
 * surrogate (as {@code "\uD800"} would give), which no encoding can write back.
 *
 * <pre>{@code
 * RbmJson.mapper().readValue("null", BudgetDocument.class);
 * // MismatchedInputException: the document is null, expected a BudgetDocument
 * }</pre>
 */
final class StrictReading {

  private StrictReading() {}

  /**
   * Why {@code text} cannot be a value, or {@code null} if it can: the first unpaired surrogate,
   * with its position (0-based, in UTF-16 units).
   */
  static String unpairedSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return problem(c, i);
      }
      if (Character.isLowSurrogate(c)) {
        return problem(c, i);
      }
    }
    return null;
  }

  private static String problem(char c, int position) {
    return String.format(
        "text holds an unpaired surrogate U+%04X at position %d (not a character; fix the"
            + " \\u escape or the encoding)",
        (int) c,
        position);
  }

  /** Reads strings as Jackson does (same coercion rules), then refuses unpaired surrogates. */
  static final class CheckedStringDeserializer extends StringDeserializer {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      String s = super.deserialize(p, ctxt);
      String problem = s == null ? null : unpairedSurrogate(s);
      return problem == null ? s : ctxt.reportInputMismatch(this, "%s", problem);
    }
  }

  /** Wraps the deserializers of objects, lists, maps and arrays so that a null document fails. */
  static final class NullRefusingModifier extends ValueDeserializerModifier {
    private static final long serialVersionUID = 1L;

    @Override
    public ValueDeserializer<?> modifyDeserializer(
        DeserializationConfig config, BeanDescription.Supplier bean, ValueDeserializer<?> d) {
      return new NullRefusing(d, false);
    }

    @Override
    public ValueDeserializer<?> modifyCollectionDeserializer(
        DeserializationConfig config,
        CollectionType type,
        BeanDescription.Supplier bean,
        ValueDeserializer<?> d) {
      return new NullRefusing(d, true);
    }

    @Override
    public ValueDeserializer<?> modifyMapDeserializer(
        DeserializationConfig config,
        MapType type,
        BeanDescription.Supplier bean,
        ValueDeserializer<?> d) {
      return new NullRefusing(d, true);
    }

    @Override
    public ValueDeserializer<?> modifyArrayDeserializer(
        DeserializationConfig config,
        ArrayType type,
        BeanDescription.Supplier bean,
        ValueDeserializer<?> d) {
      return new NullRefusing(d, true);
    }
  }

  /** Deserializes as the wrapped deserializer does; a null document or list element fails. */
  private static final class NullRefusing extends DelegatingDeserializer {
    /**
     * The parser of the list, map or array being read on this thread: the one standing on a null
     * element. The context's own parser is the document's, which stands elsewhere when a
     * deserializer reads a buffered copy of an object.
     */
    private static final ThreadLocal<JsonParser> CONTAINER_PARSER = new ThreadLocal<>();

    private final boolean container;

    NullRefusing(ValueDeserializer<?> delegate, boolean container) {
      super(delegate);
      this.container = container;
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
      return new NullRefusing(delegate, container);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (!container) {
        return super.deserialize(p, ctxt);
      }
      JsonParser outer = CONTAINER_PARSER.get();
      CONTAINER_PARSER.set(p);
      try {
        return super.deserialize(p, ctxt);
      } finally {
        if (outer == null) {
          CONTAINER_PARSER.remove();
        } else {
          CONTAINER_PARSER.set(outer);
        }
      }
    }

    @Override
    public Object getNullValue(DeserializationContext ctxt) {
      String type = handledType() == null ? "value" : handledType().getSimpleName();
      JsonParser p = CONTAINER_PARSER.get() != null ? CONTAINER_PARSER.get() : ctxt.getParser();
      // only a null the parser stands on is the document or a list element; a parser standing
      // past a buffered copy of an object (a property left out and filled in) is neither
      if (p == null || !p.hasToken(JsonToken.VALUE_NULL)) {
        return _delegatee.getNullValue(ctxt);
      }
      if (p.streamReadContext() != null && p.streamReadContext().inRoot()) {
        return ctxt.reportInputMismatch(
            this, "the document is null, expected a %s (a JSON object or array)", type);
      }
      if (p.streamReadContext() != null && p.streamReadContext().inArray()) {
        // an element of a list: refused here, where Jackson adds the index to the path
        return ctxt.reportInputMismatch(
            this, "null in a list, where a %s is expected: remove it or give a value", type);
      }
      // a property: left to the document's validation, which reports it with every other
      // problem and its path
      return _delegatee.getNullValue(ctxt);
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return _delegatee.getAbsentValue(ctxt);
    }
  }
}
