package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Randomised round trips: any activity the writer accepts reads back equal, without a structural
 * error, and (every fifth document) validates against the IATI 2.03 schema.
 */
class IatiRoundTripPropertiesTest {

  private static final long SEED = 20261128L;
  private static final int CASES = 400;
  private static final String TRICKY = "aZ é€𝄞<>&\"' \t\n\r;=/";
  private static final List<String> LANGUAGES = List.of("en", "fr", "es", "pt-BR");
  private static final List<String> CURRENCIES = List.of("EUR", "USD", "CHF", "JPY", "XOF");

  @Test
  void writeThenRead_givesTheSameActivity() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < CASES; i++) {
      List<IatiActivity> activities = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int k = 0; k < n; k++) {
        activities.add(new Generator(random).activity());
      }
      String xml = IatiWriter.toXml(activities);
      String context = "seed " + SEED + ", case " + i;
      if (i % 5 == 0) {
        IatiAnnotatedExampleTest.validate(xml);
      }
      List<ActivityRead> reads =
          IatiReader.lenient()
              .readAll(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
      assertThat(reads).as(context).hasSize(n);
      for (int k = 0; k < n; k++) {
        assertThat(reads.get(k).errors()).as(context).isEmpty();
        assertThat(reads.get(k).skipped()).as(context).isEmpty();
        IatiActivity back = reads.get(k).activity().orElseThrow();
        if (!back.equals(activities.get(k))) {
          // field by field, to show where they differ
          assertThat(back).as(context).usingRecursiveComparison().isEqualTo(activities.get(k));
        }
        assertThat(back).as(context).isEqualTo(activities.get(k));
      }
    }
  }

  /** Generates activities the writer accepts, with text that tests escaping. */
  private static final class Generator {
    private final SplittableRandom r;
    private Optional<String> defaultCurrency = Optional.empty();

    Generator(SplittableRandom r) {
      this.r = r;
    }

    IatiActivity activity() {
      defaultCurrency = maybe(() -> pick(CURRENCIES));
      return new IatiActivity(
          text(1, 12).strip().isEmpty() ? "ID-1" : text(1, 12).strip() + "-ID",
          maybe(() -> pick(LANGUAGES)),
          defaultCurrency,
          new IatiOrganisation(
              Optional.of(text(0, 8)),
              Optional.of(text(0, 3)),
              Optional.empty(),
              maybe(r::nextBoolean),
              narratives(1)),
          narratives(1),
          list(1, 2, () -> new IatiDescription(maybe(() -> text(0, 2)), narratives(1))),
          list(
              1,
              2,
              () ->
                  new IatiOrganisation(
                      maybe(() -> text(0, 8)),
                      maybe(() -> text(0, 3)),
                      Optional.of(text(0, 2)),
                      Optional.empty(),
                      narratives(0))),
          text(0, 2),
          list(1, 2, () -> new IatiActivityDate(text(0, 2), date(), narratives(0))),
          list(
              0,
              3,
              () ->
                  new IatiBudget(
                      maybe(() -> text(0, 2)), maybe(() -> text(0, 2)), date(), date(), amount())),
          list(
              0,
              3,
              () ->
                  new IatiPlannedDisbursement(
                      maybe(() -> text(0, 2)), date(), maybe(this::date), amount())),
          list(0, 3, () -> new IatiTransaction(text(0, 2), date(), amount())),
          list(0, 3, this::result));
    }

    IatiResult result() {
      return new IatiResult(
          text(0, 3),
          maybe(r::nextBoolean),
          narratives(1),
          narratives(0),
          list(0, 2, () -> reference()),
          list(1, 3, this::indicator));
    }

    IatiIndicator indicator() {
      return new IatiIndicator(
          r.nextBoolean() ? String.valueOf(1 + r.nextInt(5)) : text(0, 4),
          maybe(r::nextBoolean),
          maybe(r::nextBoolean),
          narratives(1),
          narratives(0),
          list(0, 2, this::reference),
          list(0, 2, () -> new IatiBaseline(1 + r.nextInt(9999), maybe(this::date), value())),
          list(
              0,
              3,
              () ->
                  new IatiPeriod(
                      date(), date(), list(0, 2, this::value), list(0, 2, this::value))));
    }

    IatiReference reference() {
      return new IatiReference(
          text(0, 3), text(0, 5), maybe(() -> "http://example.org/i/" + r.nextInt(1000)));
    }

    IatiIndicatorValue value() {
      return new IatiIndicatorValue(
          maybe(() -> r.nextBoolean() ? decimal().toPlainString() : text(0, 10)),
          list(0, 2, () -> text(0, 6)),
          list(0, 2, () -> new IatiDimension(text(0, 5), text(0, 5))),
          narratives(0));
    }

    IatiAmount amount() {
      Optional<String> currency = r.nextBoolean() ? Optional.of(pick(CURRENCIES)) : defaultCurrency;
      return new IatiAmount(decimal(), currency, date());
    }

    BigDecimal decimal() {
      return BigDecimal.valueOf(r.nextLong(-1_000_000_000L, 1_000_000_000L), r.nextInt(4));
    }

    LocalDate date() {
      return LocalDate.ofEpochDay(
          r.nextLong(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2040, 1, 1).toEpochDay()));
    }

    ImmutableList<Narrative> narratives(int min) {
      return list(min, 3, () -> new Narrative(maybe(() -> pick(LANGUAGES)), text(0, 20)));
    }

    String text(int min, int max) {
      int length = min + r.nextInt(max - min + 1);
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < length; i++) {
        int at = r.nextInt(TRICKY.length());
        if (Character.isSurrogate(TRICKY.charAt(at))) {
          b.append("𝄞");
        } else {
          b.append(TRICKY.charAt(at));
        }
      }
      return b.toString();
    }

    <T> ImmutableList<T> list(int min, int max, Supplier<T> item) {
      int n = min + r.nextInt(max - min + 1);
      ImmutableList.Builder<T> b = ImmutableList.builder();
      for (int i = 0; i < n; i++) {
        b.add(item.get());
      }
      return b.build();
    }

    <T> Optional<T> maybe(Supplier<T> value) {
      return r.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }

    <T> T pick(List<T> values) {
      return values.get(r.nextInt(values.size()));
    }
  }
}
