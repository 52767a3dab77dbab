package org.rbmkit.core.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rbmkit.core.document.Consistent;
import org.rbmkit.core.document.CrossChecked;
import org.rbmkit.core.document.Problems;

/**
 * The JSON and Bean Validation form of an {@link IndicatorValue}: one of {@code value} (a
 * decimal), {@code numerator} and {@code denominator} (a ratio) or {@code text}, with a
 * qualifier and dimensions.
 *
 * <pre>{@code
 * {"value": 60, "qualifier": "approximate", "dimensions": {"sex": "female"}}
 * {"numerator": 72, "denominator": 119}
 * {"text": "Stratégie adoptée"}
 * }</pre>
 *
 * <p>{@code qualifier} may be left out and is then {@code exact}; {@code dimensions} may be left
 * out and is then empty. A mutable bean for reading and validating; not thread-safe.
 */
@Consistent
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"value", "numerator", "denominator", "text", "qualifier", "dimensions"})
public class ValueDocument implements CrossChecked {

  /** A decimal value, or null. */
  public BigDecimal value;

  /** A ratio's numerator, or null. */
  public BigDecimal numerator;

  /** A ratio's denominator, or null. */
  public BigDecimal denominator;

  /** A text value, or null. */
  public String text;

  /** How exactly the value is stated; {@code exact} when left out. */
  public Qualifier qualifier = Qualifier.EXACT;

  /** Dimension name to category; empty when left out. */
  public Map<String, String> dimensions = new TreeMap<>();

  /** An empty document, to be filled by Jackson or by hand. */
  public ValueDocument() {}

  /** The document form of {@code v}. */
  public static ValueDocument of(IndicatorValue v) {
    ValueDocument d = new ValueDocument();
    d.fill(v);
    return d;
  }

  final void fill(IndicatorValue v) {
    Value x = v.value();
    if (x instanceof DecimalValue dv) {
      value = dv.value();
    } else if (x instanceof RatioValue r) {
      numerator = r.numerator();
      denominator = r.denominator();
    } else {
      text = ((TextValue) x).text();
    }
    qualifier = v.qualifier();
    dimensions = new TreeMap<>(v.dimensions());
  }

  /**
   * The value.
   *
   * @throws IllegalArgumentException if the document is not valid
   */
  public IndicatorValue toModel() {
    Value x;
    if (value != null) {
      x = new DecimalValue(value);
    } else if (numerator != null || denominator != null) {
      x = new RatioValue(numerator, denominator);
    } else {
      x = new TextValue(text);
    }
    return new IndicatorValue(
        x,
        qualifier,
        dimensions.isEmpty() ? ImmutableSortedMap.of() : ImmutableSortedMap.copyOf(dimensions));
  }

  /**
   * The kind of value given ({@code "decimal"}, {@code "ratio"}, {@code "text"}), or null when
   * none or several are given.
   */
  final String kind() {
    // counted without a list: this runs for every value of a document
    boolean decimal = value != null;
    boolean ratio = numerator != null || denominator != null;
    boolean text = this.text != null;
    int given = (decimal ? 1 : 0) + (ratio ? 1 : 0) + (text ? 1 : 0);
    if (given != 1) {
      return null;
    }
    return decimal ? "decimal" : ratio ? "ratio" : "text";
  }

  private List<String> kinds() {
    List<String> kinds = new ArrayList<>();
    if (value != null) {
      kinds.add("decimal");
    }
    if (numerator != null || denominator != null) {
      kinds.add("ratio");
    }
    if (text != null) {
      kinds.add("text");
    }
    return kinds;
  }

  /**
   * Every problem of the value: a missing qualifier or dimensions, none or several kinds given,
   * and each part by the rules of its model type ({@link DecimalValue}, {@link RatioValue},
   * {@link TextValue}, {@link IndicatorValue}'s dimensions).
   */
  @Override
  public void crossCheck(Problems problems) {
    IndicatorRules.required(problems, qualifier, "qualifier");
    IndicatorRules.required(problems, dimensions, "dimensions");
    if (kind() == null) {
      // none or several kinds given: only then is their list built
      List<String> kinds = kinds();
      if (kinds.isEmpty()) {
        problems.at("value").error("value.kind.missing", "needs one of value, numerator and denominator, or text");
      } else {
        problems
            .at("value")
            .error("value.kind.several", "gives a " + String.join(" and a ", kinds) + " value; give only one");
      }
    }
    if (value != null) {
      try {
        Values.checkDecimal(value, "value");
      } catch (IllegalArgumentException e) {
        problems.at("value").error("value.decimal", Values.abbreviate(value), e);
      }
    }
    if (numerator != null || denominator != null) {
      if (numerator == null) {
        problems.at("numerator").error("value.ratio.numerator", "a ratio needs a numerator as well as the denominator");
      }
      if (denominator == null) {
        problems.at("denominator").error("value.ratio.denominator", "a ratio needs a denominator as well as the numerator");
      }
      checkRatioPart(numerator, "numerator", problems);
      checkRatioPart(denominator, "denominator", problems);
    }
    if (text != null) {
      try {
        new TextValue(text);
      } catch (IllegalArgumentException e) {
        problems.at("text").error("value.text", text, e);
      }
    }
    if (dimensions != null) {
      for (Map.Entry<String, String> e : dimensions.entrySet()) {
        if (e.getValue() == null) {
          problems.at("dimensions").error("value.dimension", "dimension " + e.getKey() + " has no category");
          continue;
        }
        try {
          new IndicatorValue(new TextValue("x"), Qualifier.EXACT, ImmutableSortedMap.of(e.getKey(), e.getValue()));
        } catch (IllegalArgumentException ex) {
          problems.at("dimensions").error("value.dimension", e.getKey(), ex);
        }
      }
    }
  }

  private static void checkRatioPart(BigDecimal part, String name, Problems problems) {
    if (part == null) {
      return;
    }
    try {
      Values.checkRatioPart(part, name);
    } catch (IllegalArgumentException e) {
      problems.at(name).error("value.ratio." + name, Values.abbreviate(part), e);
    }
  }
}
