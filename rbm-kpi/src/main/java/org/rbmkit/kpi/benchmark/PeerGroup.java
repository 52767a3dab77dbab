package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute values that define a group of peers, such as {@code region=europe,
 * modality=online}.
 *
 * <pre>{@code
 * Optional<PeerGroup> g = PeerGroup.of(entity, List.of("region"));   // region=europe
 * }</pre>
 *
 * <p>Immutable and thread-safe; the attributes keep the order in which they were named.
 *
 * @param attributes attribute name to value, in the order the grouping named them
 */
public record PeerGroup(Map<String, String> attributes) {

  /** Validates and copies the attributes. */
  public PeerGroup {
    checkNotNull(attributes, "attributes");
    attributes = ImmutableMap.copyOf(attributes);
  }

  /**
   * The group of the entity by the named attributes, or empty when the entity lacks one of them.
   */
  public static Optional<PeerGroup> of(BenchmarkEntity entity, List<String> attributeNames) {
    checkNotNull(entity, "entity");
    checkNotNull(attributeNames, "attributeNames");
    Map<String, String> values = new LinkedHashMap<>();
    for (String a : attributeNames) {
      Optional<String> v = entity.attribute(a);
      if (v.isEmpty()) {
        return Optional.empty();
      }
      values.put(a, v.get());
    }
    return Optional.of(new PeerGroup(values));
  }

  /** The canonical text, such as {@code region=europe,modality=online}; {@code all} when empty. */
  @Override
  public String toString() {
    if (attributes.isEmpty()) {
      return "all";
    }
    StringBuilder b = new StringBuilder();
    attributes.forEach((k, v) -> b.append(b.length() == 0 ? "" : ",").append(k).append('=').append(v));
    return b.toString();
  }
}
