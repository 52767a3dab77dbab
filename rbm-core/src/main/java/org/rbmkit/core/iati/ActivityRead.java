package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.Optional;

/**
 * The outcome of reading one {@code iati-activity}: the activity, when it could be built, and every
 * problem found and element skipped on the way.
 *
 * <pre>{@code
 * IatiReader.lenient().read(in, read -> {
 *   read.errors().forEach(System.out::println);
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
 *     of problems kept per activity ({@link IatiReader#DEFAULT_MAX_PROBLEMS})
 * @param problemsNotListed how many more problems were found and counted but not kept; 0 when
 *     every problem is listed
 * @param errorsNotListed how many of those were structural errors (at most {@code
 *     problemsNotListed})
 */
public record ActivityRead(
    int index,
    String identifier,
    Optional<IatiActivity> activity,
    ImmutableList<IatiProblem> problems,
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

  /** The structural errors. */
  public ImmutableList<IatiProblem> errors() {
    return of(IatiProblem.Kind.STRUCTURE);
  }

  /** The codelist and ruleset findings. */
  public ImmutableList<IatiProblem> findings() {
    return of(IatiProblem.Kind.RULE);
  }

  /** The elements and attributes the model does not carry. */
  public ImmutableList<IatiProblem> skipped() {
    return of(IatiProblem.Kind.SKIPPED);
  }

  /** Whether there is a structural error, listed or only counted. */
  public boolean hasErrors() {
    return errorsNotListed > 0 || problems.stream().anyMatch(IatiProblem::isError);
  }

  private ImmutableList<IatiProblem> of(IatiProblem.Kind kind) {
    return problems.stream().filter(p -> p.kind() == kind).collect(ImmutableList.toImmutableList());
  }
}
