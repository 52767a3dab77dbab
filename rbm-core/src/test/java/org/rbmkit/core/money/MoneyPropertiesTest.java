package org.rbmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.json.RbmJson;

/** Seeded randomised properties of money; a failure names the seed and case to replay. */
class MoneyPropertiesTest {

  private static final long SEED = 0x5EED_2024_25L;
  private static final String[] CURRENCIES = {"EUR", "USD", "CHF", "JPY", "KWD"};

  static Money randomMoney(SplittableRandom r, String currency) {
    int digits = Currencies.of(currency).getDefaultFractionDigits();
    long unscaled = r.nextLong(-1_000_000_000_000L, 1_000_000_000_000L);
    return Money.of(currency, BigDecimal.valueOf(unscaled, r.nextInt(digits + 1)));
  }

  @Test
  void plus_isAssociativeAndCommutativeWithZeroAsIdentity() {
    SplittableRandom r = new SplittableRandom(SEED);
    for (int i = 0; i < 5_000; i++) {
      String c = CURRENCIES[r.nextInt(CURRENCIES.length)];
      Money a = randomMoney(r, c);
      Money b = randomMoney(r, c);
      Money d = randomMoney(r, c);
      String at = "seed " + SEED + " case " + i + ": " + a + ", " + b + ", " + d;
      assertThat(a.plus(b)).as(at).isEqualTo(b.plus(a));
      assertThat(a.plus(b).plus(d)).as(at).isEqualTo(a.plus(b.plus(d)));
      assertThat(a.plus(Money.zero(c))).as(at).isEqualTo(a);
      assertThat(a.minus(b).plus(b)).as(at).isEqualTo(a);
      assertThat(Money.total(Currencies.of(c), List.of(a, b, d))).as(at).isEqualTo(a.plus(b).plus(d));
    }
  }

  @Test
  void total_equalsTheSumOfItsPartsInAnyOrder() {
    SplittableRandom r = new SplittableRandom(SEED + 1);
    for (int i = 0; i < 500; i++) {
      List<Money> parts = new ArrayList<>();
      int n = r.nextInt(30);
      for (int k = 0; k < n; k++) {
        parts.add(randomMoney(r, "EUR"));
      }
      Money forward = Money.total(Currencies.of("EUR"), parts);
      java.util.Collections.shuffle(parts, new java.util.Random(r.nextLong()));
      assertThat(Money.total(Currencies.of("EUR"), parts)).as("seed %s case %s", SEED + 1, i).isEqualTo(forward);
    }
  }

  @Test
  void parseOfToString_andJsonWriteThenRead_areTheIdentity() {
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int i = 0; i < 3_000; i++) {
      Money m = randomMoney(r, CURRENCIES[r.nextInt(CURRENCIES.length)]);
      String at = "seed " + (SEED + 2) + " case " + i + ": " + m;
      assertThat(Money.parse(m.toString())).as(at).isEqualTo(m);
      assertThat(RbmJson.mapper().readValue(RbmJson.mapper().writeValueAsString(m), Money.class))
          .as(at)
          .isEqualTo(m);
    }
  }

  @Test
  void amountMinorLong_isTheExactMinorUnits_whenTheyFitALong() {
    SplittableRandom r = new SplittableRandom(SEED + 7);
    String[] currencies = {"EUR", "JPY", "KWD", "CLF"};
    BigDecimal max = BigDecimal.valueOf(Long.MAX_VALUE);
    for (int i = 0; i < 20_000; i++) {
      String c = currencies[r.nextInt(currencies.length)];
      int digits = Currencies.of(c).getDefaultFractionDigits();
      BigDecimal units =
          switch (r.nextInt(4)) {
            case 0 -> BigDecimal.valueOf(r.nextLong(-1_000_000L, 1_000_000L));
            // at the edge of a long, on both sides
            case 1 -> max.subtract(BigDecimal.valueOf(r.nextInt(3))).add(BigDecimal.valueOf(r.nextInt(3)));
            case 2 -> max.negate().add(BigDecimal.valueOf(r.nextInt(3))).subtract(BigDecimal.valueOf(r.nextInt(3)));
            default -> new BigDecimal((r.nextBoolean() ? "-" : "") + "9".repeat(1 + r.nextInt(22)));
          };
      Money m = Money.of(c, units.movePointLeft(digits));
      String at = "seed " + (SEED + 7) + " case " + i + ": " + m;
      boolean fits = units.abs().compareTo(max) <= 0;
      assertThat(m.amountMinorFitsLong()).as(at).isEqualTo(fits);
      if (fits) {
        assertThat(m.amountMinorLong()).as(at).isEqualTo(units.longValueExact());
      } else {
        assertThatThrownBy(m::amountMinorLong)
            .as(at)
            .isInstanceOf(ArithmeticException.class)
            .hasMessageContaining(c);
      }
    }
    assertThat(Money.of("EUR", "1250.50").amountMinorLong()).isEqualTo(125_050L);
    assertThat(Money.of("BHD", "1.5").amountMinorLong()).isEqualTo(1_500L);
    assertThat(Money.zero("JPY").negated().amountMinorLong()).isZero();
  }
}
