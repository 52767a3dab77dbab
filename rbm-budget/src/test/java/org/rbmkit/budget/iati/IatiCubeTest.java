package org.rbmkit.budget.iati;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.iati.IatiActivity;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.money.Money;

class IatiCubeTest {

  private static final String HEAD = "<iati-activity default-currency=\"EUR\">"
      + "<iati-identifier>%s</iati-identifier><reporting-org ref=\"XM\" type=\"40\">"
      + "<narrative>x</narrative></reporting-org><title><narrative>x</narrative></title>"
      + "<description><narrative>x</narrative></description>"
      + "<participating-org ref=\"XM\" role=\"4\"/><activity-status code=\"2\"/>"
      + "<activity-date type=\"1\" iso-date=\"2024-01-01\"/>";

  private static String tx(String type, String amount, String currency, String inner) {
    return "<transaction><transaction-type code=\"" + type + "\"/><transaction-date"
        + " iso-date=\"2024-03-01\"/><value" + (currency == null ? "" : " currency=\"" + currency
        + "\"") + " value-date=\"2024-03-01\">" + amount + "</value>" + inner + "</transaction>";
  }

  /** Activity A: two sectors 60/40, Kenya 50 % and a region 50 %, SDG 8 and target 4.4. */
  private static List<IatiActivity> activities() {
    String a = String.format(HEAD, "XM-A")
        + "<recipient-country code=\"KE\" percentage=\"50\"/>"
        + "<recipient-region code=\"298\" percentage=\"50\"/>"
        + "<sector vocabulary=\"1\" code=\"11330\" percentage=\"60\"/>"
        + "<sector vocabulary=\"1\" code=\"11220\" percentage=\"40\"/>"
        + "<tag vocabulary=\"2\" code=\"8\"/><tag vocabulary=\"3\" code=\"4.4\"/>"
        + "<default-finance-type code=\"110\"/>"
        + tx("3", "1000.01", null, "")
        + tx("4", "500", null, "<recipient-country code=\"UG\"/><finance-type code=\"410\"/>")
        + tx("2", "999", null, "")                 // a commitment: not spending
        + tx("4", "100", "USD", "")                // no rate: listed
        + "</iati-activity>";
    String b = String.format(HEAD, "XM-B") + tx("4", "50", null, "") + "</iati-activity>";
    String xml = "<iati-activities version=\"2.03\">" + a + b + "</iati-activities>";
    return IatiReader.lenient().readAll(new ByteArrayInputStream(
            xml.getBytes(StandardCharsets.UTF_8))).stream()
        .map(r -> r.activity().orElseThrow()).toList();
  }

  @Test
  void splitsSpendingBySectorAndLocationPercentages_exactly() {
    IatiCube cube = IatiCube.of(activities(), Currency.getInstance("EUR"), List.of(),
        RoundingMode.HALF_EVEN);
    assertThat(cube.cells()).extracting(c -> c.financeType() + " " + c.sector() + " "
            + c.location() + " " + c.sdg() + " " + c.amount().toPlainString())
        .containsExactly(
            "110 1:11220 KE 4+8 200.002",          // 1000.01 × 40 % × 50 %
            "110 1:11220 region:298 4+8 200.002",
            "110 1:11330 KE 4+8 300.003",          // 1000.01 × 60 % × 50 %
            "110 1:11330 region:298 4+8 300.003",
            "410 1:11220 UG 4+8 200.00",           // the transaction's own country and type
            "410 1:11330 UG 4+8 300.00",
            "untagged untagged untagged untagged 50.00");
    assertThat(cube.total()).isEqualTo(Money.of("EUR", "1550.01"));
    assertThat(cube.cells().stream().map(IatiCube.Cell::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1550.01");
    assertThat(cube.unconverted()).singleElement().satisfies(u -> {
      assertThat(u.where()).isEqualTo("transaction[4] type 4");
      assertThat(u.reason()).isEqualTo("no rate USD->EUR on or before 2024-03-01");
    });
  }

  @Test
  void percentagesThatDoNotSumTo100_leaveTheAmountWholeUnderEveryCode() {
    String xml = "<iati-activities version=\"2.03\">" + String.format(HEAD, "XM-C")
        + "<recipient-country code=\"KE\" percentage=\"50\"/>"
        + "<recipient-country code=\"UG\" percentage=\"40\"/>"
        + "<sector code=\"11330\"/><sector code=\"11220\"/>"
        + tx("3", "10", null, "") + "</iati-activity></iati-activities>";
    List<IatiActivity> one = IatiReader.lenient().readAll(new ByteArrayInputStream(
            xml.getBytes(StandardCharsets.UTF_8))).stream()
        .map(r -> r.activity().orElseThrow()).toList();
    IatiCube cube = IatiCube.of(one, Currency.getInstance("EUR"), List.of(),
        RoundingMode.HALF_EVEN);
    assertThat(cube.cells()).singleElement().satisfies(c -> {
      assertThat(c.sector()).isEqualTo("1:11220+1:11330");
      assertThat(c.location()).isEqualTo("KE+UG");
      assertThat(c.amount()).isEqualTo(new BigDecimal("10.00"));
    });
  }
}
