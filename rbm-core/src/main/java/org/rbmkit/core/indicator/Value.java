package org.rbmkit.core.indicator;

/**
 * What an indicator value says, without its qualifier or dimensions: a decimal, a ratio with its
 * numerator and denominator, or a text.
 *
 * <pre>{@code
 * Value v = DecimalValue.parse("59.5");
 * Value r = RatioValue.of(72, 119);                  // "soit 60 pour cent"
 * Value t = new TextValue("Policy adopted");
 * if (r instanceof RatioValue q) {
 *   q.quotient(3, RoundingMode.HALF_UP);             // Optional[0.605]
 * }
 * }</pre>
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface Value permits DecimalValue, RatioValue, TextValue {}
