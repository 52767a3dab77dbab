package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

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
