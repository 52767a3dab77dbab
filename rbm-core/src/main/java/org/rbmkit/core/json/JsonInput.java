package org.rbmkit.core.json;

import static com.google.common.base.Preconditions.checkNotNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.rbmkit.core.problem.Location;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The opening every hand-written deserializer of rbmkit shares: check that the current token is
 * the one expected (the start of an object or array), or take it as a JSON string or number,
 * or fail with a Jackson error naming what was expected and what was found; build the value,
 * turning the model's {@link IllegalArgumentException} into a Jackson error with its message.
 * Jackson adds the JSON path to each error.
 *
 * <pre>{@code
 * public Status deserialize(JsonParser p, DeserializationContext ctxt) {
 *   String code = JsonInput.string(p, ctxt, this, "status");   // "status must be a JSON string, found VALUE_NUMBER_INT"
 *   return JsonInput.build(ctxt, this, () -> Status.fromCode(code));
 * }
 *
 * public Pair deserialize(JsonParser p, DeserializationContext ctxt) {
 *   JsonInput.expect(p, ctxt, this, JsonToken.START_ARRAY, "a pair must be an array of two strings");
 *   // "a pair must be an array of two strings, found START_OBJECT"
 *   ...
 * }
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class JsonInput {

  private JsonInput() {}

  /**
   * Checks that the parser stands on {@code token}, such as {@link JsonToken#START_OBJECT}.
   *
   * @param expectation what the value must be, worded for the reader, such as {@code a
   *     benchmark set must be a JSON object}; the error adds {@code , found} and the token found
   * @throws tools.jackson.databind.exc.MismatchedInputException if the current token is another
   */
  public static void expect(
      JsonParser p,
      DeserializationContext ctxt,
      ValueDeserializer<?> deserializer,
      JsonToken token,
      String expectation)
      throws JacksonException {
    if (p.currentToken() != token) {
      ctxt.reportInputMismatch(deserializer, "%s, found %s", expectation, p.currentToken());
    }
  }

  /**
   * The current token's text.
   *
   * @param what names the value in the error, such as {@code grade}
   * @throws tools.jackson.databind.exc.MismatchedInputException if the token is not a JSON
   *     string, or the string holds an unpaired UTF-16 surrogate
   */
  public static String string(
      JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> deserializer, String what)
      throws JacksonException {
    expect(p, ctxt, deserializer, JsonToken.VALUE_STRING, what + " must be a JSON string");
    String text = p.getString();
    String problem = StrictReading.unpairedSurrogate(text);
    if (problem != null) {
      return ctxt.reportInputMismatch(deserializer, "%s: %s", what, problem);
    }
    return text;
  }

  /**
   * The current token as an exact decimal ({@link RbmJson#readDecimal}).
   *
   * @param what names the value in the error, such as {@code decimal value}
   * @throws tools.jackson.databind.exc.MismatchedInputException if the token is not a JSON
   *     number, or the number is out of range
   */
  public static BigDecimal number(
      JsonParser p, DeserializationContext ctxt, ValueDeserializer<?> deserializer, String what)
      throws JacksonException {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      return ctxt.reportInputMismatch(deserializer, "%s must be a JSON number, found %s", what, t);
    }
    return RbmJson.readDecimal(p, ctxt);
  }

  /**
   * The value {@code build} returns, for a value read from its text form: a failure carries a
   * {@link Problem} with {@code code} and the offending {@code value} (located at the document's
   * root; a reader adds the JSON path Jackson gives, {@code $.roots[0].period}).
   *
   * @param code the rule broken, such as {@code text.period}
   * @param value the text as read
   * @throws tools.jackson.databind.exc.MismatchedInputException with the exception's message,
   *     whose cause is a {@link ProblemException} carrying the problem, if {@code build} throws
   *     an {@link IllegalArgumentException}
   */
  public static <T> T build(
      DeserializationContext ctxt,
      ValueDeserializer<?> deserializer,
      String code,
      String value,
      Supplier<T> build)
      throws JacksonException {
    checkNotNull(build, "build");
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      return reject(ctxt, deserializer, code, value, String.valueOf(e.getMessage()));
    }
  }

  /**
   * Fails with a {@link Problem} the input breaks: the Jackson error's message is {@code
   * message}, and its cause a {@link ProblemException} carrying the problem with {@code code}
   * and the offending {@code value} (located at the document's root; a reader adds the JSON path
   * Jackson gives). For a rule a deserializer checks itself, as the coded {@code build} does for
   * a rule the model checks.
   *
   * <pre>{@code
   * JsonInput.reject(ctxt, this, "budget.claim.decimals", "11", "decimals 11 is not in 0..10");
   * }</pre>
   *
   * @param code the rule broken, such as {@code budget.claim.decimals}
   * @param value the offending value as read
   * @throws tools.jackson.databind.exc.MismatchedInputException always
   */
  public static <T> T reject(
      DeserializationContext ctxt,
      ValueDeserializer<?> deserializer,
      String code,
      String value,
      String message)
      throws JacksonException {
    Problem problem = Problem.error(Location.document(), code, value, message);
    MismatchedInputException x =
        MismatchedInputException.from(
            ctxt.getParser(), deserializer.handledType(), problem.message());
    x.initCause(new ProblemException("the value", List.of(problem)));
    throw x;
  }

  /**
   * The value {@code build} returns.
   *
   * @throws tools.jackson.databind.exc.MismatchedInputException with the exception's message if
   *     {@code build} throws an {@link IllegalArgumentException}
   */
  public static <T> T build(
      DeserializationContext ctxt, ValueDeserializer<?> deserializer, Supplier<T> build)
      throws JacksonException {
    checkNotNull(build, "build");
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      return ctxt.reportInputMismatch(deserializer, "%s", e.getMessage());
    }
  }
}
