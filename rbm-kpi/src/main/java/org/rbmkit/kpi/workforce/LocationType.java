package org.rbmkit.kpi.workforce;

import org.rbmkit.core.text.Coded;

/** Whether a duty station is the headquarters or away from it ("hors siège"). */
public enum LocationType implements Coded {
  /** The organization's headquarters. */
  HEADQUARTERS("headquarters"),
  /** A field or regional office away from headquarters. */
  FIELD("field");

  private final String code;

  LocationType(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code field}. */
  public String code() {
    return code;
  }

  /**
   * The location type with the given code.
   *
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  public static LocationType fromCode(String code) {
    return Coded.fromCode(LocationType.class, code, "location type");
  }
}
