package org.rbmkit.core.document;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;

/**
 * Validates {@link Consistent} documents: runs {@link CrossChecked#crossCheck} and turns each
 * problem into a constraint violation at its path. Stateless and thread-safe.
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
    if (problems.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Problems.Problem p : problems.list()) {
      report(context, p);
    }
    return false;
  }

  private static void report(ConstraintValidatorContext context, Problems.Problem p) {
    ConstraintViolationBuilder builder =
        context.buildConstraintViolationWithTemplate(escape(p.message()));
    if (p.path().isEmpty()) {
      builder.addConstraintViolation();
      return;
    }
    // The index after a name marks the next node as an element of that list: HV prints
    // targets[1].value for the node "value" in iterable at index 1 after the node "targets".
    NodeBuilderCustomizableContext current = null;
    NodeBuilderDefinedContext defined = null;
    Integer pendingIndex = null;
    for (Object part : p.path()) {
      if (part instanceof Integer i) {
        pendingIndex = i;
        continue;
      }
      String name = (String) part;
      NodeBuilderCustomizableContext added =
          defined != null
              ? defined.addPropertyNode(name)
              : current != null ? current.addPropertyNode(name) : builder.addPropertyNode(name);
      if (pendingIndex != null) {
        defined = added.inIterable().atIndex(pendingIndex);
        current = null;
        pendingIndex = null;
      } else {
        current = added;
        defined = null;
      }
    }
    if (pendingIndex != null) {
      // a path ending in an index, such as contributesTo[0]: a bean node for the element
      NodeBuilderCustomizableContext last = current;
      if (last != null) {
        last.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
      } else {
        defined.addBeanNode().inIterable().atIndex(pendingIndex).addConstraintViolation();
      }
    } else if (defined != null) {
      defined.addConstraintViolation();
    } else {
      current.addConstraintViolation();
    }
  }

  /** Escapes message-template syntax so that values quoted in a message print as they are. */
  static String escape(String message) {
    StringBuilder sb = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '{' || c == '}' || c == '$' || c == '\\') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
