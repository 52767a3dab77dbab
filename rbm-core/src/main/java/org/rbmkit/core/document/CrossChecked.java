package org.rbmkit.core.document;

/**
 * A document whose rules are written as plain code: {@link #crossCheck} adds every problem of
 * the document and of everything it contains, each at its path, to a {@link Problems}. The same
 * rules run in the model's constructors, so nothing is checked in two places; {@link
 * DocumentValidator} runs them for the library, {@link Consistent} for a host's Bean Validation.
 *
 * <p>Implementations tolerate {@code null} fields and report each missing required one.
 */
public interface CrossChecked {

  /** Adds every problem of this document, and of the documents it contains, to {@code problems}. */
  void crossCheck(Problems problems);
}
