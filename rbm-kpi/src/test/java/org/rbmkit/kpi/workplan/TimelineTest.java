package org.rbmkit.kpi.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.rbmkit.core.period.Quarter;

class TimelineTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        // seed 000 l.152
        "T1, 2024            | Q1 2024              | 2024-03-31",
        // seed 000 l.151
        "T2, 2024            | Q2 2024              | 2024-06-30",
        // seed 000 l.174
        "T2 et T3, 2024      | Q2 and Q3 2024       | 2024-09-30",
        // seed 000 l.153
        "En cours            | ongoing              |",
        // seed 000 l.220
        "En cours T4, 2024   | ongoing from Q4 2024 |",
        // seed 000 l.181
        "2024                | 2024                 | 2024-12-31",
        "Q1 2022             | Q1 2022              | 2022-03-31",
        "2022-Q1             | Q1 2022              | 2022-03-31",
        "T1 2024             | Q1 2024              | 2024-03-31",
        "'T1, T2 et T4, 2024'| 'Q1, Q2 and Q4 2024' | 2024-12-31",
        "Q2 and Q3 2024      | Q2 and Q3 2024       | 2024-09-30",
        "Q3 and Q2 2024      | Q2 and Q3 2024       | 2024-09-30",
        "en cours            | ongoing              |",
        "Ongoing             | ongoing              |",
        "ongoing from Q4 2024| ongoing from Q4 2024 |",
        "by end of March 2022| by 2022-03-31        | 2022-03-31",
        "by end of february 2024| by 2024-02-29     | 2024-02-29",
        "fin mars 2022       | by 2022-03-31        | 2022-03-31",
        "d'ici fin juin 2023 | by 2023-06-30        | 2023-06-30",
        "by 15 May 2023      | by 2023-05-15        | 2023-05-15",
        "by 2022-03-31       | by 2022-03-31        | 2022-03-31",
        "'  T2   et T3,  2024 '| Q2 and Q3 2024     | 2024-09-30",
      })
  void parse_acceptsFrenchAndEnglishForms(String text, String canonical, LocalDate due) {
    Timeline t = Timeline.parse(text);
    assertThat(t.toString()).isEqualTo(canonical);
    assertThat(t.dueDate().orElse(null)).isEqualTo(due);
    assertThat(Timeline.parse(t.toString())).isEqualTo(t);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "T5, 2024", "T2 et T2, 2024", "Q1 2024 and Q2 2025", "<p>En cours</p>", "Encours",
        "en Cours", "t1, 2024", "T1, 24", "Q1, 2024 et", "by end of Smarch 2022",
        "by 31 February 2022", "by 2022-02-30", "ongoing from T4 2024", "En cours Q4, 2024",
        "1899", "sometime", "Q0 2024", "2024-Q5", "by end of mars 2022", "fin March 2022"
      })
  void parse_rejectsOtherForms_namingTheInputAndListingTheForms(String text) {
    assertThatThrownBy(() -> Timeline.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot parse timeline \"" + text + "\"")
        .hasMessageContaining("T2 et T3, 2024")
        .hasMessageContaining("by end of March 2022");
  }

  @Test
  void parse_longInput_isShortenedInTheMessage() {
    String text = "T1, 2024 ".repeat(30);
    assertThatThrownBy(() -> Timeline.parse(text))
        .hasMessageContaining("...\"")
        .hasMessageNotContaining(text);
  }

  @Test
  void ongoing_isNeverPastDue() {
    assertThat(Timeline.ONGOING.isPastDueOn(LocalDate.of(2100, 1, 1))).isFalse();
    assertThat(new Timeline.OngoingFrom(Quarter.of(2024, 4)).isPastDueOn(LocalDate.of(2100, 1, 1)))
        .isFalse();
    Timeline q1 = Timeline.parse("T1, 2024");
    assertThat(q1.isPastDueOn(LocalDate.of(2024, 3, 31))).isFalse();
    assertThat(q1.isPastDueOn(LocalDate.of(2024, 4, 1))).isTrue();
  }

  @Test
  void constructors_rejectBadComponents() {
    assertThatThrownBy(() -> new Timeline.Quarters(2024, Set.of()))
        .hasMessageContaining("names no quarter");
    assertThatThrownBy(() -> new Timeline.Quarters(2024, Set.of(5))).hasMessageContaining("5");
    assertThatThrownBy(() -> new Timeline.Year(1800)).hasMessageContaining("1800");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(Timeline.parse("T1, 2024"), Timeline.parse("Q1 2024"), Timeline.Quarters.of(Quarter.of(2024, 1)))
        .addEqualityGroup(Timeline.parse("T2 et T3, 2024"), new Timeline.Quarters(2024, Set.of(3, 2)))
        .addEqualityGroup(Timeline.parse("2024"), new Timeline.Year(2024))
        .addEqualityGroup(Timeline.ONGOING, Timeline.parse("En cours"))
        .addEqualityGroup(Timeline.parse("En cours T4, 2024"), new Timeline.OngoingFrom(Quarter.of(2024, 4)))
        .addEqualityGroup(Timeline.parse("by end of March 2022"), new Timeline.ByDate(LocalDate.of(2022, 3, 31)))
        .testEquals();
  }

  @Test
  void parseOfToString_isIdentity_forRandomTimelines() {
    long seed = 20241128L;
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < 5_000; i++) {
      Timeline t = randomTimeline(random);
      assertThat(Timeline.parse(t.toString())).as("seed %s, case %s: %s", seed, i, t).isEqualTo(t);
    }
  }

  static Timeline randomTimeline(SplittableRandom random) {
    int year = random.nextInt(1990, 2100);
    switch (random.nextInt(5)) {
      case 0:
        return new Timeline.Year(year);
      case 1:
        Set<Integer> qs = new TreeSet<>();
        int n = random.nextInt(1, 5);
        while (qs.size() < n) {
          qs.add(random.nextInt(1, 5));
        }
        return new Timeline.Quarters(year, qs);
      case 2:
        return Timeline.ONGOING;
      case 3:
        return new Timeline.OngoingFrom(Quarter.of(year, random.nextInt(1, 5)));
      default:
        return new Timeline.ByDate(LocalDate.ofEpochDay(random.nextLong(7_000, 40_000)));
    }
  }
}
