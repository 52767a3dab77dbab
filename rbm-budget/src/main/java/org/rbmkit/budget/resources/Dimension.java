package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.util.List;
import java.util.regex.Pattern;
import org.rbmkit.core.text.Coded;
import org.rbmkit.core.text.Shown;

/**
 * The optional dimensions of the UN data standards an allocation may be tagged with: UN system
 * function (Standard II), geographic location (Standard III) and Sustainable Development Goal
 * (Standard V).
 *
 * <pre>{@code
 * Dimension.SDG.check("8", "allocation a1");          // accepted
 * Dimension.FUNCTION.check("research", "allocation a1");   // IllegalArgumentException
 * }</pre>
 */
public enum Dimension implements Coded {
  /** The UN system function: one of {@link #FUNCTIONS}. */
  FUNCTION("function"),
  /** A location: an ISO 3166-1 alpha-3 country code, or a region or {@code global}. */
  LOCATION("location"),
  /** A Sustainable Development Goal, {@code 1} to {@code 17}. */
  SDG("sdg");

  /** The four UN system functions of Standard II. */
  public static final List<String> FUNCTIONS = List.of("development-assistance",
      "humanitarian-assistance", "peace-operations", "global-agenda-and-specialized-assistance");

  private static final Pattern LOCATION_CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");
  private static final Pattern SDG_CODE = Pattern.compile("[1-9]|1[0-7]");

  private final String code;

  Dimension(String code) {
    this.code = code;
  }

  /** The stable code used as a tag key in JSON. */
  public String code() {
    return code;
  }

  /**
   * Checks a tag value of this dimension.
   *
   * @throws IllegalArgumentException naming {@code where}, the dimension and the value
   */
  public void check(String value, String where) {
    checkNotNull(value, "%s: %s is null", where, code);
    boolean ok = switch (this) {
      case FUNCTION -> FUNCTIONS.contains(value);
      case LOCATION -> LOCATION_CODE.matcher(value).matches();
      case SDG -> SDG_CODE.matcher(value).matches();
    };
    if (!ok) {
      throw new IllegalArgumentException(
          lenientFormat(
              "%s: %s \"%s\" is not %s",
              where,
              code,
              Shown.value(value),
              switch (this) {
                case FUNCTION -> "one of " + String.join(", ", FUNCTIONS);
                case LOCATION -> "a location code (ISO 3166-1 alpha-3, a region or global)";
                case SDG -> "a goal number from 1 to 17";
              }));
    }
  }

  /**
   * The dimension with the given code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static Dimension fromCode(String code) {
    return Coded.fromCode(Dimension.class, code, "tag");
  }
}
