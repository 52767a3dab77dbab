package org.rbmkit.budget.json.internal;

import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;
import tools.jackson.databind.module.SimpleDeserializers;
import tools.jackson.databind.type.ReferenceType;

/**
 * Deserializers of an optional budget value in text form ({@code Optional<Tolerance>},
 * {@code Optional<FigureRef>}): a value is read by the value's own deserializer, and the
 * {@code null} that {@link OptionalProperties} puts for a property left out becomes empty.
 * Explicit {@code null}s in the input never get here: {@link OptionalProperties} refuses them.
 */
final class OptionalText extends SimpleDeserializers {

  private static final long serialVersionUID = 1L;

  private final Set<Class<?>> contents;

  OptionalText(Set<Class<?>> contents) {
    this.contents = Set.copyOf(contents);
  }

  @Override
  public ValueDeserializer<?> findReferenceDeserializer(ReferenceType type,
      DeserializationConfig config, BeanDescription.Supplier description,
      TypeDeserializer contentTypeDeserializer, ValueDeserializer<?> contentDeserializer) {
    if (type.getRawClass() == Optional.class
        && contents.contains(type.getContentType().getRawClass())) {
      return new Reader(type.getContentType());
    }
    return super.findReferenceDeserializer(type, config, description, contentTypeDeserializer,
        contentDeserializer);
  }

  private static final class Reader extends ValueDeserializer<Optional<?>> {
    private final JavaType content;

    Reader(JavaType content) {
      this.content = content;
    }

    @Override
    public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      return Optional.of(ctxt.<Object>readValue(p, content));
    }

    @Override
    public Optional<?> getNullValue(DeserializationContext ctxt) {
      return Optional.empty();
    }

    @Override
    public Object getAbsentValue(DeserializationContext ctxt) {
      return Optional.empty();
    }
  }
}
