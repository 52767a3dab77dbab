package org.rbmkit.kpi.workforce;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.Locale;

/**
 * A nationality or member state as an ISO 3166-1 alpha-3 code, {@code CHE}.
 *
 * <pre>{@code
 * CountryCode che = CountryCode.of("CHE");
 * che.alpha2();                     // "CH"
 * CountryCode.of("XYZ");            // IllegalArgumentException: unknown country code "XYZ" ...
 * }</pre>
 *
 * <p>The code list is the set of ISO 3166-1 alpha-3 codes the Java runtime knows ({@link
 * Locale#getISOCountries(Locale.IsoCountryCode)}); alpha-3 is chosen over alpha-2 because UN
 * statistical tables (M49) and HR reports print it and it reads unambiguously ({@code AUT} and
 * {@code AUS} rather than {@code AT} and {@code AU}). Codes are upper case; anything else is
 * rejected, never guessed. Immutable and thread-safe; ordered alphabetically.
 *
 * @param alpha3 the three-letter code
 */
public record CountryCode(String alpha3) implements Comparable<CountryCode> {

  /** Alpha-3 to alpha-2. */
  private static final ImmutableMap<String, String> ALPHA2;

  static {
    ImmutableMap.Builder<String, String> b = ImmutableMap.builder();
    for (String a2 : Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2)) {
      b.put(new Locale("", a2).getISO3Country(), a2);
    }
    ALPHA2 = b.buildOrThrow();
  }

  /** Validates the code against the ISO 3166-1 alpha-3 list. */
  public CountryCode {
    checkNotNull(alpha3, "alpha3");
    if (!ALPHA2.containsKey(alpha3)) {
      throw new IllegalArgumentException(
          "unknown country code \""
              + Texts.shorten(alpha3)
              + "\": expected an upper-case ISO 3166-1 alpha-3 code such as CHE, FRA or KEN");
    }
  }

  /**
   * The country with the given alpha-3 code.
   *
   * @throws IllegalArgumentException for a code outside ISO 3166-1 alpha-3 (including alpha-2
   *     codes and lower case)
   */
  public static CountryCode of(String alpha3) {
    return new CountryCode(alpha3);
  }

  /** Parses the canonical text, the same as {@link #of}. */
  public static CountryCode parse(CharSequence text) {
    checkNotNull(text, "text");
    return new CountryCode(text.toString());
  }

  /** Every code of the list, alphabetically. */
  public static ImmutableSortedSet<CountryCode> all() {
    ImmutableSortedSet.Builder<CountryCode> b = ImmutableSortedSet.naturalOrder();
    ALPHA2.keySet().forEach(a3 -> b.add(new CountryCode(a3)));
    return b.build();
  }

  /** The ISO 3166-1 alpha-2 code, {@code CH} for {@code CHE}. */
  public String alpha2() {
    return ALPHA2.get(alpha3);
  }

  @Override
  public int compareTo(CountryCode o) {
    return alpha3.compareTo(o.alpha3);
  }

  /** The alpha-3 code; {@link #parse} reads it back. */
  @Override
  public String toString() {
    return alpha3;
  }
}
