package org.rbmkit.budget.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.budget.resources.SmallPlan.COL;
import static org.rbmkit.budget.resources.SmallPlan.shares;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.money.Money;

/** Equality of the resource values: scale does not matter, every component does. */
class ResourceValuesTest {

  @Test
  void allocations_equalWhateverTheScaleOfTheirFigures() {
    new EqualsTester()
        .addEqualityGroup(
            new Allocation("a", "l", COL, AmountKind.PLANNED, new BigDecimal("10"),
                shares("1", "50", "2", "50"), Map.of()),
            new Allocation("a", "l", COL, AmountKind.PLANNED, new BigDecimal("10.00"),
                shares("1", "50.0", "2", "50"), Map.of()))
        .addEqualityGroup(new Allocation("a", "l", COL, AmountKind.ACTUAL, BigDecimal.TEN,
            shares("1", "50", "2", "50"), Map.of()))
        .addEqualityGroup(new Allocation("a", "l", COL, AmountKind.PLANNED, BigDecimal.TEN,
            shares("1", "40", "2", "60"), Map.of()))
        .addEqualityGroup(new Allocation("a", "l", COL, AmountKind.PLANNED, BigDecimal.TEN,
            shares("1", "50", "2", "50"), Map.of("sdg", "4")))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(new ResourcePlan.SecuredFunding("1", "f", COL, new BigDecimal("5.0")),
            new ResourcePlan.SecuredFunding("1", "f", COL, new BigDecimal("5")))
        .addEqualityGroup(new ResourcePlan.SecuredFunding("2", "f", COL, new BigDecimal("5")))
        .testEquals();
  }

  @Test
  void totals_equalWhateverTheOrderOfTheirEntries() {
    ResourceTotals.Entry a = new ResourceTotals.Entry("1", COL, "f", AmountKind.PLANNED, Money.of("EUR", 5));
    ResourceTotals.Entry b = new ResourceTotals.Entry("1", COL, "f", AmountKind.PLANNED, Money.of("EUR", 7));
    ResourceTotals.Entry c = new ResourceTotals.Entry("2", COL, "f", AmountKind.ACTUAL, Money.of("EUR", 1));
    new EqualsTester()
        .addEqualityGroup(ResourceTotals.of(Money.zero("EUR").currency(),
                java.util.List.of(a, b, c)),
            ResourceTotals.of(Money.zero("EUR").currency(), java.util.List.of(c, b, a)))
        .addEqualityGroup(ResourceTotals.of(Money.zero("EUR").currency(), java.util.List.of(a)))
        .testEquals();
    assertThat(ResourceTotals.of(Money.zero("EUR").currency(), java.util.List.of(a, b)).sums())
        .containsExactly(Map.entry(new ResourceTotals.Key("1", COL, "f", AmountKind.PLANNED),
            Money.of("EUR", 12)));
  }
}
