package org.rbmkit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON examples of a page of the documentation, so that a test can read them and compare
 * them with the shipped examples: the text of each {@code ```json} block of {@code docs/PAGE},
 * in page order.
 *
 * <pre>{@code
 * List<String> blocks = DocExamples.json("workforce-format.md");
 * RbmJson.mapper().readValue(blocks.get(0), Workforce.class);
 * }</pre>
 */
public final class DocExamples {

  private static final String OPEN = "```json\n";

  private DocExamples() {}

  /** The {@code ```json} blocks of {@code docs/page}, in order, without their fences. */
  public static List<String> json(String page) {
    Path path = Sources.DIR.getParent().resolve(page);
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the documentation page " + path, e);
    }
    List<String> blocks = new ArrayList<>();
    for (int at = text.indexOf(OPEN); at >= 0; at = text.indexOf(OPEN, at + 1)) {
      int start = at + OPEN.length();
      int end = text.indexOf("```", start);
      if (end < 0) {
        throw new AssertionError(page + ": a ```json block is not closed");
      }
      blocks.add(text.substring(start, end));
    }
    return blocks;
  }
}
