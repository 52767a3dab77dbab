package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import org.rbmkit.core.problem.Problem;

/**
 * What reading a whole document gave, besides the activities handed over one by one: the declared
 * version, the count of activities, and the problems of the document outside them.
 *
 * <pre>{@code
 * IatiReadSummary s = IatiReader.lenient().read(in, activities::add);
 * s.version();       // "2.03"
 * s.activities();    // 1
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param version the {@code version} attribute of {@code iati-activities}; empty when absent
 * @param activities how many {@code iati-activity} elements were read
 * @param problems problems and skipped content of the document outside the activities, up to the
 *     reader's limit of problems kept ({@link IatiReader#DEFAULT_MAX_PROBLEMS})
 * @param problemsNotListed how many more such problems were found and counted but not kept
 * @param errorsNotListed how many of those were structural errors (at most {@code
 *     problemsNotListed})
 */
public record IatiReadSummary(
    String version, int activities, ImmutableList<Problem> problems,
    long problemsNotListed,
    long errorsNotListed) {

  /** Checks the components and copies the list. */
  public IatiReadSummary {
    checkNotNull(version, "version");
    checkArgument(activities >= 0, "activities %s is negative", activities);
    problems = ImmutableList.copyOf(checkNotNull(problems, "problems"));
    checkArgument(problemsNotListed >= 0, "problemsNotListed %s is negative", problemsNotListed);
    checkArgument(
        errorsNotListed >= 0 && errorsNotListed <= problemsNotListed,
        "errorsNotListed %s is not between 0 and problemsNotListed %s",
        errorsNotListed,
        problemsNotListed);
  }
}
