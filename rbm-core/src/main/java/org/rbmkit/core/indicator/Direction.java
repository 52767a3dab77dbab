package org.rbmkit.core.indicator;

import java.util.Optional;
import org.rbmkit.core.text.Coded;

/**
 * Which way an indicator should move: up, down, stay within a band, or no stated direction.
 *
 * <pre>{@code
 * Direction.fromCode("decrease");   // DECREASE: lower is better (costs, error rates)
 * }</pre>
 *
 * <p>An indicator with {@link #MAINTAIN} carries its {@link Band}. IATI's
 * {@code ascending} attribute is {@code true} for {@link #INCREASE} and {@code false} for
 * {@link #DECREASE}.
 */
public enum Direction implements Coded {
  /** Higher is better. */
  INCREASE("increase"),
  /** Lower is better. */
  DECREASE("decrease"),
  /** The value should stay within the indicator's band. */
  MAINTAIN("maintain"),
  /** No direction is stated (descriptive or qualitative indicators). */
  NONE("none");

  private final String code;

  Direction(String code) {
    this.code = code;
  }

  /** The stable code used in JSON, such as {@code increase}. */
  public String code() {
    return code;
  }

  /**
   * The IATI {@code ascending} attribute: true for {@link #INCREASE}, false for
   * {@link #DECREASE}, empty for {@link #MAINTAIN} and {@link #NONE}, which IATI cannot express.
   */
  public Optional<Boolean> iatiAscending() {
    return switch (this) {
      case INCREASE -> Optional.of(true);
      case DECREASE -> Optional.of(false);
      case MAINTAIN, NONE -> Optional.empty();
    };
  }

  /** The direction with the given code. */
  public static Direction fromCode(String code) {
    return Coded.fromCode(Direction.class, code, "direction");
  }
}
