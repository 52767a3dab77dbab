package org.rbmkit.kpi.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * An entity left without a compared value, and why: {@code no value}, {@code no value of
 * normaliser "learners"}, {@code no value of metric "cost"} (in a composite).
 *
 * <pre>{@code
 * new Missing("unit-7", "no value");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param entity the entity id
 * @param reason why the value is missing; not blank
 */
public record Missing(String entity, String reason) {

  /** Validates the components. */
  public Missing {
    checkNotNull(entity, "entity");
    checkNotNull(reason, "reason");
    checkArgument(!reason.isBlank(), "missing %s: reason must not be blank", entity);
  }
}
