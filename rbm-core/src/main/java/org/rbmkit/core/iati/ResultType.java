package org.rbmkit.core.iati;

import java.util.Optional;
import org.rbmkit.core.results.ResultLevel;

/**
 * The IATI {@code ResultType} codelist: output, outcome, impact, other.
 *
 * <pre>{@code
 * ResultType.fromCode("2");          // Optional[OUTCOME]
 * ResultType.OUTCOME.level();        // Optional[ResultLevel.OUTCOME]
 * }</pre>
 */
public enum ResultType {
  /** 1: output. */
  OUTPUT("1", ResultLevel.OUTPUT),
  /** 2: outcome. */
  OUTCOME("2", ResultLevel.OUTCOME),
  /** 3: impact. */
  IMPACT("3", ResultLevel.IMPACT),
  /** 9: other; no level of the results chain. */
  OTHER("9", null);

  private final String code;
  private final ResultLevel level;

  ResultType(String code, ResultLevel level) {
    this.code = code;
    this.level = level;
  }

  /** The IATI code, such as {@code 1}. */
  public String code() {
    return code;
  }

  /** The matching level of rbmkit's results chain; empty for {@link #OTHER}. */
  public Optional<ResultLevel> level() {
    return Optional.ofNullable(level);
  }

  /** The type with the given IATI code; empty for a code outside the codelist. */
  public static Optional<ResultType> fromCode(String code) {
    for (ResultType t : values()) {
      if (t.code.equals(code)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
