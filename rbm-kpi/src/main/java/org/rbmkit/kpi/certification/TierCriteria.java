package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

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
