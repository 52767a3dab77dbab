package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.Map;
import java.util.Optional;

/**
 * Something that is compared: a unit, a programme, an office, an organisation, a cohort, a
 * budget stream; with attributes that define its peer groups.
 *
 * <pre>{@code
 * BenchmarkEntity turin = new BenchmarkEntity(
 *     "itcilo", "organisation", "ITC-ILO Turin", Map.of("region", "europe", "size", "medium"));
 * turin.attribute("region");     // Optional[europe]
 * }</pre>
 *
 * <p>Immutable and thread-safe; the attributes are copied into a map sorted by name.
 *
 * @param id unique within a {@link BenchmarkSet}, without whitespace
 * @param kind what the entity is, a short free code such as {@code unit}, {@code programme},
 *     {@code organisation}, {@code cohort}; without whitespace
 * @param name a readable name for reports; not blank
 * @param attributes attribute name to value (region, modality, size …); names without
 *     whitespace, values not blank
 */
public record BenchmarkEntity(String id, String kind, String name, Map<String, String> attributes) {

  /** Validates and copies the components. */
  public BenchmarkEntity {
    Ids.check(id, "entity id");
    Ids.check(kind, "entity " + id + ": kind");
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "entity %s: name must not be blank", id);
    checkNotNull(attributes, "attributes");
    for (Map.Entry<String, String> e : attributes.entrySet()) {
      Ids.check(e.getKey(), "entity " + id + ": attribute name");
      checkNotNull(e.getValue(), "entity %s: attribute %s", id, e.getKey());
      checkArgument(
          !e.getValue().isBlank(), "entity %s: attribute %s must not be blank", id, e.getKey());
    }
    attributes = ImmutableSortedMap.copyOf(attributes);
  }

  /** An entity without attributes. */
  public static BenchmarkEntity of(String id, String kind, String name) {
    return new BenchmarkEntity(id, kind, name, Map.of());
  }

  /** The value of the named attribute, or empty when the entity does not have it. */
  public Optional<String> attribute(String attributeName) {
    return Optional.ofNullable(attributes.get(attributeName));
  }
}
