package org.rbmkit.core.text;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text in one or more languages side by side, keyed by BCP 47 language tag.
 *
 * <pre>{@code
 * LocalizedText title = LocalizedText.of(
 *     "fr", "Protection sociale universelle",
 *     "en", "Universal social protection");
 * title.get("fr");            // Optional[Protection sociale universelle]
 * title.languages();          // [en, fr]
 * title.with("es", "Protección social universal");
 * }</pre>
 *
 * <p>There is always at least one language. Tags are well-formed BCP 47 tags in their canonical
 * case ({@code fr}, {@code en}, {@code fr-CH}); texts are not blank and are kept exactly as given
 * (no trimming). Entries are ordered by tag, so equal texts print and serialise identically.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocalizedText {

  /** The longest text accepted in one language, in characters. */
  public static final int MAX_LENGTH = 10_000;

  private final ImmutableSortedMap<String, String> texts;

  private LocalizedText(ImmutableSortedMap<String, String> texts) {
    this.texts = texts;
  }

  /**
   * The texts of the given map, language tag to text.
   *
   * @throws IllegalArgumentException if the map is empty, a tag is not a canonical BCP 47 tag or
   *     a text is blank or longer than {@value #MAX_LENGTH} characters
   */
  public static LocalizedText of(Map<String, String> texts) {
    checkNotNull(texts, "texts");
    checkArgument(!texts.isEmpty(), "localized text needs at least one language");
    ImmutableSortedMap.Builder<String, String> b = ImmutableSortedMap.naturalOrder();
    for (Map.Entry<String, String> e : texts.entrySet()) {
      String tag = checkLanguageTag(e.getKey());
      String text = checkNotNull(e.getValue(), "text in %s", tag);
      checkArgument(!text.isBlank(), "text in language %s is blank", tag);
      checkArgument(
          text.length() <= MAX_LENGTH,
          "text in language %s has %s characters, more than %s",
          tag,
          text.length(),
          MAX_LENGTH);
      b.put(tag, text);
    }
    return new LocalizedText(b.buildOrThrow());
  }

  /** A text in one language: {@code LocalizedText.of("fr", "Résultat 1")}. */
  public static LocalizedText of(String language, String text) {
    checkNotNull(language, "language");
    checkNotNull(text, "text");
    return of(Map.of(language, text));
  }

  /** A text in two languages, typically French and English. */
  public static LocalizedText of(String language1, String text1, String language2, String text2) {
    checkNotNull(language1, "language1");
    checkNotNull(language2, "language2");
    checkNotNull(text1, "text1");
    checkNotNull(text2, "text2");
    checkArgument(!language1.equals(language2), "language %s given twice", language1);
    return of(Map.of(language1, text1, language2, text2));
  }

  /** The text in the given language, empty when there is none (no fallback). */
  public Optional<String> get(String language) {
    checkNotNull(language, "language");
    return Optional.ofNullable(texts.get(language));
  }

  /**
   * The text in the first of the given languages that has one, else in the first language by
   * tag order; never empty.
   */
  public String best(String... preferred) {
    for (String language : preferred) {
      String t = texts.get(language);
      if (t != null) {
        return t;
      }
    }
    return texts.firstEntry().getValue();
  }

  /** This text with {@code text} added in {@code language}, or replacing the one there. */
  public LocalizedText with(String language, String text) {
    checkNotNull(language, "language");
    checkNotNull(text, "text");
    TreeMap<String, String> m = new TreeMap<>(texts);
    m.put(language, text);
    return of(m);
  }

  /** The language tags, in order. */
  public ImmutableSortedSet<String> languages() {
    return texts.keySet();
  }

  /** Language tag to text, ordered by tag. */
  public ImmutableSortedMap<String, String> asMap() {
    return texts;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LocalizedText t && texts.equals(t.texts);
  }

  @Override
  public int hashCode() {
    return texts.hashCode();
  }

  /** A readable form, {@code [en] Universal social protection | [fr] Protection sociale universelle}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    texts.forEach(
        (tag, text) -> {
          if (sb.length() > 0) {
            sb.append(" | ");
          }
          sb.append('[').append(tag).append("] ").append(text);
        });
    return sb.toString();
  }

  private static String checkLanguageTag(String tag) {
    checkNotNull(tag, "language tag");
    String shown = Shown.value(tag);
    if (tag.length() > 35) {
      throw new IllegalArgumentException("language tag \"" + shown + "\" is too long");
    }
    String canonical;
    try {
      canonical = new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException(
          "language tag \"" + shown + "\" is not a BCP 47 tag such as fr, en or fr-CH", e);
    }
    if (!canonical.equals(tag) || tag.isEmpty() || tag.equals("und")) {
      throw new IllegalArgumentException(
          "language tag \""
              + shown
              + "\" is not a canonical BCP 47 tag such as fr, en or fr-CH"
              + (canonical.equals(tag) || canonical.equals("und") ? "" : " (write " + canonical + ")"));
    }
    return tag;
  }
}
