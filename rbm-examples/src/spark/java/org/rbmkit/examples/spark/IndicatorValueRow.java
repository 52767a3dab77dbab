package org.rbmkit.examples.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.Value;

/**
 * One reported value of an indicator as a Spark-friendly bean: the indicator's code, where the
 * value comes from (a unit, a country office, a file and line), its kind and its canonical text.
 *
 * <pre>{@code
 * IndicatorValueRow row = IndicatorValueRow.of("2.1", "office BRA", RatioValue.of(30, 50));
 * row.getKind();    // "ratio"
 * row.getValue();   // "30/50"
 * row.toValue();    // RatioValue 30/50
 * }</pre>
 *
 * <p>Kinds are {@code decimal}, {@code ratio} and {@code text}; the value is the text {@link
 * DecimalValue#parse}, {@link RatioValue#parse} or {@link TextValue} reads, so no digit is lost.
 * A mutable bean because Spark's bean encoder needs a no-argument constructor and setters; {@link
 * #toValue} validates the row as the library does. Not thread-safe; equality by value.
 */
public final class IndicatorValueRow implements Serializable {

  @Serial private static final long serialVersionUID = 1L;

  /** The kind of a decimal value. */
  public static final String DECIMAL = "decimal";

  /** The kind of a ratio value. */
  public static final String RATIO = "ratio";

  /** The kind of a text value. */
  public static final String TEXT = "text";

  private String indicator = "";
  private String source = "";
  private String kind = "";
  private String value = "";

  /** An empty row, for Spark's encoder. */
  public IndicatorValueRow() {}

  /** The row of one value of an indicator, reported by {@code source}. */
  public static IndicatorValueRow of(String indicator, String source, Value value) {
    IndicatorValueRow r = new IndicatorValueRow();
    r.indicator = checkNotNull(indicator, "indicator");
    r.source = checkNotNull(source, "source");
    checkNotNull(value, "value");
    r.kind =
        value instanceof DecimalValue ? DECIMAL : value instanceof RatioValue ? RATIO : TEXT;
    r.value = value.toString();
    return r;
  }

  /**
   * The value this row holds.
   *
   * @throws IllegalArgumentException naming the indicator and source for an unknown kind or a
   *     value its kind does not accept
   */
  public Value toValue() {
    try {
      return switch (kind) {
        case DECIMAL -> DecimalValue.parse(value);
        case RATIO -> RatioValue.parse(value);
        case TEXT -> new TextValue(value);
        default ->
            throw new IllegalArgumentException(
                "kind \"" + kind + "\" is not one of decimal, ratio, text");
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "indicator " + indicator + ", " + source + ": " + e.getMessage(), e);
    }
  }

  /** The indicator's code. */
  public String getIndicator() {
    return indicator;
  }

  /** Sets the indicator's code. */
  public void setIndicator(String indicator) {
    this.indicator = checkNotNull(indicator, "indicator");
  }

  /** Where the value comes from, for error messages. */
  public String getSource() {
    return source;
  }

  /** Sets where the value comes from. */
  public void setSource(String source) {
    this.source = checkNotNull(source, "source");
  }

  /** {@code decimal}, {@code ratio} or {@code text}. */
  public String getKind() {
    return kind;
  }

  /** Sets the kind. */
  public void setKind(String kind) {
    this.kind = checkNotNull(kind, "kind");
  }

  /** The value's canonical text, such as {@code 1250.5} or {@code 72/119}. */
  public String getValue() {
    return value;
  }

  /** Sets the value's text. */
  public void setValue(String value) {
    this.value = checkNotNull(value, "value");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IndicatorValueRow r
        && r.indicator.equals(indicator)
        && r.source.equals(source)
        && r.kind.equals(kind)
        && r.value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(indicator, source, kind, value);
  }

  @Override
  public String toString() {
    return "IndicatorValueRow[" + indicator + " " + source + " " + kind + " " + value + "]";
  }
}
