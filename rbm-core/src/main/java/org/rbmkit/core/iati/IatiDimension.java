package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A {@code dimension} of a baseline, target or actual: the category the value is broken down by.
 *
 * <pre>{@code
 * IatiDimension d = new IatiDimension("sex", "female");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the dimension's name, such as {@code sex}
 * @param value the category, such as {@code female}
 */
public record IatiDimension(String name, String value) {

  /** Checks the components. */
  public IatiDimension {
    checkNotNull(name, "name");
    checkNotNull(value, "value");
  }

  /** {@code sex=female}. */
  @Override
  public String toString() {
    return name + "=" + value;
  }
}
