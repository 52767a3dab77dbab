package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.rbmkit.core.problem.Problem;

/**
 * The outcome of reading one {@code iati-activity}: the activity, when it could be built, and every
 * problem found and element skipped on the way.
 *
 * <pre>{@code
 * IatiReader.lenient().read(in, read -> {
 *   // activity AA-1: /iati-activities/iati-activity[1]/budget[2] (line 23): missing required ...
 *   read.errors().forEach(p -> System.out.println("activity " + read.identifier() + ": " + p));
 *   read.activity().ifPresent(store::add);
 * });
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index the activity's position in the document, from 1
 * @param identifier the activity's identifier as published (may be empty)
 * @param activity the activity; empty when a part the model needs (reporting organisation, activity
 *     status) is missing or broken
 * @param problems the problems and skipped content, in document order, up to the reader's limit
 *     of problems kept per activity ({@link IatiReader#DEFAULT_MAX_PROBLEMS}); their codes are
 *     described in {@link IatiReader}, and the activity they belong to is this record's {@code
 *     identifier} and {@code index}
 * @param problemsNotListed how many more problems were found and counted but not kept; 0 when
 *     every problem is listed
 * @param errorsNotListed how many of those were structural errors (at most {@code
 *     problemsNotListed})
 */
public record ActivityRead(
    int index,
    String identifier,
    Optional<IatiActivity> activity,
    ImmutableList<Problem> problems,
    int problemsNotListed,
    int errorsNotListed) {

  /** Checks the components and copies the list. */
  public ActivityRead {
    checkArgument(index >= 1, "index %s is below 1", index);
    checkNotNull(identifier, "identifier");
    checkNotNull(activity, "activity");
    problems = ImmutableList.copyOf(checkNotNull(problems, "problems"));
    checkArgument(problemsNotListed >= 0, "problemsNotListed %s is negative", problemsNotListed);
    checkArgument(
        errorsNotListed >= 0 && errorsNotListed <= problemsNotListed,
        "errorsNotListed %s is not between 0 and problemsNotListed %s",
        errorsNotListed,
        problemsNotListed);
  }

  /** The structural errors: codes {@code iati.structure.*}. */
  public ImmutableList<Problem> errors() {
    return of(ElementChecks.STRUCTURE);
  }

  /** The codelist and ruleset findings: codes {@code iati.rule.<rule id>}. */
  public ImmutableList<Problem> findings() {
    return of("iati.rule.");
  }

  /** The elements and attributes the model does not carry: code {@code iati.skipped}. */
  public ImmutableList<Problem> skipped() {
    return of(ElementChecks.SKIPPED);
  }

  /** Whether there is a structural error, listed or only counted. */
  public boolean hasErrors() {
    return errorsNotListed > 0 || problems.stream().anyMatch(ElementChecks::isStructural);
  }

  /**
   * The problems whose code starts with {@code prefix}, such as {@code "iati.rule.8."}.
   */
  public ImmutableList<Problem> of(String prefix) {
    return problems.stream()
        .filter(p -> p.code().startsWith(prefix))
        .collect(ImmutableList.toImmutableList());
  }
}
