package org.rbmkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.rbmkit.core.results.ResultLevel;

class ShownTest {

  @Test
  void shortValues_areShownWhole_controlCharactersEscaped() {
    assertThat(Shown.value("tutor-supported-online")).isEqualTo("tutor-supported-online");
    assertThat(Shown.value("a\nb\u007F")).isEqualTo("a\\u000Ab\\u007F");
    assertThat(Shown.value(null)).isEqualTo("null");
    assertThat(Shown.value("x".repeat(40))).isEqualTo("x".repeat(40));
  }

  @Test
  void longValues_keep37CharactersAndAnEllipsis_neverHalfASurrogatePair() {
    assertThat(Shown.value("x".repeat(1_000_000))).isEqualTo("x".repeat(37) + "...");
    // U+1F600 is two chars; the pair would straddle the cut at 37
    String s = "y".repeat(36) + "\uD83D\uDE00" + "z".repeat(10);
    assertThat(Shown.value(s)).isEqualTo("y".repeat(36) + "...");
    assertThat(Shown.value("\n".repeat(50))).isEqualTo("\\u000A".repeat(37) + "...");
  }

  @Test
  void coded_findsTheConstant_orListsEveryCodeInDeclarationOrder() {
    assertThat(Coded.fromCode(ResultLevel.class, "output", "result level"))
        .isSameAs(ResultLevel.OUTPUT);
    assertThatThrownBy(() -> Coded.fromCode(ResultLevel.class, "Output", "result level"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "result level \"Output\" is not one of impact, strategic-objective, outcome, enabler,"
                + " cross-cutting, output, activity");
    assertThatThrownBy(() -> Coded.fromCode(ResultLevel.class, null, "result level"))
        .hasMessageStartingWith("result level \"null\" is not one of");
  }

  @Test
  void coded_namesAnotherAcceptedForm() {
    assertThatThrownBy(() -> Coded.fromCode(ResultLevel.class, "x", "level", "level-N"))
        .hasMessageStartingWith("level \"x\" is not level-N or one of impact, ");
  }
}
