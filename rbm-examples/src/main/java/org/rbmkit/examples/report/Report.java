package org.rbmkit.examples.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * A report: its language and title and its sections, ready for {@link HtmlReport#write}.
 *
 * <pre>{@code
 * Report r = new Report(Language.FR, List.of(FrameworkSection.of("s1", "f.json", f, Language.FR)));
 * HtmlReport.write(r, writer);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param language the language of its labels
 * @param sections its sections, in order
 */
public record Report(Language language, List<Section> sections) {

  /** Checks and copies. */
  public Report {
    checkNotNull(language, "language");
    sections = ImmutableList.copyOf(checkNotNull(sections, "sections"));
  }

  /** The report's title, in its language. */
  public String title() {
    return language.text("report.title");
  }
}
