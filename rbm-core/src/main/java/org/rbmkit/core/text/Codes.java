package org.rbmkit.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.regex.Pattern;

/**
 * The rules for codes, each written once for every constructor and reader that takes such a
 * code: {@link #check} for the code of a result or an indicator (1–32 letters or digits,
 * optionally separated by single dots, hyphens or underscores, such as {@code 3}, {@code 3.2},
 * {@code A} or {@code CR-2.1}), {@link #checkIdentifier} for the looser identifiers of funds,
 * posts, budget lines and columns, allocations and instruments (1–64 letters, digits, dots,
 * hyphens or underscores in any order).
 *
 * <pre>{@code
 * Codes.check("3.2", "result");                   // "3.2"
 * Codes.check("3..2", "result");                  // IllegalArgumentException: result code ...
 * Codes.checkIdentifier("RB-2024", "fund code");  // "RB-2024"
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class Codes {

  /** The longest code accepted. */
  public static final int MAX_LENGTH = 32;

  /** The longest identifier accepted by {@link #checkIdentifier}. */
  public static final int MAX_IDENTIFIER_LENGTH = 64;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9]+(?:[._-][A-Za-z0-9]+)*");

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9._-]{1,64}");

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

  /**
   * The identifier, when it is 1–64 letters, digits, {@code .}, {@code _} or {@code -}.
   *
   * @param code the identifier to check
   * @param what what it is, named in the message, such as {@code "fund code"}
   * @throws IllegalArgumentException naming {@code what} and the identifier ({@linkplain Shown
   *     shown} abbreviated and escaped) when it does not follow the rule
   */
  public static String checkIdentifier(String code, String what) {
    checkNotNull(code, what);
    if (!IDENTIFIER.matcher(code).matches()) {
      throw new IllegalArgumentException(
          what + " \"" + Shown.value(code) + "\" must be 1–64 letters, digits, '.', '_' or '-'");
    }
    return code;
  }
}
