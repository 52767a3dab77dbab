package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * One coded classification of an activity or transaction, as published: a {@code sector}, {@code
 * recipient-country}, {@code recipient-region}, {@code tag} (SDG goals and targets among them) or
 * {@code aid-type}.
 *
 * <pre>{@code
 * IatiClassification s = activity.classifications().sectors().get(0);
 * s.vocabulary();            // Optional[1]  (OECD DAC 5-digit)
 * s.code();                  // "11220"
 * s.percentage();            // Optional[60]
 * s.effectiveVocabulary("1") // "1", the schema default when absent
 * }</pre>
 *
 * <p>Codes, vocabularies and percentages are kept as published; whether percentages add up to 100 is
 * a finding of the reader, not a constraint here. Immutable and thread-safe.
 *
 * @param vocabulary the {@code @vocabulary}; empty when absent (and always for a country)
 * @param vocabularyUri the {@code @vocabulary-uri}; empty when absent
 * @param code the {@code @code} as published
 * @param percentage the {@code @percentage}; empty when absent (and always for tags and aid types)
 * @param narratives the name narratives
 */
public record IatiClassification(
    Optional<String> vocabulary,
    Optional<String> vocabularyUri,
    String code,
    Optional<BigDecimal> percentage,
    ImmutableList<Narrative> narratives) {

  /** Checks the components and copies the list. */
  public IatiClassification {
    checkNotNull(vocabulary, "vocabulary");
    checkNotNull(vocabularyUri, "vocabularyUri");
    checkNotNull(code, "code");
    checkNotNull(percentage, "percentage");
    narratives = ImmutableList.copyOf(checkNotNull(narratives, "narratives"));
  }

  /** A bare code with a percentage, no vocabulary and no narrative (a recipient country). */
  public static IatiClassification of(String code, BigDecimal percentage) {
    return new IatiClassification(
        Optional.empty(), Optional.empty(), code, Optional.of(percentage), ImmutableList.of());
  }

  /**
   * The vocabulary, or {@code schemaDefault} when none is published (or it is blank): the schema's
   * default is {@code 1} for sectors (OECD DAC 5-digit) and regions (OECD DAC).
   */
  public String effectiveVocabulary(String schemaDefault) {
    checkNotNull(schemaDefault, "schemaDefault");
    return vocabulary.filter(v -> !v.isBlank()).orElse(schemaDefault);
  }
}
