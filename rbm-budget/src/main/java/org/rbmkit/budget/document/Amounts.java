package org.rbmkit.budget.document;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Strings.lenientFormat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.text.Codes;

/** Shared checks and copies for the document records; package-private. */
final class Amounts {


  private Amounts() {}

  /** An immutable copy with scales normalised, so that equal figures are equal. */
  static ImmutableMap<String, BigDecimal> copy(Map<String, BigDecimal> amounts, String where) {
    checkNotNull(amounts, "%s: amounts", where);
    ImmutableMap.Builder<String, BigDecimal> b = ImmutableMap.builder();
    for (Map.Entry<String, BigDecimal> e : amounts.entrySet()) {
      checkNotNull(e.getKey(), "%s: column is null", where);
      checkNotNull(e.getValue(), "%s, column %s: amount is null", where, e.getKey());
      b.put(e.getKey(), normalise(e.getValue()));
    }
    return b.buildOrThrow();
  }

  static BigDecimal normalise(BigDecimal v) {
    return Digits.normalise(v);
  }

  static <T> ImmutableList<T> list(List<T> items, String what) {
    checkNotNull(items, what);
    for (int i = 0; i < items.size(); i++) {
      checkNotNull(items.get(i), "%s[%s] is null", what, i);
    }
    return ImmutableList.copyOf(items);
  }

  static String code(String code, String what) {
    return Codes.checkIdentifier(code, what);
  }

  static String text(String text, String what) {
    checkNotNull(text, what);
    checkArgument(!text.isBlank(), "%s is blank", what);
    return text;
  }

  /**
   * The columns printed as a dash, checked against the amounts: each must have an amount, and it
   * must be zero (a dash is zero in every calculation; the set only keeps how it was printed).
   */
  static com.google.common.collect.ImmutableSortedSet<String> dashes(
      java.util.Collection<String> dashes, Map<String, BigDecimal> amounts, String where) {
    checkNotNull(dashes, "%s: dashes", where);
    for (String c : dashes) {
      checkNotNull(c, "%s: a dash column is null", where);
      BigDecimal v = amounts.get(c);
      checkArgument(v != null, "%s: column %s is printed as a dash but has no amount", where, c);
      if (v.signum() != 0) {
        throw new IllegalArgumentException(
            lenientFormat(
                "%s, column %s: printed as a dash, so its amount must be 0,"
                    + " not %s",
                where,
                c,
                v.toPlainString()));
      }
    }
    return com.google.common.collect.ImmutableSortedSet.copyOf(dashes);
  }
}
