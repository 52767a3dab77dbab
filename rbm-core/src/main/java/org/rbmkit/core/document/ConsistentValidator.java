package org.rbmkit.core.document;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayList;
import java.util.List;
import org.rbmkit.core.problem.Problem;

/**
 * Validates {@link Consistent} documents for Bean Validation: runs {@link
 * CrossChecked#crossCheck} and reports each problem as a violation at its own path below the
 * document, with the problem's message. Stateless and thread-safe.
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
    for (Problem p : problems.list()) {
      addViolation(context, p);
    }
    return false;
  }

  /**
   * Adds the violation at the problem's path. Bean Validation puts a list index on the node
   * after the list: {@code roots[2].code} is the node {@code roots}, then {@code code} at index
   * 2; a path ending in an index ({@code contributesTo[1]}) ends with a bean node at that index.
   */
  private static void addViolation(ConstraintValidatorContext context, Problem p) {
    ConstraintViolationBuilder root =
        context.buildConstraintViolationWithTemplate(escape(p.message()));
    NodeBuilderCustomizableContext named = null;
    NodeBuilderDefinedContext indexed = null;
    Integer pending = null;
    for (Object part : parts(p.location().path())) {
      if (part instanceof Integer i) {
        pending = i;
        continue;
      }
      String name = (String) part;
      NodeBuilderCustomizableContext next =
          indexed != null
              ? indexed.addPropertyNode(name)
              : named != null ? named.addPropertyNode(name) : root.addPropertyNode(name);
      if (pending != null) {
        indexed = next.inIterable().atIndex(pending);
        named = null;
      } else {
        named = next;
        indexed = null;
      }
      pending = null;
    }
    if (pending != null) {
      LeafNodeBuilderCustomizableContext leaf =
          indexed != null ? indexed.addBeanNode() : named != null ? named.addBeanNode() : root.addBeanNode();
      leaf.inIterable().atIndex(pending).addConstraintViolation();
    } else if (indexed != null) {
      indexed.addConstraintViolation();
    } else if (named != null) {
      named.addConstraintViolation();
    } else {
      root.addConstraintViolation();
    }
  }

  /** Property names and list indices of a path such as {@code roots[2].children[0].code}. */
  static List<Object> parts(String path) {
    List<Object> parts = new ArrayList<>();
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        parts.add(Integer.parseInt(path.substring(i + 1, end)));
        i = end + 1;
      } else {
        int end = i;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        parts.add(path.substring(i, end));
        i = end;
      }
    }
    return parts;
  }

  /** The message as a template that interpolates to itself: no parameter, no expression. */
  static String escape(String message) {
    StringBuilder sb = new StringBuilder(message.length() + 8);
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '{' || c == '}' || c == '\\' || c == '$') {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}
