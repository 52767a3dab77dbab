package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How certificates of achievement add up to a diploma (seed 003 l.1668–1670: "les titres de
 * compétences liés aux certificats de réussite peuvent être cumulés afin d'obtenir un diplôme").
 *
 * <pre>{@code
 * StackingRule rule = new StackingRule(3, new BigDecimal("240"), true);
 * ImmutableList<DiplomaCandidate> all = rule.candidates(enrolments);
 * all.stream().filter(DiplomaCandidate::qualifies)...
 * }</pre>
 *
 * <p>A participant qualifies when they earned certificates of achievement in at least {@code
 * minimumAchievements} distinct activities whose learning hours add up to at least {@code
 * minimumLearningHours}; with {@code sameProgramme}, the achievements must come from one
 * technical programme, and each programme is looked at separately. An achievement counts once
 * it is earned, whether or not it was accessed; two enrolments in the same activity count once.
 * The seed gives no numbers for the rule: the caller chooses them. Immutable and thread-safe.
 *
 * @param minimumAchievements the least number of distinct achievement activities, at least 1
 * @param minimumLearningHours the least total learning hours of those activities
 * @param sameProgramme whether the achievements must come from one programme
 */
public record StackingRule(
    int minimumAchievements, BigDecimal minimumLearningHours, boolean sameProgramme) {

  /** Validates the components. */
  public StackingRule {
    checkArgument(
        minimumAchievements >= 1, "minimumAchievements %s is below 1", minimumAchievements);
    minimumLearningHours = Ids.checkHours(minimumLearningHours, "minimumLearningHours");
  }

  /**
   * Every participant (per programme, with {@code sameProgramme}) with at least one earned
   * certificate of achievement, and whether they qualify; ordered by registration number, then
   * programme. One pass; memory grows with such participants and their distinct activities.
   */
  public ImmutableList<DiplomaCandidate> candidates(Iterable<Enrolment> enrolments) {
    checkNotNull(enrolments, "enrolments");
    Map<String, Map<String, Map<String, BigDecimal>>> byParticipant = new TreeMap<>();
    for (Enrolment e : enrolments) {
      LearningActivity a = e.activity();
      if (a.credential() != CredentialTier.ACHIEVEMENT
          || !e.status().hasReached(Stage.CREDENTIAL_EARNED)) {
        continue;
      }
      String programme = sameProgramme ? a.programme() : DiplomaCandidate.ANY_PROGRAMME;
      byParticipant
          .computeIfAbsent(e.participant().registrationNumber(), k -> new TreeMap<>())
          .computeIfAbsent(programme, k -> new HashMap<>())
          .putIfAbsent(a.id(), a.learningHours());
    }
    ImmutableList.Builder<DiplomaCandidate> out = ImmutableList.builder();
    byParticipant.forEach(
        (p, programmes) ->
            programmes.forEach(
                (programme, activities) -> {
                  BigDecimal hours =
                      activities.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                  boolean qualifies =
                      activities.size() >= minimumAchievements
                          && hours.compareTo(minimumLearningHours) >= 0;
                  out.add(
                      new DiplomaCandidate(
                          Participant.of(p), programme, activities.size(), hours, qualifies));
                }));
    return out.build();
  }

  /** The participants who qualify for a diploma, as {@link #candidates} that qualify. */
  public ImmutableList<DiplomaCandidate> qualifying(Iterable<Enrolment> enrolments) {
    return candidates(enrolments).stream()
        .filter(DiplomaCandidate::qualifies)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * A participant's standing towards a diploma under a {@link StackingRule}.
   *
   * <p>Immutable and thread-safe; hours normalised in scale.
   *
   * @param participant who
   * @param programme the programme the achievements come from, or {@link #ANY_PROGRAMME} when the
   *     rule does not require one programme
   * @param achievements how many distinct activities with an earned certificate of achievement
   * @param learningHours their learning hours, summed
   * @param qualifies whether the rule's minimums are met
   */
  public record DiplomaCandidate(
      Participant participant,
      String programme,
      int achievements,
      BigDecimal learningHours,
      boolean qualifies) {

    /** The programme of a candidate when the rule accepts achievements from any programme. */
    public static final String ANY_PROGRAMME = "*";

    /** Validates the components. */
    public DiplomaCandidate {
      checkNotNull(participant, "participant");
      Ids.checkId(programme, "programme");
      checkArgument(achievements >= 1, "achievements %s is below 1", achievements);
      learningHours = Ids.checkHours(learningHours, "learningHours");
    }
  }
}
