package org.rbmkit.core.document;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/**
 * Validates {@link Consistent} documents: runs {@link CrossChecked#crossCheck} and, when it finds
 * a problem, reports the document as one violation at the document's own path. {@link
 * DocumentValidator#validate} turns that violation into each problem at its own path (see there
 * why one violation, not one per problem). Stateless and thread-safe.
 */
public final class ConsistentValidator implements ConstraintValidator<Consistent, CrossChecked> {

  /** Used by the Bean Validation provider. */
  public ConsistentValidator() {}

  @Override
  public boolean isValid(CrossChecked document, ConstraintValidatorContext context) {
    if (document == null) {
      return true;
    }
    Problems problems = new Problems();
    document.crossCheck(problems);
    return problems.isEmpty();
  }
}
