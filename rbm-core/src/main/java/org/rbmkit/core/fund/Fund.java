package org.rbmkit.core.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import org.rbmkit.core.text.Codes;

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

  /** Validates the components. */
  public Fund {
    checkNotNull(code, "code");
    checkNotNull(name, "name");
    checkNotNull(kind, "kind");
    Codes.checkIdentifier(code, "fund code");
    checkArgument(!name.isBlank(), "fund %s has a blank name", code);
  }

  /** The fund's code. */
  @Override
  public String toString() {
    return code;
  }
}
