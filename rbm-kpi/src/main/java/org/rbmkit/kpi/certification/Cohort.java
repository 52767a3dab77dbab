package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * One run of a learning activity: the group of participants who take it together.
 *
 * <pre>{@code
 * Cohort c = new Cohort("A901234-2022-1", activity);
 * }</pre>
 *
 * <p>From 2024 the Centre reports completion by cohort (seed 003 l.2516–2519). Immutable and
 * thread-safe.
 *
 * @param id the cohort's code, unique within the centre
 * @param activity the activity this cohort takes
 */
public record Cohort(String id, LearningActivity activity) {

  /** Validates the components. */
  public Cohort {
    Ids.checkId(id, "id");
    checkNotNull(activity, "activity");
  }
}
