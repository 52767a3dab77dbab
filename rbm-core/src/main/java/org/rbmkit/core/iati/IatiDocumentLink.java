package org.rbmkit.core.iati;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An activity's {@code document-link}: a published document (a report, an evaluation, a logframe)
 * with its address, format, title, categories and languages.
 *
 * <pre>{@code
 * IatiDocumentLink d = activity.documentLinks().get(0);
 * d.url();          // "http://www.example.org/doc.pdf"
 * d.categories();   // [A01]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the {@code @url} as published
 * @param format the {@code @format} (a MIME type); empty when absent
 * @param title the {@code title} narratives
 * @param description the {@code description} narratives (2.03); empty when absent
 * @param categories the {@code category/@code}s ({@code DocumentCategory} codelist)
 * @param languages the {@code language/@code}s
 * @param documentDate the {@code document-date/@iso-date}; empty when absent
 */
public record IatiDocumentLink(
    String url,
    Optional<String> format,
    ImmutableList<Narrative> title,
    ImmutableList<Narrative> description,
    ImmutableList<String> categories,
    ImmutableList<String> languages,
    Optional<LocalDate> documentDate) {

  /** Checks the components and copies the lists. */
  public IatiDocumentLink {
    checkNotNull(url, "url");
    checkNotNull(format, "format");
    title = ImmutableList.copyOf(checkNotNull(title, "title"));
    description = ImmutableList.copyOf(checkNotNull(description, "description"));
    categories = ImmutableList.copyOf(checkNotNull(categories, "categories"));
    languages = ImmutableList.copyOf(checkNotNull(languages, "languages"));
    checkNotNull(documentDate, "documentDate");
  }
}
