package org.rbmkit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.rbmkit.core.json.RbmJson;

class MoneyTest {

  @Test
  void equality_isNumericWhateverThePrintedScale() {
    new EqualsTester()
        .addEqualityGroup(Money.of("EUR", 5), Money.of("EUR", "5.0"), Money.of("EUR", "5.00"), Money.parse("EUR 5.00"))
        .addEqualityGroup(Money.of("EUR", "5.01"))
        .addEqualityGroup(Money.of("USD", 5))
        .addEqualityGroup(Money.zero("EUR"), Money.of("EUR", "0.00"), Money.of("EUR", "-0"))
        .testEquals();
  }

  @ParameterizedTest
  @CsvSource({
    "EUR 60535000.00, EUR 60535000.00",
    "EUR 5, EUR 5.00",
    "EUR -1250.5, EUR -1250.50",
    "JPY 1000, JPY 1000",
    "CHF 0.05, CHF 0.05",
  })
  void parse_readsTheCanonicalTextBack(String text, String canonical) {
    Money m = Money.parse(text);
    assertThat(m).hasToString(canonical);
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "EUR 1,5|cannot parse money \"EUR 1,5\": expected an ISO 4217 code, a space and a plain decimal, as in \"EUR 1250.50\"",
        "eur 1|cannot parse money \"eur 1\": expected an ISO 4217 code, a space and a plain decimal, as in \"EUR 1250.50\"",
        "EUR 1e3|cannot parse money \"EUR 1e3\": expected an ISO 4217 code, a space and a plain decimal, as in \"EUR 1250.50\"",
        "EUR 1.234|amount 1.234 has 3 decimal places; EUR allows at most 2 (round it explicitly first)",
        "JPY 1.5|amount 1.5 has 1 decimal places; JPY allows at most 0 (round it explicitly first)",
        "XXX 1|currency XXX has no minor unit and is not money",
        "ABC 1|currency \"ABC\" is not an ISO 4217 code",
      })
  void parse_rejectsWithAMessageNamingTheValue(String text, String message) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void of_rejectsHugeAmountsAndBadCodes() {
    assertThatThrownBy(() -> Money.of("EUR", new BigDecimal("1e30")))
        .hasMessage("amount 1E+30 has more than 24 integer digits");
    assertThatThrownBy(() -> Currencies.of("euro"))
        .hasMessage("currency \"euro\" is not a three-letter ISO 4217 code such as EUR");
    for (String code : List.of("eur", "EU", "EURO", "E1R", "ÉUR", "EU ", "@UR", "EU[", "")) {
      assertThatThrownBy(() -> Currencies.of(code))
          .as(code)
          .hasMessage("currency \"" + code + "\" is not a three-letter ISO 4217 code such as EUR");
    }
    assertThat(Currencies.of("XOF").getDefaultFractionDigits()).isZero();
    assertThatThrownBy(() -> Money.of("EUR", "abc")).hasMessage("amount \"abc\" is not a decimal number");
  }

  @Test
  void arithmetic_isExactOrTakesARoundingMode() {
    Money a = Money.of("EUR", "1250.50");
    assertThat(a.plus(Money.of("EUR", "0.50"))).isEqualTo(Money.of("EUR", 1251));
    assertThat(a.minus(a)).isEqualTo(Money.zero("EUR"));
    assertThat(a.negated().abs()).isEqualTo(a);
    assertThat(a.multipliedBy(3)).isEqualTo(Money.of("EUR", "3751.50"));
    // seed 003 l.4480-4540: zero real growth at 4.6 % inflation
    assertThat(Money.of("EUR", "100.00").multipliedBy(new BigDecimal("1.046"), RoundingMode.HALF_UP))
        .isEqualTo(Money.of("EUR", "104.60"));
    assertThat(Money.of("EUR", 10).dividedBy(new BigDecimal(3), RoundingMode.HALF_EVEN))
        .isEqualTo(Money.of("EUR", "3.33"));
    assertThatThrownBy(() -> Money.of("EUR", 10).dividedBy(new BigDecimal(3), RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> Money.of("EUR", 10).dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP))
        .isInstanceOf(ArithmeticException.class)
        .hasMessage("division of EUR 10.00 by zero");
    assertThat(Money.total(Currencies.of("EUR"), List.of())).isEqualTo(Money.zero("EUR"));
  }

  @Test
  void differentCurrencies_neverMix() {
    assertThatThrownBy(() -> Money.of("EUR", 1).plus(Money.of("USD", 1)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: EUR and USD do not mix without an explicit exchange rate");
    assertThatThrownBy(() -> Money.total(Currencies.of("EUR"), List.of(Money.of("CHF", 1))))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void exchangeRate_convertsWithAStatedRounding() {
    ExchangeRate usdEur =
        new ExchangeRate(
            Currencies.of("USD"), Currencies.of("EUR"), new BigDecimal("0.92"), LocalDate.of(2023, 1, 1), ExchangeRateKind.BUDGET);
    assertThat(usdEur.convert(Money.of("USD", "1000.00"), RoundingMode.HALF_EVEN)).isEqualTo(Money.of("EUR", 920));
    assertThat(usdEur.inverse(4, RoundingMode.HALF_UP).rate()).isEqualByComparingTo("1.087");
    assertThatThrownBy(() -> usdEur.convert(Money.of("EUR", 1), RoundingMode.HALF_UP))
        .isInstanceOf(CurrencyMismatchException.class);
    assertThatThrownBy(
            () -> new ExchangeRate(Currencies.of("USD"), Currencies.of("USD"), BigDecimal.ONE, LocalDate.of(2023, 1, 1), ExchangeRateKind.BUDGET))
        .hasMessage("exchange rate from USD to itself");
    new EqualsTester()
        .addEqualityGroup(
            usdEur,
            new ExchangeRate(Currencies.of("USD"), Currencies.of("EUR"), new BigDecimal("0.9200"), LocalDate.of(2023, 1, 1), ExchangeRateKind.BUDGET))
        .addEqualityGroup(
            new ExchangeRate(Currencies.of("USD"), Currencies.of("EUR"), new BigDecimal("0.92"), LocalDate.of(2023, 1, 1), ExchangeRateKind.AVERAGE))
        .testEquals();
  }

  @Test
  void exchangeRate_jsonRoundTrips() {
    ExchangeRate r =
        new ExchangeRate(
            Currencies.of("CHF"), Currencies.of("EUR"), new BigDecimal("1.0250"), LocalDate.of(2024, 1, 31), ExchangeRateKind.OPERATIONAL);
    String json = RbmJson.mapper().writeValueAsString(r);
    assertThat(json.replaceAll("\\s", ""))
        .isEqualTo("{\"from\":\"CHF\",\"to\":\"EUR\",\"rate\":1.025,\"date\":\"2024-01-31\",\"kind\":\"operational\"}");
    assertThat(RbmJson.mapper().readValue(json, ExchangeRate.class)).isEqualTo(r);
  }

  @Test
  void amountUnit_readsTablesInThousandsWithoutLoss() {
    // seed 003 l.4544-4669: the main budget table is in thousands of euros
    Money m = AmountUnit.THOUSANDS.toMoney(Currencies.of("EUR"), new BigDecimal("60535"));
    assertThat(m).isEqualTo(Money.of("EUR", 60_535_000));
    assertThat(AmountUnit.THOUSANDS.inUnit(Money.of("EUR", "1250.50"))).isEqualTo(new BigDecimal("1.2505"));
    assertThat(AmountUnit.fromCode("millions")).isEqualTo(AmountUnit.MILLIONS);
    assertThatThrownBy(() -> AmountUnit.fromCode("k"))
        .hasMessage("amount unit \"k\" is not one of units, thousands, millions");
  }

  @Test
  void json_writesCurrencyAndExactAmount() {
    Money m = Money.of("EUR", "1250.5");
    String json = RbmJson.mapper().writeValueAsString(m);
    assertThat(json.replaceAll("\\s", "")).isEqualTo("{\"currency\":\"EUR\",\"amount\":1250.50}");
    assertThat(RbmJson.mapper().readValue(json, Money.class)).isEqualTo(m);
  }
}
