package org.rbmkit.kpi.certification;

/**
 * A person taking part in learning activities, known by a unique registration number.
 *
 * <pre>{@code
 * Participant p = Participant.of("P-000123");
 * }</pre>
 *
 * <p>One participant may take several activities: counting registrations (enrolments) and
 * headcount (distinct participants) gives different figures, and the library reports both.
 * Immutable and thread-safe; {@code toString()} is the registration number.
 *
 * @param registrationNumber the unique registration number
 */
public record Participant(String registrationNumber) {

  /** Validates the registration number. */
  public Participant {
    Ids.checkId(registrationNumber, "registrationNumber");
  }

  /** The participant with the given registration number. */
  public static Participant of(String registrationNumber) {
    return new Participant(registrationNumber);
  }

  /** The registration number. */
  @Override
  public String toString() {
    return registrationNumber;
  }
}
