package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * One participant's registration in one cohort, with the dates at which it reached each
 * {@link Stage}.
 *
 * <pre>{@code
 * Enrolment e = Enrolment.builder("E1", Participant.of("P1"), cohort, LocalDate.of(2022, 3, 1))
 *     .completedOn(LocalDate.of(2022, 5, 20))
 *     .credentialEarnedOn(LocalDate.of(2022, 5, 27))
 *     .build();
 * e.status();   // CREDENTIAL_EARNED
 * }</pre>
 *
 * <p>The stages are cumulative and their dates never go back: completion on or after enrolment,
 * a credential earned only after completion and on or after it, accessed only if earned and on or
 * after that. An absent date means the stage was not reached. Immutable and thread-safe.
 *
 * @param id the enrolment's identifier, unique within a data set
 * @param participant who enrolled
 * @param cohort in which cohort, hence which activity
 * @param enrolledOn the day of enrolment
 * @param completedOn the day the activity was completed, if it was
 * @param credentialEarnedOn the day the credential was earned, if it was
 * @param credentialAccessedOn the day the credential was first accessed or downloaded, if it was
 */
public record Enrolment(
    String id,
    Participant participant,
    Cohort cohort,
    LocalDate enrolledOn,
    Optional<LocalDate> completedOn,
    Optional<LocalDate> credentialEarnedOn,
    Optional<LocalDate> credentialAccessedOn) {

  /**
   * Validates the components and the order of the dates.
   *
   * @throws IllegalArgumentException naming the dates that are out of order or the stage reached
   *     without the one before it
   */
  public Enrolment {
    Ids.checkId(id, "id");
    checkNotNull(participant, "participant");
    checkNotNull(cohort, "cohort");
    checkNotNull(enrolledOn, "enrolledOn");
    checkNotNull(completedOn, "completedOn");
    checkNotNull(credentialEarnedOn, "credentialEarnedOn");
    checkNotNull(credentialAccessedOn, "credentialAccessedOn");
    String problem =
        datesProblem(enrolledOn, completedOn, credentialEarnedOn, credentialAccessedOn);
    checkArgument(problem == null, "enrolment %s: %s", id, problem);
  }

  /**
   * The problem with a sequence of stage dates, or {@code null} when they are consistent; shared
   * with the CSV reader so both give the same message.
   */
  static String datesProblem(
      LocalDate enrolled,
      Optional<LocalDate> completed,
      Optional<LocalDate> earned,
      Optional<LocalDate> accessed) {
    DatesProblem p = checkDates(enrolled, completed, earned, accessed);
    return p == null ? null : p.message();
  }

  /** A date out of order: the stage whose date is wrong, and why. */
  record DatesProblem(Stage stage, String message) {}

  static DatesProblem checkDates(
      LocalDate enrolled,
      Optional<LocalDate> completed,
      Optional<LocalDate> earned,
      Optional<LocalDate> accessed) {
    if (completed.isPresent() && completed.get().isBefore(enrolled)) {
      return new DatesProblem(
          Stage.COMPLETED, "completedOn " + completed.get() + " is before enrolledOn " + enrolled);
    }
    if (earned.isPresent()) {
      if (completed.isEmpty()) {
        return new DatesProblem(
            Stage.CREDENTIAL_EARNED,
            "credentialEarnedOn " + earned.get() + " but the activity was never completed");
      }
      if (earned.get().isBefore(completed.get())) {
        return new DatesProblem(
            Stage.CREDENTIAL_EARNED,
            "credentialEarnedOn " + earned.get() + " is before completedOn " + completed.get());
      }
    }
    if (accessed.isPresent()) {
      if (earned.isEmpty()) {
        return new DatesProblem(
            Stage.CREDENTIAL_ACCESSED,
            "credentialAccessedOn " + accessed.get() + " but the credential was never earned");
      }
      if (accessed.get().isBefore(earned.get())) {
        return new DatesProblem(
            Stage.CREDENTIAL_ACCESSED,
            "credentialAccessedOn "
                + accessed.get()
                + " is before credentialEarnedOn "
                + earned.get());
      }
    }
    return null;
  }

  /** A builder for an enrolment that has so far only been enrolled. */
  public static Builder builder(
      String id, Participant participant, Cohort cohort, LocalDate enrolledOn) {
    return new Builder(id, participant, cohort, enrolledOn);
  }

  /** The activity of the cohort. */
  public LearningActivity activity() {
    return cohort.activity();
  }

  /** The furthest stage reached. */
  public Stage status() {
    if (credentialAccessedOn.isPresent()) {
      return Stage.CREDENTIAL_ACCESSED;
    }
    if (credentialEarnedOn.isPresent()) {
      return Stage.CREDENTIAL_EARNED;
    }
    if (completedOn.isPresent()) {
      return Stage.COMPLETED;
    }
    return Stage.ENROLLED;
  }

  /** The date at which the given stage was reached, empty if it was not. */
  public Optional<LocalDate> reachedOn(Stage stage) {
    switch (stage) {
      case ENROLLED:
        return Optional.of(enrolledOn);
      case COMPLETED:
        return completedOn;
      case CREDENTIAL_EARNED:
        return credentialEarnedOn;
      case CREDENTIAL_ACCESSED:
        return credentialAccessedOn;
      default:
        throw new AssertionError(stage);
    }
  }

  /**
   * Builds an {@link Enrolment} stage by stage; not thread-safe, validation happens in
   * {@link #build()}.
   */
  public static final class Builder {
    private final String id;
    private final Participant participant;
    private final Cohort cohort;
    private final LocalDate enrolledOn;
    private Optional<LocalDate> completedOn = Optional.empty();
    private Optional<LocalDate> earnedOn = Optional.empty();
    private Optional<LocalDate> accessedOn = Optional.empty();

    private Builder(String id, Participant participant, Cohort cohort, LocalDate enrolledOn) {
      this.id = id;
      this.participant = participant;
      this.cohort = cohort;
      this.enrolledOn = enrolledOn;
    }

    /** Sets the day of completion. */
    public Builder completedOn(LocalDate day) {
      this.completedOn = Optional.of(checkNotNull(day, "completedOn"));
      return this;
    }

    /** Sets the day the credential was earned. */
    public Builder credentialEarnedOn(LocalDate day) {
      this.earnedOn = Optional.of(checkNotNull(day, "credentialEarnedOn"));
      return this;
    }

    /** Sets the day the credential was first accessed. */
    public Builder credentialAccessedOn(LocalDate day) {
      this.accessedOn = Optional.of(checkNotNull(day, "credentialAccessedOn"));
      return this;
    }

    /**
     * The enrolment.
     *
     * @throws IllegalArgumentException if the dates are inconsistent
     */
    public Enrolment build() {
      return new Enrolment(
          id, participant, cohort, enrolledOn, completedOn, earnedOn, accessedOn);
    }
  }
}
