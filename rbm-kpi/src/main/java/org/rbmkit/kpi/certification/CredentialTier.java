package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

/**
 * The three tiers of the Centre's certification pyramid (seed 003 l.1662–1668 and the figure at
 * l.1779–1790): certificate of participation, certificate of achievement, diploma.
 *
 * <pre>{@code
 * CredentialTier.ACHIEVEMENT.rank();                                  // 2
 * CredentialTier.DIPLOMA.isAbove(CredentialTier.ACHIEVEMENT);         // true
 * }</pre>
 *
 * <p>The rank orders the tiers by learning effort, bottom of the pyramid first. The criteria of
 * each tier (minimum effort, automatic or assessed) are not fixed by the tier itself: they belong
 * to a {@link CertificationFramework}. Codes are stable; never persist {@code ordinal()}.
 */
public enum CredentialTier implements Coded {
  /** Certificate of participation ("certificat de participation"): short, transfers information. */
  PARTICIPATION("participation", 1),
  /** Certificate of achievement ("certificat de réussite"): a competence, assessed. */
  ACHIEVEMENT("achievement", 2),
  /** Diploma ("diplôme"): achievements stacked up. */
  DIPLOMA("diploma", 3);

  private final String code;
  private final int rank;

  CredentialTier(String code, int rank) {
    this.code = code;
    this.rank = rank;
  }

  /** The stable code, such as {@code achievement}. */
  public String code() {
    return code;
  }

  /** The rank in the pyramid: 1 for participation, 2 for achievement, 3 for diploma. */
  public int rank() {
    return rank;
  }

  /** Whether this tier ranks strictly above {@code other}. */
  public boolean isAbove(CredentialTier other) {
    return rank > other.rank;
  }

  /**
   * The tier with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static CredentialTier fromCode(String code) {
    return Coded.fromCode(CredentialTier.class, code, "credential");
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
