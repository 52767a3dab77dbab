package org.rbmkit.core.document;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The Bean Validation adapter of a {@link CrossChecked} document's rules: a host's own {@link
 * jakarta.validation.Validator} runs {@link CrossChecked#crossCheck} through it and gets each
 * problem as a violation of its own, at its own path below the document, with the library's
 * message (see docs/validation.md).
 *
 * <pre>{@code
 * Set<ConstraintViolation<ResultsFrameworkDocument>> found = hostValidator.validate(doc);
 * // roots[2].indicators[0].targets[1].numerator: a percentage indicator does not take a ratio value
 * }</pre>
 *
 * <p>The document's rules are plain code ({@link CrossChecked}), written once and run by the
 * model's constructors too; this constraint only hands them to Bean Validation. The messages
 * need no Expression Language ({@code ParameterMessageInterpolator} is enough).
 */
@Documented
@Constraint(validatedBy = ConsistentValidator.class)
@Target(TYPE)
@Retention(RUNTIME)
public @interface Consistent {

  /** Unused: each problem carries its own message. */
  String message() default "inconsistent document";

  /** Validation groups. */
  Class<?>[] groups() default {};

  /** Payload. */
  Class<? extends Payload>[] payload() default {};
}
