package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An activity's {@code policy-marker}: a code in a vocabulary (OECD DAC CRS markers by default)
 * and how significant the policy is to the activity.
 *
 * <pre>{@code
 * IatiPolicyMarker m = activity.classifications().policyMarkers().get(0);
 * m.code();           // "1" (gender equality)
 * m.significance();   // Optional[2] (principal objective)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param vocabulary the {@code @vocabulary}; empty when absent (the schema default is 1, OECD DAC)
 * @param vocabularyUri the {@code @vocabulary-uri}; empty when absent
 * @param code the {@code @code} as published
 * @param significance the {@code @significance} ({@code PolicySignificance} codelist); empty when
 *     absent
 * @param narratives the narratives
 */
public record IatiPolicyMarker(
    Optional<String> vocabulary,
    Optional<String> vocabularyUri,
    String code,
    Optional<String> significance,
    ImmutableList<Narrative> narratives) {

  /** Checks the components and copies the list. */
  public IatiPolicyMarker {
    checkNotNull(vocabulary, "vocabulary");
    checkNotNull(vocabularyUri, "vocabularyUri");
    checkNotNull(code, "code");
    checkNotNull(significance, "significance");
    narratives = ImmutableList.copyOf(checkNotNull(narratives, "narratives"));
  }
}
