package org.rbmkit.budget.reserve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.budget.Seed003;
import org.rbmkit.budget.growth.Proration;
import org.rbmkit.budget.measure.MoneyRounding;
import org.rbmkit.budget.measure.Ratio;
import org.rbmkit.core.money.CurrencyMismatchException;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;

class ReserveSeedTest {

  private static Money eur(long v) {
    return Money.of("EUR", v);
  }

  private static Map<String, ReserveMovement> movements() {
    return ReserveMovement.byFund(Money.zero("EUR").currency(), Seed003.reserveFunds());
  }

  @Test
  void seed003_reserveFunds_closingBalances() {
    Map<String, ReserveMovement> m = movements();
    // seed 003 l.5404-5413: opening + additions − (use) = closing
    assertThat(m.get("campus-improvement").closing()).isEqualTo(eur(7_283_000)); // as printed
    assertThat(m.get("innovation").closing()).isEqualTo(eur(787_000)); // as printed
    assertThat(m.get("it-development").closing()).isEqualTo(eur(109_000)); // as printed
    // printed 1 070 000 (l.5413): 1 504 000 + 1 200 000 − 1 200 000 leaves the opening balance
    assertThat(m.get("fellowships").closing()).isEqualTo(eur(1_504_000));
    ReserveMovement all = m.values().stream().reduce(ReserveMovement::plus).orElseThrow();
    assertThat(all.additions()).isEqualTo(eur(2_400_000)); // = items 26-29, l.4655 (2 400 kEUR)
    assertThat(all.use()).isEqualTo(eur(4_425_000));
    assertThat(all.closing()).isEqualTo(eur(9_683_000));
    assertThat(all.netChange()).isEqualTo(eur(-2_025_000));
  }

  @Test
  void fellowshipFund_executionRate_at1August2023() {
    FundExecution f = new FundExecution(
        Biennium.parse("2022-23"),
        eur(1_200_000), // seed 003 l.4411 "1,2 million"; l.4426 refilled 600 000 a year
        LocalDate.of(2023, 8, 1), // seed 003 l.4427 "Au 1er août 2023"
        eur(302_400)); // seed 003 l.4428 "302 400 euros"
    assertThat(f.spent()).isEqualTo(eur(897_600));
    assertThat(f.executionRate()).isEqualTo(Ratio.of(new BigDecimal("897600"),
        new BigDecimal("1200000")));
    assertThat(f.executionRate().percent(1, RoundingMode.HALF_UP)).contains(new BigDecimal("74.8"));
    // seed 003 l.4428 "un taux d'exécution de 75 pour cent"
    assertThat(f.executionRate().percent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("75"));
    // seed 003 l.4428 "19 mois après le début de l'exercice biennal"
    assertThat(f.elapsedMonths()).isEqualTo(Ratio.of(BigDecimal.valueOf(19),
        BigDecimal.valueOf(24)));
    assertThat(f.elapsedDays()).isEqualTo(Ratio.of(BigDecimal.valueOf(577),
        BigDecimal.valueOf(730)));
    // time-prorated: 19/24 of 1.2 million would be spent; 75 % spent is a little behind
    assertThat(Proration.expectedSpending(eur(1_200_000), f.elapsedMonths(),
        MoneyRounding.of("1", RoundingMode.HALF_UP))).isEqualTo(eur(950_000));
  }

  @Test
  void equality() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(new ReserveMovement(eur(1), eur(2), eur(3)),
            new ReserveMovement(Money.of("EUR", "1.00"), eur(2), eur(3)))
        .addEqualityGroup(new ReserveMovement(eur(1), eur(3), eur(2)))
        .testEquals();
  }

  @Test
  void zeroAllocation_givesUndefinedRate() {
    FundExecution f = new FundExecution(Biennium.parse("2024-25"), eur(0),
        LocalDate.of(2024, 6, 1), eur(0));
    assertThat(f.executionRate().isDefined()).isFalse();
    assertThat(f.executionRate().percent(0, RoundingMode.HALF_UP)).isEmpty();
  }

  @Test
  void mixedCurrencies_andNegativeUse_areRejected() {
    assertThatThrownBy(() -> new ReserveMovement(eur(1), Money.of("USD", 1), eur(0)))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(() -> new ReserveMovement(eur(1), eur(1), eur(-1)))
        .hasMessageContaining("use EUR -1.00 is negative");
  }
}
