package org.rbmkit.kpi.workforce;

import org.rbmkit.core.text.Coded;

/**
 * The declared code list for a staff member's gender, as HR systems of the UN common system
 * record it.
 *
 * <pre>{@code
 * Gender.fromCode("female");   // FEMALE
 * Gender.FEMALE.code();        // "female"
 * }</pre>
 *
 * <p>Any other code is rejected by {@link #fromCode}: the list is closed so that parity figures
 * never silently lose people.
 */
public enum Gender implements Coded {
  /** Female. */
  FEMALE("female"),
  /** Male. */
  MALE("male"),
  /** Another gender identity, as recorded by the organization. */
  OTHER("other"),
  /** Not stated by the staff member. */
  NOT_STATED("not-stated");

  /** The accepted codes, for messages and documentation. */
  public static final String ACCEPTED_CODES = "female, male, other, not-stated";

  private final String code;

  Gender(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code not-stated}. */
  public String code() {
    return code;
  }

  /**
   * The gender with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing {@link #ACCEPTED_CODES}
   */
  public static Gender fromCode(String code) {
    return Coded.fromCode(Gender.class, code, "gender");
  }
}
