package org.rbmkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;

class CodesTest {

  private static final String RULE =
      "must be 1–32 letters or digits, optionally separated by '.', '-' or '_',"
          + " such as 3, 3.2 or A";

  @Test
  void codesOfTheRule_areReturnedAsGiven() {
    for (String code : new String[] {"3", "3.2", "A", "CR-2.1", "a_b", "x".repeat(32), "2024"}) {
      assertThat(Codes.check(code, "result")).isSameAs(code);
    }
  }

  @Test
  void otherCodes_areRefused_namingWhatAndTheCode() {
    for (String code : new String[] {"", "3..2", ".3", "3.", "3 2", "é", "x".repeat(33), "3--2"}) {
      assertThatThrownBy(() -> Codes.check(code, "indicator"))
          .as(code)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("indicator code \"" + Shown.value(code) + "\" " + RULE);
    }
    assertThatThrownBy(() -> Codes.check(null, "result"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("result code");
  }

  @Test
  void aHostileCode_isShownAbbreviatedAndEscaped() {
    // 37 characters kept: a, the line feed, b and 34 c
    assertThatThrownBy(() -> Codes.check("a\nb" + "c".repeat(100), "result"))
        .hasMessage("result code \"a\\u000Ab" + "c".repeat(34) + "...\" " + RULE);
  }

  @Test
  void resultsAndIndicators_followTheOneRule() {
    LocalizedText title = LocalizedText.of("en", "Title");
    assertThatThrownBy(() -> ResultNode.builder("3..2", ResultLevel.OUTCOME, title).build())
        .hasMessageContaining("result code \"3..2\" " + RULE);
    assertThatThrownBy(() -> Indicator.builder("3..2", title, Measure.UNIT).build())
        .hasMessageContaining("indicator code \"3..2\" " + RULE);
  }

  @Test
  void identifiers_are1To64LettersDigitsDotsHyphensOrUnderscores_inAnyOrder() {
    for (String id : new String[] {"RB", "rb-2024", "a.b_c", "-x-", "..", "x".repeat(64)}) {
      assertThat(Codes.checkIdentifier(id, "fund code")).isSameAs(id);
    }
    for (String id : new String[] {"", "a b", "é", "x".repeat(65), "a/b"}) {
      assertThatThrownBy(() -> Codes.checkIdentifier(id, "post code"))
          .as(id)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "post code \""
                  + Shown.value(id)
                  + "\" must be 1–64 letters, digits, '.', '_' or '-'");
    }
    assertThatThrownBy(() -> Codes.checkIdentifier(null, "fund code"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("fund code");
  }
}
