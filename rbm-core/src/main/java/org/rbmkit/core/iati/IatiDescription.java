package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An activity's {@code description}, with its {@code DescriptionType} code.
 *
 * <pre>{@code
 * new IatiDescription(Optional.of("1"), ImmutableList.of(Narrative.of("General activity description")));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param type the {@code type} attribute; empty when absent
 * @param narratives the narratives
 */
public record IatiDescription(Optional<String> type, ImmutableList<Narrative> narratives) {

  /** Checks the components and copies the list. */
  public IatiDescription {
    checkNotNull(type, "type");
    narratives = ImmutableList.copyOf(checkNotNull(narratives, "narratives"));
  }
}
