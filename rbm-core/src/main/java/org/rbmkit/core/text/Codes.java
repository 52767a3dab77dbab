package org.rbmkit.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The rule for the code of a result or an indicator: 1–32 letters or digits, optionally separated
 * by single dots, hyphens or underscores, such as {@code 3}, {@code 3.2}, {@code A} or {@code
 * CR-2.1}. One rule for every constructor and reader that takes such a code.
 *
 * <pre>{@code
 * Codes.check("3.2", "result");     // "3.2"
 * Codes.check("3..2", "result");    // IllegalArgumentException: result code "3..2" must be ...
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Codes {

  /** The longest code accepted. */
  public static final int MAX_LENGTH = 32;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*");

  private Codes() {}

  /**
   * The code, when it follows the rule.
   *
   * @param code the code to check
   * @param what what the code is of, named in the message, such as {@code "indicator"}
   * @throws IllegalArgumentException naming {@code what} and the code ({@linkplain Shown shown}
   *     abbreviated and escaped) when it does not follow the rule
   */
  public static String check(String code, String what) {
    checkNotNull(code, "%s code", what);
    if (code.length() > MAX_LENGTH || !CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          what
              + " code \""
              + Shown.value(code)
              + "\" must be 1–32 letters or digits, optionally separated by '.', '-' or '_',"
              + " such as 3, 3.2 or A");
    }
    return code;
  }
}
