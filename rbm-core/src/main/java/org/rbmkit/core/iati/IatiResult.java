package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * An activity's {@code result}: type, aggregation status, narratives, references and indicators.
 *
 * <pre>{@code
 * IatiResult r = activity.results().get(0);
 * r.resultType();                     // Optional[OUTPUT]
 * r.indicators().get(0).measure();    // "1"
 * }</pre>
 *
 * <p>The type is kept as published; {@link #resultType()} reads it against the {@code ResultType}
 * codelist (1.0x files spell it {@code output}, which is read too). Immutable and thread-safe.
 *
 * @param type the {@code type} attribute as published
 * @param aggregationStatus the {@code aggregation-status} attribute; empty when absent
 * @param title the narratives of the {@code title}
 * @param description the narratives of the {@code description}; empty when there is none
 * @param references the references, in document order
 * @param indicators the indicators, in document order
 */
public record IatiResult(
    String type,
    Optional<Boolean> aggregationStatus,
    ImmutableList<Narrative> title,
    ImmutableList<Narrative> description,
    ImmutableList<IatiReference> references,
    ImmutableList<IatiIndicator> indicators) {

  /** Checks the components and copies the lists. */
  public IatiResult {
    checkNotNull(type, "type");
    checkNotNull(aggregationStatus, "aggregationStatus");
    title = ImmutableList.copyOf(checkNotNull(title, "title"));
    description = ImmutableList.copyOf(checkNotNull(description, "description"));
    references = ImmutableList.copyOf(checkNotNull(references, "references"));
    indicators = ImmutableList.copyOf(checkNotNull(indicators, "indicators"));
  }

  /** The result type by code, or by its English name as 1.0x files wrote it; empty otherwise. */
  public Optional<ResultType> resultType() {
    String t = type.strip();
    Optional<ResultType> byCode = ResultType.fromCode(t);
    if (byCode.isPresent()) {
      return byCode;
    }
    for (ResultType r : ResultType.values()) {
      if (r.name().equalsIgnoreCase(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
