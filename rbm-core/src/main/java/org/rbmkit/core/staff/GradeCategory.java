package org.rbmkit.core.staff;

import org.rbmkit.core.text.Coded;

/** The UN common-system staff categories a grade belongs to. */
public enum GradeCategory implements Coded {
  /** Director and above: USG, ASG, ADG, D-2, D-1 ("directeurs et fonctionnaires de rang supérieur"). */
  DIRECTOR_AND_ABOVE("director-and-above"),
  /** Professional: P-5 to P-1 ("services organiques"). */
  PROFESSIONAL("professional"),
  /** National professional officers: NO-E to NO-A. */
  NATIONAL_OFFICER("national-officer"),
  /** General service: G-7 to G-1 ("services généraux"). */
  GENERAL_SERVICE("general-service");

  private final String code;

  GradeCategory(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code professional}. */
  public String code() {
    return code;
  }

  /** The category with the given code. */
  public static GradeCategory fromCode(String code) {
    return Coded.fromCode(GradeCategory.class, code, "grade category");
  }
}
