package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.examples.cli.RbmCommandsTest.EXAMPLES;
import static org.rbmkit.examples.cli.RbmCommandsTest.json;
import static org.rbmkit.examples.cli.RbmCommandsTest.rbm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rbmkit.examples.cli.RbmCommandsTest.Run;
import tools.jackson.databind.JsonNode;

/**
 * {@code rbm resources FILE.xml} on the illustrative IATI file docs/examples/iati-resources.xml
 * (two invented activities in EUR and in USD with one GBP expenditure) and its illustrative rates
 * (USD 0.92 from 2024-01-01, 0.90 from 2024-07-01, GBP 1.17 from 2024-01-01, all into EUR).
 */
class IatiResourcesCommandTest {

  static final String XML = EXAMPLES.resolve("iati-resources.xml").toString();
  static final String RATES = EXAMPLES.resolve("iati-resources-rates.json").toString();

  @TempDir Path tmp;

  /** {@code rbm resources} on the example file, amounts in EUR, with the given rates file. */
  static Run inEuro(String rates, String... more) {
    String[] args = {"resources", XML, "--currency", "EUR", "--rates", rates};
    String[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return rbm(all);
  }

  /** A rates file holding the one operational rate {@code from->to} from 2024-01-01. */
  private Path oneRate(String from, String to, String rate) throws IOException {
    Path rates = tmp.resolve("rates.json");
    Files.writeString(rates, "[{\"from\": \"%s\", \"to\": \"%s\", \"rate\": %s,"
        .formatted(from, to, rate)
        + " \"date\": \"2024-01-01\", \"kind\": \"operational\"}]", StandardCharsets.UTF_8);
    return rates;
  }

  @Test
  void rateThatTakesAnAmountBeyondMoney_namesActivityAmountAndRate() throws IOException {
    Run r = inEuro(oneRate("USD", "EUR", "99999999999999999999999").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("rbm resources: " + XML + ": activity XM-EX-2, budget"
        + " original committed 2024-01-01/2024-12-31: USD 200000.00 at the rate USD->EUR"
        + " 99999999999999999999999 of 2024-01-01: amount 19999999999999999999999800000.00 has"
        + " more than 24 integer digits");
  }

  @Test
  void ratesFileNotAnArray_saysWhatIsExpected() throws IOException {
    Path rates = tmp.resolve("object.json");
    Files.writeString(rates, "{\"from\": \"USD\"}", StandardCharsets.UTF_8);
    Run r = inEuro(rates.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("rbm resources: " + rates
        + ":1:1: expected a JSON array of exchange rates, found START_OBJECT");
  }

  @Test
  void twoRatesForOneDay_areAProblemOfTheRatesFile_namingBoth() throws IOException {
    Path rates = tmp.resolve("two-rates.json");
    Files.writeString(rates, """
        [{"from": "USD", "to": "EUR", "rate": 0.92, "date": "2024-01-01", "kind": "operational"},
         {"from": "USD", "to": "EUR", "rate": 0.92, "date": "2024-01-01", "kind": "operational"},
         {"from": "USD", "to": "EUR", "rate": 5, "date": "2024-01-01", "kind": "operational"}]
        """, StandardCharsets.UTF_8);
    Run r = inEuro(rates.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).isEqualTo("rbm resources: " + rates
        + ": [2]: a second rate USD->EUR on 2024-01-01: 5, where [0] gives 0.92");
  }

  @Test
  void text_showsExecutionFundingAchievementAndUnitCosts() {
    Run r = inEuro(RATES, "--at", "2025-06-30");
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .startsWith(XML + ": 2 activities, 3 budget columns; amounts in EUR, exact.\n")
        // XM-EX-2: budget USD 200 000 × 0.92 = 184 000; spending USD 80 000 × 0.92 (2024-05-10)
        // + USD 100 000 × 0.90 (2024-09-15) + GBP 5 000 × 1.17 = 169 450
        .contains("XM-EX-2   original committed   2024-01-01/2024-12-31  184 000            0"
            + "   169 450  92.1 %")
        .contains("XM-EX-1   original indicative  2024-01-01/2024-12-31  400 000      120 000"
            + "   360 000  90.0 %")
        // secured: USD 150 000 incoming commitment × 0.92; received: USD 100 000 × 0.92
        .contains("XM-EX-2   2024-01-01/2024-12-31  184 000  138 000    92 000   46 000    75.0 %")
        .contains("XM-EX-1   2025-01-01/2025-12-31  450 000  300 000         0  150 000    66.7 %")
        // 1000 of 1200 certified (83.3 %: at risk) and 54 % against 40 → 55 (93.3 %: on track);
        // the worst is at risk, which the execution rule reads as off track; 90 % spent of a
        // period wholly elapsed is within 10 points
        .contains("XM-EX-1   2024-01-01/2024-12-31  on-track 1, at-risk 1  at-risk    90.0 %"
            + "  100.0 %   400 000  off-track/as-expected")
        // 2025: no actual yet, 180 of 365 days elapsed, 450 000 × 180 / 365 = 221 917.8
        .contains("XM-EX-1   2025-01-01/2025-12-31  not-rated 2            not-rated  20.0 %"
            + "   49.3 %   221 918  not-rated/under-spent")
        .contains("XM-EX-2   2024-01-01/2024-12-31  on-track 1             on-track   92.1 %"
            + "  100.0 %   184 000  on-track/as-expected")
        // 360 000 / 1 000 certified; 169 450 / 44 courses = 3 851.14
        .contains("XM-EX-1   2024-01-01/2024-12-31  1.1     1           360 000  1 000       360")
        .contains("XM-EX-2   2024-01-01/2024-12-31  2.1     1           169 450     44     3 851")
        // the cube: XM-EX-1's 2024-25 spending 360 000 + 90 000 split Kenya 60 %, Uganda 40 %
        .contains("110           1:11330  KE          8    270 000\n"
            + "110           1:11330  UG          8    180 000\n"
            + "110           1:11330  region:298  4    169 450\n")
        .contains("total                                   619 450\n")
        .endsWith("Every budget and counted transaction is included.\n");
  }

  @Test
  void json_givesExactRatiosAndAmounts() {
    JsonNode j = json(inEuro(RATES, "--json", "--at", "2025-06-30", "--rule", "median"));
    assertThat(j.get("complete").asBoolean()).isTrue();
    assertThat(j.get("rollupRule").asString()).isEqualTo("median");
    JsonNode two = j.get("rows").get(2);
    assertThat(two.get("activity").asString()).isEqualTo("XM-EX-2");
    assertThat(two.get("spending").decimalValue()).isEqualByComparingTo("169450.00");
    assertThat(two.get("rate").asString()).isEqualTo("169450/184000");
    assertThat(two.get("gap").decimalValue()).isEqualByComparingTo("46000");
    assertThat(two.get("coverage").asString()).isEqualTo("138000/184000");
    JsonNode one = j.get("rows").get(0);
    // median of (on track, at risk): the worse of the two middle ones
    assertThat(one.get("rating").asString()).isEqualTo("at-risk");
    assertThat(one.get("indicators").get("on-track").asLong()).isEqualTo(1);
    assertThat(one.get("elapsed").asString()).isEqualTo("366/366");
    assertThat(j.get("rows").get(1).get("expected").decimalValue())
        .isEqualByComparingTo("221918");
    JsonNode cost = j.get("unitCosts").get(1);
    assertThat(cost.get("ratio").asString()).isEqualTo("169450/44");
    assertThat(cost.get("perUnit").decimalValue()).isEqualByComparingTo("3851");
    assertThat(j.get("cubeTotal").decimalValue()).isEqualByComparingTo("619450");
    JsonNode uganda = j.get("cube").get(1);
    assertThat(uganda.get("location").asString()).isEqualTo("UG");
    assertThat(uganda.get("financeType").asString()).isEqualTo("110");
    assertThat(uganda.get("sector").asString()).isEqualTo("1:11330");
    assertThat(uganda.get("sdg").asString()).isEqualTo("8");
    assertThat(uganda.get("amount").decimalValue()).isEqualByComparingTo("180000");
  }

  @Test
  void severalCurrenciesWithoutCurrency_isAUsageError() {
    Run r = rbm("resources", XML);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("rbm resources: " + XML + ": the activities' budgets and"
        + " transactions are in EUR, GBP, USD: give the currency to show with --currency CODE");
  }

  @Test
  void anAmountWithoutRate_isListed_exit1() throws IOException {
    Run r = inEuro(oneRate("USD", "EUR", "0.92").toString());
    assertThat(r.code()).isEqualTo(1);
    // without the GBP rate, 80 000 × 0.92 + 100 000 × 0.92 = 165 600
    assertThat(r.out()).contains("XM-EX-2   original committed   2024-01-01/2024-12-31  184 000"
            + "            0   165 600  90.0 %")
        .contains("1 spending amount is left out of the cube:\n  XM-EX-2 transaction[5] type 4:"
            + " GBP 5000 (2024-10-01): no rate GBP->EUR on or before 2024-10-01")
        .contains("1 amount is left out of the sums:\n  XM-EX-2 transaction[5] type 4: GBP 5000"
            + " (2024-10-01): no rate GBP->EUR on or before 2024-10-01");
  }

  @Test
  void aRateIntoAnotherCurrency_isBadInput() throws IOException {
    Path rates = oneRate("USD", "CHF", "0.8");
    Run r = inEuro(rates.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains(rates + ": [0]: the rate USD->CHF on 2024-01-01 does not"
        + " convert to EUR");
  }

  @Test
  void twoFiles_orJsonOptionsOnIati_areUsageErrors() {
    assertThat(rbm("resources", XML, RATES).err())
        .contains("give three JSON files, BUDGET FRAMEWORK ALLOCATIONS, or one IATI activity"
            + " file; got 2 files");
    Run r = rbm("resources", XML, "--currency", "EUR", "--column", "2024");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--column is for the JSON form");
  }
}
