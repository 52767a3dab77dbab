package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The value part of an IATI baseline, target or actual: the {@code value} attribute as published,
 * the locations and dimensions it applies to, and its comment.
 *
 * <pre>{@code
 * IatiIndicatorValue target = new IatiIndicatorValue(Optional.of("10"),
 *     ImmutableList.of("AF-KAN"), ImmutableList.of(new IatiDimension("sex", "female")),
 *     ImmutableList.of(Narrative.of("Target comment")));
 * target.decimal();   // Optional[10]
 * }</pre>
 *
 * <p>The schema types {@code value} as a string, and publishers write {@code N=35;P=55} as well as
 * {@code 10}: the text is kept as published and {@link #decimal()} reads it as a number when it is
 * one. Immutable and thread-safe.
 *
 * @param value the {@code value} attribute as published; empty when absent
 * @param locations the {@code ref} of each {@code location}, in document order
 * @param dimensions the dimensions, in document order
 * @param comment the narratives of the {@code comment}; empty when there is no comment
 */
public record IatiIndicatorValue(
    Optional<String> value,
    ImmutableList<String> locations,
    ImmutableList<IatiDimension> dimensions,
    ImmutableList<Narrative> comment) {

  /** Checks the components and copies the lists. */
  public IatiIndicatorValue {
    checkNotNull(value, "value");
    locations = ImmutableList.copyOf(checkNotNull(locations, "locations"));
    dimensions = ImmutableList.copyOf(checkNotNull(dimensions, "dimensions"));
    comment = ImmutableList.copyOf(checkNotNull(comment, "comment"));
  }

  /** A bare value without locations, dimensions or comment. */
  public static IatiIndicatorValue of(String value) {
    return new IatiIndicatorValue(
        Optional.of(value), ImmutableList.of(), ImmutableList.of(), ImmutableList.of());
  }

  /**
   * The value as a decimal ({@code xsd:decimal}: optional sign, digits, optional fraction); empty
   * when there is no value or it is not a decimal, such as {@code N=35;P=55}.
   */
  public Optional<BigDecimal> decimal() {
    return value.flatMap(XmlText::decimal);
  }
}
