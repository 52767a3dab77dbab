package org.rbmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;

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
}
