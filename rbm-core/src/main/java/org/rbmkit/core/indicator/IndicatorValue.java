package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A value of an indicator as published: what it says ({@link Value}), how exactly it is stated
 * ({@link Qualifier}) and, for a disaggregated figure, the dimensions it is broken down by.
 *
 * <pre>{@code
 * // "environ 60 pour cent des participantes"
 * IndicatorValue v = IndicatorValue.of("60")
 *     .with(Qualifier.APPROXIMATE)
 *     .withDimension("sex", "female");
 * IndicatorValue r = IndicatorValue.ratio(72, 119);      // exact, no dimensions
 * }</pre>
 *
 * <p>Dimensions map a name ({@code sex}, {@code region}, {@code modality}: a letter, then up to
 * 63 letters, digits, {@code _ . -}) to a category (not blank, at most 200 characters); they are
 * ordered by name. A value without dimensions is the total.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value what the value says
 * @param qualifier exact, approximate, at least or at most
 * @param dimensions dimension name to category; empty for the total
 */
public record IndicatorValue(
    Value value, Qualifier qualifier, ImmutableSortedMap<String, String> dimensions) {

  private static final Pattern DIMENSION_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");

  /** Checks the components and copies the dimensions. */
  public IndicatorValue {
    checkNotNull(value, "value");
    checkNotNull(qualifier, "qualifier");
    dimensions = checkDimensions(dimensions);
  }

  /** An exact value without dimensions. */
  public static IndicatorValue of(Value value) {
    return new IndicatorValue(value, Qualifier.EXACT, ImmutableSortedMap.of());
  }

  /** An exact decimal given as plain text, {@code "59.5"}. */
  public static IndicatorValue of(String decimal) {
    return of(DecimalValue.parse(decimal));
  }

  /** An exact decimal. */
  public static IndicatorValue of(BigDecimal decimal) {
    return of(DecimalValue.of(decimal));
  }

  /** An exact whole number. */
  public static IndicatorValue of(long number) {
    return of(DecimalValue.of(number));
  }

  /** An exact ratio of two counts. */
  public static IndicatorValue ratio(long numerator, long denominator) {
    return of(RatioValue.of(numerator, denominator));
  }

  /** An exact text. */
  public static IndicatorValue text(String text) {
    return of(new TextValue(text));
  }

  /** This value with another qualifier. */
  public IndicatorValue with(Qualifier newQualifier) {
    return new IndicatorValue(value, newQualifier, dimensions);
  }

  /** This value with the dimension {@code name} set to {@code category}. */
  public IndicatorValue withDimension(String name, String category) {
    checkNotNull(name, "dimension name");
    checkNotNull(category, "dimension %s category", name);
    Map<String, String> m = new TreeMap<>(dimensions);
    m.put(name, category);
    return new IndicatorValue(value, qualifier, ImmutableSortedMap.copyOf(m));
  }

  /** This value with exactly the given dimensions. */
  public IndicatorValue withDimensions(Map<String, String> newDimensions) {
    checkNotNull(newDimensions, "dimensions");
    return new IndicatorValue(value, qualifier, ImmutableSortedMap.copyOf(newDimensions));
  }

  /** Whether this is a total, without dimensions. */
  public boolean isTotal() {
    return dimensions.isEmpty();
  }

  /**
   * A readable form: the qualifier as {@code ~}, {@code >=} or {@code <=}, the value and the
   * dimensions, as in {@code ~60 {sex=female}}.
   */
  @Override
  public String toString() {
    String q =
        switch (qualifier) {
          case EXACT -> "";
          case APPROXIMATE -> "~";
          case AT_LEAST -> ">=";
          case AT_MOST -> "<=";
        };
    String v = value instanceof TextValue t ? "\"" + t.text() + "\"" : value.toString();
    return q + v + (dimensions.isEmpty() ? "" : " " + dimensions);
  }

  private static ImmutableSortedMap<String, String> checkDimensions(Map<String, String> dims) {
    checkNotNull(dims, "dimensions");
    for (Map.Entry<String, String> e : dims.entrySet()) {
      String name = checkNotNull(e.getKey(), "dimension name");
      String category = checkNotNull(e.getValue(), "dimension %s category", name);
      if (!DIMENSION_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            lenientFormat(
                "dimension name \"%s\" must be a letter followed by up to 63 letters, digits,"
                    + " '_', '.' or '-', such as sex or region",
                Values.abbreviate(name)));
      }
      checkArgument(!category.isBlank(), "dimension %s has a blank category", name);
      if (category.length() > 200) {
        throw new IllegalArgumentException(
            lenientFormat(
                "dimension %s category \"%s\" is longer than 200 characters",
                name,
                Values.abbreviate(category)));
      }
    }
    return ImmutableSortedMap.copyOf(dims);
  }
}
