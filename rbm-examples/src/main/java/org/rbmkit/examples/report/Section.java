package org.rbmkit.examples.report;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * One section of a report: what one document (or one set of documents read together) shows.
 *
 * <pre>{@code
 * Section s = FrameworkSection.of("s1", "achievement-framework.json", framework, Language.EN);
 * s.blocks();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the section's identifier in the page, also the prefix of its charts' ids
 * @param kind the kind of document, in words
 * @param heading the section's heading
 * @param sources the files shown
 * @param blocks what the section shows, in order
 */
public record Section(String id, String kind, String heading, List<String> sources,
    List<Block> blocks) {

  /** Checks and copies. */
  public Section {
    checkNotNull(id, "id");
    checkNotNull(kind, "kind");
    checkNotNull(heading, "heading");
    sources = ImmutableList.copyOf(checkNotNull(sources, "sources"));
    blocks = ImmutableList.copyOf(checkNotNull(blocks, "blocks"));
  }
}
