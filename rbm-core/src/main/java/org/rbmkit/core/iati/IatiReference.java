package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Optional;

/**
 * A {@code reference} of a result or an indicator to a code in an external vocabulary.
 *
 * <pre>{@code
 * IatiReference r = new IatiReference("99", "B1",
 *     Optional.of("http://example.com/indicators.html"));
 * }</pre>
 *
 * <p>On a result the URI is written as {@code vocabulary-uri}, on an indicator as {@code
 * indicator-uri}. Immutable and thread-safe.
 *
 * @param vocabulary the vocabulary code ({@code ResultVocabulary} or {@code IndicatorVocabulary})
 * @param code the code in that vocabulary
 * @param uri the {@code vocabulary-uri} or {@code indicator-uri}, if given
 */
public record IatiReference(String vocabulary, String code, Optional<String> uri) {

  /** Checks the components. */
  public IatiReference {
    checkNotNull(vocabulary, "vocabulary");
    checkNotNull(code, "code");
    checkNotNull(uri, "uri");
  }
}
