package org.rbmkit.core.document;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A Bean Validation constraint on a {@link CrossChecked} document: runs its
 * {@link CrossChecked#crossCheck}; {@link DocumentValidator#validate} reports each problem at its
 * own path (a plain {@link jakarta.validation.Validator} reports one violation, {@code
 * inconsistent document}, at the document's path).
 *
 * <pre>{@code
 * @Consistent
 * public class BudgetDocument implements CrossChecked {
 *   public void crossCheck(Problems problems) {
 *     if (lines.isEmpty()) problems.add("a budget needs at least one line", "lines");
 *   }
 * }
 * }</pre>
 */
@Documented
@Constraint(validatedBy = ConsistentValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Consistent {

  /** The message of the one violation a plain validator reports; each problem has its own. */
  String message() default "inconsistent document";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
