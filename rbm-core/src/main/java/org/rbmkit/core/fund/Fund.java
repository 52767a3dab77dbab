package org.rbmkit.core.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import java.util.regex.Pattern;

/**
 * A named fund with a stable code: the regular budget, a voluntary fund, a reserve fund.
 *
 * <pre>{@code
 * Fund rb = new Fund("RB", "Regular budget", FundKind.ASSESSED);
 * Fund fellowship = new Fund("FELLOWSHIP", "Fellowship Fund", FundKind.RESERVE);
 * }</pre>
 *
 * <p>Funds are equal when code, name and kind are equal. Immutable and thread-safe.
 *
 * @param code stable identifier: 1–64 letters, digits, '-', '_' or '.'
 * @param name a readable name
 * @param kind the CEB category
 */
public record Fund(String code, String name, FundKind kind) {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Validates the components. */
  public Fund {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          lenientFormat(
              "fund code \"%s\" must be 1–64 letters, digits, '.', '_' or '-'",
              code.length() > 40 ? code.substring(0, 37) + "..." : code));
    }
    checkArgument(!name.isBlank(), "fund %s has a blank name", code);
  }

  /** The fund's code. */
  @Override
  public String toString() {
    return code;
  }
}
