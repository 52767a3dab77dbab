package org.rbmkit.core.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class GradeTest {

  /** Seed 003 Annex II: line, grade as printed (footnote markers removed), grade. */
  private static final String[][] ANNEX_II = {
    {"5496", "ADG", "ADG"},
    // l.5498 prints "D .25": grade "D .2" followed by footnote marker 5 (footnote at l.5533)
    {"5498", "D .2", "D-2"},
    {"5500", "D .1", "D-1"},
    {"5502", "P .5", "P-5"},
    {"5504", "P-4", "P-4"},
    {"5506", "P-3", "P-3"},
    {"5508", "P-2", "P-2"},
    {"5510", "P-1", "P-1"},
    {"5514", "G .7", "G-7"},
    {"5516", "G .6", "G-6"},
    {"5518", "G .5", "G-5"},
    {"5520", "G .4", "G-4"},
    {"5522", "G .3", "G-3"},
    {"5524", "G .2", "G-2"},
  };

  @Test
  void parse_readsEveryGradeSpellingOfSeed003AnnexII() {
    for (String[] row : ANNEX_II) {
      assertThat(Grade.parse(row[1]))
          .as("seed 003 l.%s \"%s\"", row[0], row[1])
          .hasToString(row[2]);
    }
  }

  @Test
  void annexII_printsExactlyTheTypedInSpellings() throws IOException {
    // Reads seed 003 lines 5496-5528 and takes each row's label, the text before its first
    // figure ("2,0") or dash; "Total" rows are skipped.
    List<String> lines = org.rbmkit.core.testing.Sources.seedLines("003_48c9e38aa93a128e.txt");
    Pattern row = Pattern.compile("(.+?) (?:[0-9]+,[0-9]|–).*");
    List<String[]> found = new ArrayList<>();
    for (int n = 5496; n <= 5528; n++) {
      String line = lines.get(n - 1).strip();
      Matcher m = row.matcher(line);
      if (line.isEmpty() || line.toUpperCase(java.util.Locale.ROOT).startsWith("TOTAL") || !m.matches()) {
        continue;
      }
      String label = m.group(1);
      if (n == 5498) {
        assertThat(label).isEqualTo("D .25");
        label = label.substring(0, label.length() - 1); // footnote marker 5
      }
      found.add(new String[] {String.valueOf(n), label});
    }
    assertThat(found).hasSize(ANNEX_II.length);
    for (int i = 0; i < found.size(); i++) {
      assertThat(found.get(i)).containsExactly(ANNEX_II[i][0], ANNEX_II[i][1]);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "P.5, P-5", "P .5, P-5", "P-4, P-4", "P5, P-5", "P 4, P-4", "D .2, D-2", "G.7, G-7",
    "' P-3 ', P-3", "NO-B, NO-B", "NO.C, NO-C", "NOA, NO-A", "USG, USG", "ASG, ASG"
  })
  void parse_acceptsTheSeedsSpellings(String text, String code) {
    assertThat(Grade.parse(text).code()).isEqualTo(code);
  }

  @ParameterizedTest
  @EnumSource(Grade.class)
  void parse_readsBackEveryCanonicalCode(Grade g) {
    assertThat(Grade.parse(g.toString())).isSameAs(g);
  }

  @ParameterizedTest
  @CsvSource({"p-4", "P-6", "D-3", "G-8", "P--4", "D .25", "NO-F", "X", "''"})
  void parse_rejectsOtherFormsListingTheAcceptedOnes(String text) {
    assertThatThrownBy(() -> Grade.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown grade \"" + text.strip() + "\": accepted forms are " + Grade.ACCEPTED_FORMS);
  }

  @Test
  void rank_ordersGradesBySeniorityAcrossCategories() {
    assertThat(Grade.USG.rank()).isGreaterThan(Grade.ADG.rank());
    assertThat(Grade.D_1.rank()).isGreaterThan(Grade.P_5.rank());
    assertThat(Grade.P_1.rank()).isGreaterThan(Grade.NO_E.rank());
    assertThat(Grade.NO_A.rank()).isGreaterThan(Grade.G_7.rank());
    assertThat(Grade.P_4.isAtLeast(Grade.P_4)).isTrue();
    assertThat(Grade.P_4.category()).isEqualTo(GradeCategory.PROFESSIONAL);
    assertThat(Grade.D_2.category()).isEqualTo(GradeCategory.DIRECTOR_AND_ABOVE);
  }
}
