package org.rbmkit.examples.report;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import org.rbmkit.core.text.Coded;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.examples.table.Figures;

/**
 * The language of a report's labels, English or French, with its texts (resource bundle {@code
 * org.rbmkit.examples.report.texts}) and its way of writing figures: digits grouped by threes with
 * a space, a decimal point in English and a decimal comma in French, every digit kept.
 *
 * <pre>{@code
 * Language.FR.number(new BigDecimal("60535.5"));   // "60 535,5"
 * Language.FR.text("budget.heading", "ITC-ILO");   // "Budget : ITC-ILO"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Language implements Coded {
  /** English. */
  EN("en"),
  /** French. */
  FR("fr");

  private final String code;
  private final ResourceBundle texts;

  Language(String code) {
    this.code = code;
    this.texts = ResourceBundle.getBundle("org.rbmkit.examples.report.texts",
        Locale.forLanguageTag(code), ResourceBundle.Control.getNoFallbackControl(
            ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The language's code, {@code en} or {@code fr}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The language of this code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static Language fromCode(String code) {
    return Coded.fromCode(Language.class, code, "language");
  }

  /**
   * The text of {@code key}, with {@code {0}}, {@code {1}} … replaced by the arguments as they
   * are (the template escapes the result).
   *
   * @throws MissingResourceException for a key without text, a bug
   */
  public String text(String key, Object... args) {
    String t = texts.getString(key);
    for (int i = 0; i < args.length; i++) {
      t = t.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return t;
  }

  /**
   * The text of {@code key} for a count of {@code n}: the text of {@code key.one} when {@code n}
   * is 1 and there is one ("1 day late"), else that of {@code key} ("92 days late").
   */
  public String count(String key, long n, Object... args) {
    return text(n == 1 && texts.containsKey(key + ".one") ? key + ".one" : key, args);
  }

  /** The text of {@code key} if there is one. */
  public Optional<String> optionalText(String key) {
    return texts.containsKey(key) ? Optional.of(texts.getString(key)) : Optional.empty();
  }

  /** A figure as this language writes it, every digit kept: {@code 60 535.5}, {@code 60 535,5}. */
  public String number(BigDecimal value) {
    String s = Figures.grouped(value);
    return this == FR ? s.replace('.', ',') : s;
  }

  /** A whole number as this language writes it. */
  public String number(long value) {
    return number(BigDecimal.valueOf(value));
  }

  /** A percentage already rounded by the caller: {@code 55.1 %}, {@code 55,1 %}. */
  public String percent(BigDecimal value) {
    return number(value) + " %";
  }

  /** A text in this language, else English, else the first there is. */
  public String of(LocalizedText text) {
    return text.best(code, "en");
  }
}
