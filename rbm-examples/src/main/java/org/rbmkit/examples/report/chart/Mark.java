package org.rbmkit.examples.report.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;

/**
 * One element of a chart's drawing: a rectangle, a line or a piece of text, in drawing units
 * (the chart's view box). The report's template writes each as an SVG element, escaping every
 * text; a mark never carries markup.
 *
 * <pre>{@code
 * Mark bar = new Mark.Rect(120, 10, 48.5, 14, "bar rating-on-track", "1.1/1.1.a", "72/119");
 * }</pre>
 *
 * <p>Coordinates are drawing positions only; the figures a chart shows are its texts and the
 * {@code value} of its rectangles, both taken as they are from the calculators. Immutable and
 * thread-safe.
 */
public sealed interface Mark {

  /** A coordinate as SVG writes it: one decimal, a point as separator. */
  static String coordinate(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /**
   * A rectangle; {@code key} and {@code value} (empty for none) become {@code data-key} and
   * {@code data-value}, so that a reader or a test finds the exact figure a bar stands for.
   */
  record Rect(double x, double y, double width, double height, String style, String key,
      String value) implements Mark {
    /** Checks the components. */
    public Rect {
      checkNotNull(style, "style");
      checkNotNull(key, "key");
      checkNotNull(value, "value");
    }
  }

  /** A line, for axes, whiskers, target markers and medians. */
  record Line(double x1, double y1, double x2, double y2, String style) implements Mark {
    /** Checks the components. */
    public Line {
      checkNotNull(style, "style");
    }
  }

  /**
   * A text; {@code anchor} is SVG's {@code text-anchor}: start, middle or end; {@code vertical}
   * turns it a quarter anticlockwise about its anchor point, reading upwards.
   */
  record Text(double x, double y, String anchor, String style, String text, boolean vertical)
      implements Mark {
    /** Checks the components. */
    public Text {
      checkNotNull(anchor, "anchor");
      checkNotNull(style, "style");
      checkNotNull(text, "text");
    }

    /** A horizontal text. */
    public Text(double x, double y, String anchor, String style, String text) {
      this(x, y, anchor, style, text, false);
    }

    /** The SVG {@code transform} of a vertical text, else empty. */
    public String transform() {
      return vertical ? "rotate(-90 " + coordinate(x) + " " + coordinate(y) + ")" : "";
    }
  }
}
