package org.rbmkit.kpi.certification;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;

/**
 * A learning activity of a training centre: how it is delivered, to whom, at what price, how much
 * effort it takes and which credential it leads to.
 *
 * <pre>{@code
 * LearningActivity a = new LearningActivity("A901234", "ACTEMP",
 *     Modality.TUTOR_SUPPORTED_ONLINE, Offer.OPEN, Pricing.FELLOWSHIP_FUNDED,
 *     new BigDecimal("80"), CredentialTier.ACHIEVEMENT);
 * }</pre>
 *
 * <p>Whether the effort fits the credential's tier is a rule of the {@link CertificationFramework}
 * ({@link CertificationFramework#problems(LearningActivity)}), not of this record. Immutable and
 * thread-safe; learning hours are normalised in scale, so {@code 60.0} equals {@code 60}.
 *
 * @param id the activity's code, unique within the centre
 * @param programme the technical programme running it, such as {@code ACTEMP}
 * @param modality how it is delivered
 * @param offer open or tailor-made
 * @param pricing who pays for access
 * @param learningHours the notional learning effort, in hours, not negative
 * @param credential the credential tier it leads to
 */
public record LearningActivity(
    String id,
    String programme,
    Modality modality,
    Offer offer,
    Pricing pricing,
    BigDecimal learningHours,
    CredentialTier credential) {

  /** Validates every component and normalises the hours' scale. */
  public LearningActivity {
    Ids.checkId(id, "id");
    Ids.checkId(programme, "programme");
    checkNotNull(modality, "modality");
    checkNotNull(offer, "offer");
    checkNotNull(pricing, "pricing");
    learningHours = Ids.checkHours(learningHours, "learningHours");
    checkNotNull(credential, "credential");
  }
}
