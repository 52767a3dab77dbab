package org.rbmkit.core.indicator;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

/**
 * A text: a qualitative statement, or a category of a nominal or ordinal scale.
 *
 * <pre>{@code
 * TextValue t = new TextValue("Stratégie adoptée");
 * }</pre>
 *
 * <p>The text is not blank, at most {@value #MAX_LENGTH} characters, and kept exactly as given.
 * Immutable and thread-safe.
 *
 * @param text the statement or category
 */
public record TextValue(String text) implements Value {

  /** The longest text accepted, in characters. */
  public static final int MAX_LENGTH = 10_000;

  /** Checks the text. */
  public TextValue {
    checkNotNull(text, "text");
    checkArgument(!text.isBlank(), "text value is blank");
    if (text.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          lenientFormat(
              "text value \"%s\" has %s characters, more than %s",
              Values.abbreviate(text),
              text.length(),
              MAX_LENGTH));
    }
  }

  /** The text itself. */
  @Override
  public String toString() {
    return text;
  }
}
