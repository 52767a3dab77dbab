package org.rbmkit.core.document;

/**
 * A document with checks across its fields (one field's value depends on another's), run by
 * {@link Consistent}.
 *
 * <p>Implementations must tolerate {@code null} fields: those are reported by the field
 * constraints ({@code @NotNull}) and should be skipped here.
 */
public interface CrossChecked {

  /** Adds every cross-field problem of this document to {@code problems}. */
  void crossCheck(Problems problems);
}
