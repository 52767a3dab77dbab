package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/**
 * A tiered certification framework: the criteria of each credential tier and the rule that
 * stacks achievements into a diploma.
 *
 * <pre>{@code
 * CertificationFramework f =
 *     CertificationFramework.itcIlo2022(new StackingRule(3, new BigDecimal("240"), true));
 * f.criteria(CredentialTier.ACHIEVEMENT);   // achievement: more than 60 h, assessed
 * f.problems(activity);                     // [] when the activity's hours fit its tier
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param tiers the criteria of every tier
 * @param stacking how achievements add up to a diploma
 */
public record CertificationFramework(
    ImmutableMap<CredentialTier, TierCriteria> tiers, StackingRule stacking) {

  /** Copies and validates: every tier present, each under its own key. */
  public CertificationFramework {
    checkNotNull(tiers, "tiers");
    checkNotNull(stacking, "stacking");
    Map<CredentialTier, TierCriteria> copy = new EnumMap<>(CredentialTier.class);
    copy.putAll(tiers);
    for (CredentialTier t : CredentialTier.values()) {
      checkArgument(copy.containsKey(t), "tiers lack %s", t);
      checkArgument(
          copy.get(t).tier() == t, "tiers map %s to criteria of %s", t, copy.get(t).tier());
    }
    tiers = Maps.immutableEnumMap(copy);
  }

  /**
   * The Centre's three-tier framework of 2022 (seed 003 l.1662–1668, l.2401–2405,
   * l.2440–2445): participation for at least one learning hour, automatic; achievement for more
   * than 60 learning hours, assessed; diploma by stacking achievements under the given rule,
   * assessed, its minimum effort the rule's minimum hours.
   */
  public static CertificationFramework itcIlo2022(StackingRule stacking) {
    checkNotNull(stacking, "stacking");
    return new CertificationFramework(
        ImmutableMap.of(
            CredentialTier.PARTICIPATION,
            new TierCriteria(CredentialTier.PARTICIPATION, BigDecimal.ONE, false, Award.AUTOMATIC),
            CredentialTier.ACHIEVEMENT,
            new TierCriteria(
                CredentialTier.ACHIEVEMENT, BigDecimal.valueOf(60), true, Award.ASSESSED),
            CredentialTier.DIPLOMA,
            new TierCriteria(
                CredentialTier.DIPLOMA, stacking.minimumLearningHours(), false, Award.ASSESSED)),
        stacking);
  }

  /** The criteria of a tier. */
  public TierCriteria criteria(CredentialTier tier) {
    return tiers.get(checkNotNull(tier, "tier"));
  }

  /**
   * What is wrong with an activity under this framework: an empty list when its learning hours
   * meet the minimum of the tier it leads to.
   */
  public ImmutableList<String> problems(LearningActivity activity) {
    checkNotNull(activity, "activity");
    TierCriteria c = criteria(activity.credential());
    if (c.isMetBy(activity.learningHours())) {
      return ImmutableList.of();
    }
    return ImmutableList.of(
        "activity "
            + activity.id()
            + " leads to "
            + activity.credential()
            + " with "
            + activity.learningHours().toPlainString()
            + " learning hours; the tier needs "
            + (c.minimumExclusive() ? "more than " : "at least ")
            + c.minimumHours().toPlainString());
  }

  /**
   * What an activity must demand for its credential to sit at a tier: a minimum learning effort,
   * and whether the credential is automatic or assessed.
   *
   * <pre>{@code
   * TierCriteria c = new TierCriteria(CredentialTier.ACHIEVEMENT, new BigDecimal("60"), true,
   *     Award.ASSESSED);
   * c.isMetBy(new BigDecimal("60"));   // false: more than 60 hours are needed
   * c.toString();                       // "achievement: more than 60 h, assessed"
   * }</pre>
   *
   * <p>Immutable and thread-safe; hours are normalised in scale.
   *
   * @param tier the tier
   * @param minimumHours the least learning effort, in hours
   * @param minimumExclusive whether the effort must exceed {@code minimumHours} ("plus de") rather
   *     than reach it ("au moins")
   * @param award automatic or assessed
   */
  public record TierCriteria(
      CredentialTier tier, BigDecimal minimumHours, boolean minimumExclusive, Award award) {

    /** Validates the components. */
    public TierCriteria {
      checkNotNull(tier, "tier");
      minimumHours = Ids.checkHours(minimumHours, "minimumHours");
      checkNotNull(award, "award");
    }

    /** Whether an activity of the given learning hours meets the minimum effort. */
    public boolean isMetBy(BigDecimal learningHours) {
      checkNotNull(learningHours, "learningHours");
      int c = learningHours.compareTo(minimumHours);
      return minimumExclusive ? c > 0 : c >= 0;
    }

    /** {@code achievement: more than 60 h, assessed}. */
    @Override
    public String toString() {
      return tier
          + ": "
          + (minimumExclusive ? "more than " : "at least ")
          + minimumHours.toPlainString()
          + " h, "
          + award;
    }
  }
}
