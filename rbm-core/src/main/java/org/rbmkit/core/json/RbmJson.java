package org.rbmkit.core.json;

import java.math.BigDecimal;
import org.rbmkit.core.text.Shown;
import tools.jackson.core.ErrorReportConfiguration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.MutableCoercionConfig;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library's JSON mapper: strict, exact, and loaded with every rbmkit Jackson module on the
 * class path (found through {@link java.util.ServiceLoader}).
 *
 * <pre>{@code
 * JsonMapper mapper = RbmJson.mapper();
 * Money m = mapper.readValue("{\"currency\":\"EUR\",\"amount\":1250.50}", Money.class);
 * String json = mapper.writeValueAsString(m);   // {"currency":"EUR","amount":1250.50}
 * }</pre>
 *
 * <p>What the mapper enforces, and other systems can rely on:
 *
 * <ul>
 *   <li>unknown properties, duplicate keys, trailing tokens, {@code null} for a required value
 *       and {@code NaN}/{@code Infinity} are rejected, with the JSON path in the message;
 *   <li>scalars are never coerced: {@code "40"} is not the number 40, {@code 5} is not the
 *       string {@code "5"};
 *   <li>decimals are read as {@link java.math.BigDecimal}, never through {@code double}, and
 *       written in plain notation ({@code 60535000.00}, not {@code 6.0535E+7});
 *   <li>input is bounded by {@link #DEFAULT_LIMITS}: nesting depth, number length, string
 *       length, document length; pass other limits to {@link #mapper(StreamReadConstraints)}.
 * </ul>
 *
 * <p>Mappers are immutable and thread-safe; build one and share it.
 */
public final class RbmJson {

  /** Largest nesting depth of a document. */
  public static final int MAX_NESTING_DEPTH = 200;
  /** Longest number literal, in characters. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** Longest string value, in characters. */
  public static final int MAX_STRING_LENGTH = 1_000_000;
  /** Longest document, in bytes or characters. */
  public static final long MAX_DOCUMENT_LENGTH = 256L * 1024 * 1024;
  /**
   * Most tokens in a document (every name, value, start and end of an object or array counts
   * one): bounds the number of elements whatever their size.
   */
  public static final long MAX_TOKEN_COUNT = 20_000_000L;
  /**
   * Most digits before the decimal point of a JSON number read as a {@link java.math.BigDecimal}
   * ({@code 1e999999999} is refused before any arithmetic on it); types with tighter bounds, such
   * as {@link org.rbmkit.core.money.Money}, check their own.
   */
  public static final int MAX_DECIMAL_INTEGER_DIGITS = 40;
  /**
   * Most digits after the decimal point of a JSON number read as a {@link java.math.BigDecimal}
   * ({@code 1e-999999999} is refused).
   */
  public static final int MAX_DECIMAL_PLACES = 40;

  /** The limits {@link #mapper()} applies to input. */
  public static final StreamReadConstraints DEFAULT_LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_LENGTH)
          .maxTokenCount(MAX_TOKEN_COUNT)
          .build();

  private static final JsonMapper DEFAULT = mapper(DEFAULT_LIMITS);

  private RbmJson() {}

  /**
   * The current JSON number token as a {@link BigDecimal}, for custom deserializers: a number
   * Java cannot hold (an exponent beyond the {@code int} range, as in {@code 1e9999999999})
   * becomes a Jackson error with the JSON path, not a {@link NumberFormatException}. The size
   * of the result is not checked; callers check their own bounds.
   *
   * <pre>{@code
   * BigDecimal amount = RbmJson.readDecimal(p, ctxt);
   * }</pre>
   *
   * @throws tools.jackson.databind.exc.MismatchedInputException if the number is out of range
   */
  public static BigDecimal readDecimal(JsonParser p, DeserializationContext ctxt) {
    try {
      return p.getDecimalValue();
    } catch (NumberFormatException e) {
      return numberOutOfRange(p, ctxt);
    }
  }

  /**
   * Fails for the current number, which Java cannot hold as a {@link BigDecimal}: {@code number
   * 1e9999999999 is out of range}, its text as {@link Shown#value} shows it.
   */
  static BigDecimal numberOutOfRange(JsonParser p, DeserializationContext ctxt) {
    String text = p.getString();
    return ctxt.reportInputMismatch(
        BigDecimal.class,
        "number %s is out of range",
        Shown.value(text));
  }

  /** A shared mapper with {@link #DEFAULT_LIMITS}. */
  public static JsonMapper mapper() {
    return DEFAULT;
  }

  /** A new mapper with the given input limits. */
  public static JsonMapper mapper(StreamReadConstraints limits) {
    return builder(limits).build();
  }

  /**
   * A builder with the library's settings and modules, for callers that add their own modules
   * or settings.
   */
  public static JsonMapper.Builder builder(StreamReadConstraints limits) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(limits)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // error locations give line and column, and never quote the document itself
            .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .errorReportConfiguration(ErrorReportConfiguration.builder().maxRawContentLength(0).build())
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();
    return JsonMapper.builder(factory)
        .findAndAddModules(RbmJson.class.getClassLoader())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        // a wrong type is an error: no "40" for 40, no 5 for "5", no true for "true"
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfig(
            LogicalType.Textual,
            c -> fail(c, CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean))
        .withCoercionConfig(
            LogicalType.Integer,
            c -> fail(c, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean))
        .withCoercionConfig(
            LogicalType.Float,
            c -> fail(c, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Boolean))
        .withCoercionConfig(
            LogicalType.Boolean,
            c -> fail(c, CoercionInputShape.String, CoercionInputShape.EmptyString, CoercionInputShape.Integer))
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  private static void fail(MutableCoercionConfig config, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      config.setCoercion(shape, CoercionAction.Fail);
    }
  }
}
