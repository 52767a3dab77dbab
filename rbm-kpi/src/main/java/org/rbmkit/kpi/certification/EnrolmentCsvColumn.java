package org.rbmkit.kpi.certification;

/**
 * The columns of an enrolment CSV file, one row per enrolment, named in its header line.
 *
 * <pre>
 * enrolment_id,participant_id,cohort_id,activity_id,programme,modality,offer,pricing,
 * learning_hours,credential,enrolled_on,completed_on,credential_earned_on,credential_accessed_on
 * </pre>
 *
 * <p>The header must name every column exactly once, in any order, and no other. Enumerated
 * columns take the codes of {@link Modality}, {@link Offer}, {@link Pricing} and {@link
 * CredentialTier}; dates are ISO {@code 2022-03-01}; an empty date means the stage was not
 * reached. See {@link EnrolmentCsvReader}.
 */
public enum EnrolmentCsvColumn {
  /** The enrolment's identifier, unique in the file. */
  ENROLMENT_ID("enrolment_id"),
  /** The participant's registration number. */
  PARTICIPANT_ID("participant_id"),
  /** The cohort's identifier. */
  COHORT_ID("cohort_id"),
  /** The activity's identifier. */
  ACTIVITY_ID("activity_id"),
  /** The technical programme running the activity. */
  PROGRAMME("programme"),
  /** A {@link Modality} code. */
  MODALITY("modality"),
  /** An {@link Offer} code. */
  OFFER("offer"),
  /** A {@link Pricing} code. */
  PRICING("pricing"),
  /** The activity's learning hours, a plain non-negative decimal such as {@code 60} or {@code 7.5}. */
  LEARNING_HOURS("learning_hours"),
  /** A {@link CredentialTier} code. */
  CREDENTIAL("credential"),
  /** The enrolment date, required. */
  ENROLLED_ON("enrolled_on"),
  /** The completion date, empty if not completed. */
  COMPLETED_ON("completed_on"),
  /** The date the credential was earned, empty if not earned. */
  CREDENTIAL_EARNED_ON("credential_earned_on"),
  /** The date the credential was first accessed, empty if never accessed. */
  CREDENTIAL_ACCESSED_ON("credential_accessed_on");

  private final String header;

  EnrolmentCsvColumn(String header) {
    this.header = header;
  }

  /** The name in the header line, such as {@code enrolled_on}. */
  public String header() {
    return header;
  }

  /** The column with the given header name, or {@code null}. */
  static EnrolmentCsvColumn fromHeader(String name) {
    for (EnrolmentCsvColumn c : values()) {
      if (c.header.equals(name)) {
        return c;
      }
    }
    return null;
  }

  /** The documented header line, columns in declaration order. */
  public static String headerLine() {
    StringBuilder s = new StringBuilder();
    for (EnrolmentCsvColumn c : values()) {
      if (s.length() > 0) {
        s.append(',');
      }
      s.append(c.header);
    }
    return s.toString();
  }

  /** The header name. */
  @Override
  public String toString() {
    return header;
  }
}
