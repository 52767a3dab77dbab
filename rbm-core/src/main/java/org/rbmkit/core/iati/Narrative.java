package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import org.rbmkit.core.text.LocalizedText;

/**
 * One IATI {@code narrative}: a text, with its {@code xml:lang} when the publisher gave one.
 *
 * <pre>{@code
 * Narrative n = Narrative.of("fr", "Nom de l'organisme");
 * Narrative d = Narrative.of("Organisation name");   // in the activity's default language
 * }</pre>
 *
 * <p>The text is kept exactly as published, spaces included; it may be empty (the schema allows
 * it). Immutable and thread-safe.
 *
 * @param language the {@code xml:lang} of the narrative; empty when it inherits the activity's
 * @param text the text as published
 */
public record Narrative(Optional<String> language, String text) {

  /** Checks the components. */
  public Narrative {
    checkNotNull(language, "language");
    checkNotNull(text, "text");
    language.ifPresent(l -> checkArgument(!l.isBlank(), "narrative language is blank"));
  }

  /** A narrative in the given language. */
  public static Narrative of(String language, String text) {
    return new Narrative(Optional.of(checkNotNull(language, "language")), text);
  }

  /** A narrative in the activity's default language. */
  public static Narrative of(String text) {
    return new Narrative(Optional.empty(), text);
  }

  /**
   * The narratives as a {@link LocalizedText}: a narrative without language takes {@code
   * defaultLanguage}; tags are put in canonical case ({@code EN} becomes {@code en}); identical
   * repeats collapse.
   *
   * @throws IllegalArgumentException if there is no narrative, a tag is not BCP 47, a text is
   *     blank, or one language has two different texts
   */
  public static LocalizedText toLocalizedText(List<Narrative> narratives, String defaultLanguage) {
    checkNotNull(narratives, "narratives");
    checkNotNull(defaultLanguage, "defaultLanguage");
    checkArgument(!narratives.isEmpty(), "no narrative to convert");
    TreeMap<String, String> texts = new TreeMap<>();
    for (Narrative n : narratives) {
      String tag = canonical(n.language.orElse(defaultLanguage));
      String previous = texts.putIfAbsent(tag, n.text);
      checkArgument(
          previous == null || previous.equals(n.text),
          "two different narratives in language %s: \"%s\" and \"%s\"",
          tag,
          previous,
          n.text);
    }
    return LocalizedText.of(texts);
  }

  /** The texts of the narratives in document order, for messages and tests. */
  static ImmutableList<String> texts(List<Narrative> narratives) {
    return narratives.stream().map(Narrative::text).collect(ImmutableList.toImmutableList());
  }

  private static String canonical(String tag) {
    try {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("language \"" + tag + "\" is not a BCP 47 tag", e);
    }
  }

  /** {@code [fr] Nom de l'organisme}, or the text alone without a language. */
  @Override
  public String toString() {
    return language.map(l -> "[" + l + "] ").orElse("") + text;
  }
}
