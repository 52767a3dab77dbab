package org.rbmkit.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalizedTextTest {

  @Test
  void of_keepsLanguagesSideBySideInTagOrder() {
    LocalizedText t =
        LocalizedText.of("fr", "Protection sociale universelle", "en", "Universal social protection");
    assertThat(t.languages()).containsExactly("en", "fr");
    assertThat(t.get("fr")).contains("Protection sociale universelle");
    assertThat(t.get("es")).isEmpty();
    assertThat(t.best("es", "fr")).isEqualTo("Protection sociale universelle");
    assertThat(t.best("es")).isEqualTo("Universal social protection");
    assertThat(t).hasToString("[en] Universal social protection | [fr] Protection sociale universelle");
  }

  @Test
  void with_addsOrReplacesALanguage() {
    LocalizedText t = LocalizedText.of("fr", "Résultat").with("en", "Outcome").with("fr", "Résultat 1");
    assertThat(t.asMap()).containsExactly(Map.entry("en", "Outcome"), Map.entry("fr", "Résultat 1"));
  }

  @Test
  void equality_isByTextsWhateverTheInsertionOrder() {
    new EqualsTester()
        .addEqualityGroup(
            LocalizedText.of("fr", "a", "en", "b"),
            LocalizedText.of("en", "b", "fr", "a"),
            LocalizedText.of(Map.of("fr", "a", "en", "b")))
        .addEqualityGroup(LocalizedText.of("fr", "a"))
        .addEqualityGroup(LocalizedText.of("fr", "A"))
        .testEquals();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "FR   | language tag \"FR\" is not a canonical BCP 47 tag such as fr, en or fr-CH (write fr)",
        "fr_CH| language tag \"fr_CH\" is not a BCP 47 tag such as fr, en or fr-CH",
        "und  | language tag \"und\" is not a canonical BCP 47 tag such as fr, en or fr-CH",
      })
  void of_rejectsBadTags(String tag, String message) {
    assertThatThrownBy(() -> LocalizedText.of(tag, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void of_rejectsBlankEmptyAndLongTexts() {
    assertThatThrownBy(() -> LocalizedText.of("fr", " "))
        .hasMessage("text in language fr is blank");
    assertThatThrownBy(() -> LocalizedText.of(Map.of()))
        .hasMessage("localized text needs at least one language");
    assertThatThrownBy(() -> LocalizedText.of("fr", "x".repeat(10_001)))
        .hasMessage("text in language fr has 10001 characters, more than 10000");
    assertThatThrownBy(() -> LocalizedText.of("fr", "a", "fr", "b"))
        .hasMessage("language fr given twice");
    assertThatThrownBy(() -> LocalizedText.of("fr", null))
        .isInstanceOf(NullPointerException.class);
  }
}
