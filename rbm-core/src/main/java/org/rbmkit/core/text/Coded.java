package org.rbmkit.core.text;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.StringJoiner;

/**
 * A constant with a stable code, the text that stands for it in JSON, CSV, IATI and on the
 * command line ({@code strategic-objective}, {@code credential-earned}). Codes are stable; never
 * persist an enum's {@code ordinal()} or name.
 *
 * <pre>{@code
 * Coded.fromCode(ResultLevel.class, "output", "result level");   // ResultLevel.OUTPUT
 * Coded.fromCode(ResultLevel.class, "ouput", "result level");
 * // IllegalArgumentException: result level "ouput" is not one of impact, strategic-objective,
 * //   outcome, enabler, cross-cutting, output, activity
 * }</pre>
 *
 * <p>Every coded enumeration of the library looks its codes up here, so the rule (exact,
 * case-sensitive match; the error quotes the value as {@link Shown} shows it and lists every
 * accepted code in declaration order) is written once.
 */
public interface Coded {

  /** The stable code. */
  String code();

  /**
   * The constant of {@code type} whose code is {@code code}.
   *
   * @param noun what the code names, for the message ("result level", "stage")
   * @throws IllegalArgumentException quoting the code and listing the accepted ones
   */
  static <E extends Enum<E> & Coded> E fromCode(Class<E> type, String code, String noun) {
    return fromCode(type, code, noun, "");
  }

  /**
   * As {@link #fromCode(Class, String, String)}, for a code that may also take another form the
   * caller accepts first ({@code item-N} beside the named totals): the message names it.
   *
   * @param otherForm the other accepted form, such as {@code item-N}; empty for none
   */
  static <E extends Enum<E> & Coded> E fromCode(
      Class<E> type, String code, String noun, String otherForm) {
    checkNotNull(type, "type");
    checkNotNull(otherForm, "otherForm");
    checkNotNull(noun, "noun");
    @SuppressWarnings("unchecked")
    E[] constants = (E[]) Constants.OF.get(type);
    for (E e : constants) {
      if (e.code().equals(code)) {
        return e;
      }
    }
    StringJoiner all = new StringJoiner(", ");
    for (E e : constants) {
      all.add(e.code());
    }
    throw new IllegalArgumentException(
        noun
            + " \""
            + Shown.value(code)
            + "\" is not "
            + (otherForm.isEmpty() ? "" : otherForm + " or ")
            + "one of "
            + all);
  }
}
