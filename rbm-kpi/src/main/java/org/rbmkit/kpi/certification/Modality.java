package org.rbmkit.kpi.certification;

import org.rbmkit.core.text.Coded;

/**
 * How a learning activity is delivered (seed 003 l.2416–2420).
 *
 * <p>Codes are stable and used in CSV and JSON; never persist {@code ordinal()}.
 */
public enum Modality implements Coded {
  /** Face-to-face on the Centre's campus ("présentiel"). */
  FACE_TO_FACE_CAMPUS("face-to-face-campus"),
  /** Face-to-face in the field, away from the campus. */
  FACE_TO_FACE_FIELD("face-to-face-field"),
  /** Online with a tutor ("en ligne soutenu par un tuteur"). */
  TUTOR_SUPPORTED_ONLINE("tutor-supported-online"),
  /** Self-guided distance learning ("à distance autoguidé"). */
  SELF_GUIDED_DISTANCE("self-guided-distance"),
  /** Blended: online and face-to-face parts. */
  BLENDED("blended");

  private final String code;

  Modality(String code) {
    this.code = code;
  }

  /** The stable code, such as {@code blended}. */
  public String code() {
    return code;
  }

  /**
   * The constant with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static Modality fromCode(String code) {
    return Coded.fromCode(Modality.class, code, "modality");
  }

  /** Whether participants meet in person: on campus or in the field. */
  public boolean isFaceToFace() {
    return this == FACE_TO_FACE_CAMPUS || this == FACE_TO_FACE_FIELD;
  }

  /** The code. */
  @Override
  public String toString() {
    return code;
  }
}
