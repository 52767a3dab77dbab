package org.rbmkit.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.RatioValue;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.ExchangeRate;
import org.rbmkit.core.money.ExchangeRateKind;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.staff.StaffTime;
import org.rbmkit.core.staff.StaffTimeUnit;

/**
 * Decimals of extreme exponent given to the model's constructors directly (not through JSON):
 * each is refused at once with an {@link IllegalArgumentException} whose message stays short,
 * never by building a billion-digit number or its text.
 */
class HostileValuesTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          money         | 1e999999999  | more than 24 integer digits
          money         | -1e999999999 | more than 24 integer digits
          money         | 1e-999999999 | 999999999 decimal places
          money         | 1E+2147483647  | more than 24 integer digits
          money         | -1E+2147483647 | more than 24 integer digits
          decimal value | 1E+2147483647  | more than 24 integer digits
          staff time    | 1E+2147483647  | at most 24 integer digits and 6 decimal places
          exchange rate | 1E+2147483647  | at most 24 integer digits and 24 decimal places
          exchange rate | 10E+2147483646 | at most 24 integer digits and 24 decimal places
          decimal value | 1e999999999  | more than 24 integer digits
          decimal value | -1e999999999 | more than 24 integer digits
          decimal value | 1e-999999999 | more than 12 decimal places
          ratio         | 1e999999999  | more than 24 integer digits
          ratio         | 1e-999999999 | more than 12 decimal places
          staff time    | 1e999999999  | at most 24 integer digits and 6 decimal places
          staff time    | -1e999999999 | at most 24 integer digits and 6 decimal places
          staff time    | 1e-999999999 | at most 24 integer digits and 6 decimal places
          exchange rate | 1e999999999  | at most 24 integer digits and 24 decimal places
          exchange rate | 1e-999999999 | at most 24 integer digits and 24 decimal places
          """)
  void extremeExponent_isRefusedAtOnce(String type, String number, String fragment) {
    Function<BigDecimal, Object> make =
        switch (type.strip()) {
          case "money" -> d -> Money.of(Currencies.of("EUR"), d);
          case "decimal value" -> DecimalValue::new;
          case "ratio" -> d -> RatioValue.of(d, BigDecimal.ONE);
          case "staff time" -> d -> new StaffTime(d, StaffTimeUnit.FTE);
          case "exchange rate" ->
              d ->
                  new ExchangeRate(
                      Currencies.of("EUR"), Currencies.of("USD"), d, LocalDate.of(2024, 1, 1),
                      ExchangeRateKind.BUDGET);
          default -> throw new IllegalArgumentException(type);
        };
    BigDecimal d = new BigDecimal(number.strip());
    Throwable thrown = assertTimeoutPreemptively(BOUND, () -> catchThrowable(() -> make.apply(d)));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(fragment.strip());
    assertThat(thrown.getMessage()).hasSizeLessThan(300);
  }

  @org.junit.jupiter.api.Test
  void sumsOfAmountsAtTheInputLimit_areExact() {
    // the input limit (24 integer digits) is for amounts that come in, not for their sums
    Money max = Money.of("EUR", "999999999999999999999999.99");
    assertThat(max.plus(max)).hasToString("EUR 1999999999999999999999999.98");
    assertThat(max.negated().minus(max)).hasToString("EUR -1999999999999999999999999.98");
    assertThat(Money.total(Currencies.of("EUR"), java.util.List.of(max, max, max)))
        .hasToString("EUR 2999999999999999999999999.97");
    assertThat(max.multipliedBy(3)).isEqualTo(max.plus(max).plus(max));
    // a computed amount is still bounded: a hostile exponent is refused from its size alone
    assertThat(catchThrowable(() -> Money.ofTotal(Currencies.of("EUR"), new BigDecimal("1E+2147483647"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 1000 integer digits");
  }
}
