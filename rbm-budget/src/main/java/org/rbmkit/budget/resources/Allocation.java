package org.rbmkit.budget.resources;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Map;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.text.Codes;

/**
 * A slice of one budget line in one column, linked to one or more results with explicit shares.
 *
 * <pre>{@code
 * Allocation a = new Allocation("a1", "14", "2024-25-proposal", AmountKind.PLANNED,
 *     new BigDecimal("36232"), Map.of("1.1", new BigDecimal("60"), "1.2", new BigDecimal("40")),
 *     Map.of("function", "development-assistance", "sdg", "8"));
 * }</pre>
 *
 * <p>The shares are percentages that sum to exactly 100; each result's portion is {@code amount ×
 * share / 100}, computed exactly (the document checks that every portion is a valid amount of its
 * currency, so nothing is rounded). A share goes to the result it names and to no other: a
 * result's own costs and its children's are kept apart and added once when rolled up. Tags are
 * the optional dimensions of the UN data standards: {@code function}, {@code location}, {@code
 * sdg}. Immutable and thread-safe.
 *
 * @param id unique within the document
 * @param line the id of the budget line the amount comes from (an expenditure-side line)
 * @param column the budget column (and so the period) the amount belongs to
 * @param kind planned, revised or actual expenditure
 * @param amount the amount, in the document's unit; not negative
 * @param shares result code → percentage, summing to exactly 100, each above 0
 * @param tags dimension ({@code function}, {@code location}, {@code sdg}) → code; may be empty
 */
public record Allocation(
    String id,
    String line,
    String column,
    AmountKind kind,
    BigDecimal amount,
    Map<String, BigDecimal> shares,
    Map<String, String> tags) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Validates the allocation.
   *
   * @throws IllegalArgumentException naming the allocation and the offending value
   */
  public Allocation {
    Codes.checkIdentifier(id, "allocation id");
    Codes.checkIdentifier(line, "line of allocation " + id);
    Codes.checkIdentifier(column, "column of allocation " + id);
    checkNotNull(kind, "kind of allocation %s", id);
    checkArgument(kind.isExpenditure(),
        "allocation %s: kind %s is not an expenditure (planned, revised or actual)", id,
        kind.code());
    checkNotNull(amount, "amount of allocation %s", id);
    if (amount.signum() < 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "allocation %s: amount %s is negative",
              id,
              amount.toPlainString()));
    }
    amount = Digits.normalise(amount);
    checkNotNull(shares, "shares of allocation %s", id);
    checkArgument(!shares.isEmpty(), "allocation %s has no shares", id);
    ImmutableMap.Builder<String, BigDecimal> s = ImmutableMap.builder();
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : shares.entrySet()) {
      Codes.checkIdentifier(e.getKey(), "result code in shares of allocation " + id);
      checkNotNull(e.getValue(), "allocation %s: share of %s is null", id, e.getKey());
      if (!(e.getValue().signum() > 0 && e.getValue().compareTo(HUNDRED) <= 0)) {
        throw new IllegalArgumentException(
            lenientFormat(
                "allocation %s: share %s of result %s is not above 0 and at most 100",
                id,
                e.getValue().toPlainString(),
                e.getKey()));
      }
      if (e.getValue().scale() > 10) {
        throw new IllegalArgumentException(
            lenientFormat(
                "allocation %s: share %s of result %s has more than 10 decimals",
                id,
                e.getValue().toPlainString(),
                e.getKey()));
      }
      sum = sum.add(e.getValue());
      s.put(e.getKey(), Digits.normalise(e.getValue()));
    }
    if (sum.compareTo(HUNDRED) != 0) {
      throw new IllegalArgumentException(
          lenientFormat(
              "allocation %s: shares sum to %s per cent, not exactly 100",
              id,
              sum.toPlainString()));
    }
    shares = s.buildOrThrow();
    checkNotNull(tags, "tags of allocation %s", id);
    for (Map.Entry<String, String> e : tags.entrySet()) {
      Dimension.fromCode(e.getKey()).check(e.getValue(), "allocation " + id);
    }
    tags = ImmutableMap.copyOf(tags);
  }

  /** {@code amount × share / 100} for the given share, exactly. */
  static BigDecimal portion(BigDecimal amount, BigDecimal share) {
    return Digits.normalise(amount.multiply(share).movePointLeft(2));
  }
}
