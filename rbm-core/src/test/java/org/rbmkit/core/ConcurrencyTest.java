package org.rbmkit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.testing.SameInEveryThread;
import org.rbmkit.core.iati.ActivityRead;
import org.rbmkit.core.iati.IatiReader;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.staff.Grade;

/**
 * The JSON and IATI readers, the model and its arithmetic shared by 8 threads on the same inputs
 * give results equal to one thread's.
 */
class ConcurrencyTest {

  @Test
  void framework_readWriteAndWalk() throws Exception {
    byte[] json;
    try (InputStream in = ConcurrencyTest.class.getResourceAsStream("/frameworks/ilo-pb-2024-25.json")) {
      assertThat(in).isNotNull();
      json = in.readAllBytes();
    }
    ResultsFramework shared = RbmJson.mapper().readValue(json, ResultsFramework.class);
    SameInEveryThread.check("read", () -> RbmJson.mapper().readValue(json, ResultsFramework.class));
    SameInEveryThread.check("write", () -> RbmJson.mapper().writeValueAsString(shared));
    SameInEveryThread.check("toString", shared::toString);
  }

  @Test
  void parsersAndMoney() throws Exception {
    List<String> amounts = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      amounts.add("EUR " + (i * 7919L % 100_000) + "." + (i % 100 < 10 ? "0" : "") + (i % 100));
    }
    SameInEveryThread.check(
        "money",
        () -> {
          List<Money> parsed = amounts.stream().map(Money::parse).toList();
          return List.of(Money.total(Currencies.of("EUR"), parsed), parsed);
        });
    SameInEveryThread.check(
        "periods and grades",
        () ->
            List.of(
                Period.parse("2024-25"), Period.parse("2022-2025"), Period.parse("2024-Q3"),
                Period.parse("2024-01-01/2024-06-30"), Grade.parse("P .5"), Grade.parse("NO-B")));
  }

  @Test
  void iati_reader() throws Exception {
    byte[] xml;
    try (InputStream in =
        ConcurrencyTest.class.getResourceAsStream(
            "/org/rbmkit/core/iati/IatiFuzzTestInputs/read/activity")) {
      assertThat(in).isNotNull();
      xml = in.readAllBytes();
    }
    IatiReader reader = IatiReader.lenient();
    SameInEveryThread.check(
        "IATI read",
        () -> {
          List<ActivityRead> reads = new ArrayList<>();
          reader.read(new ByteArrayInputStream(xml), reads::add);
          return reads;
        });
  }
}
