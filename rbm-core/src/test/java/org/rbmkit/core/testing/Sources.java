package org.rbmkit.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The source material the tests read, kept in the repository under {@code docs/sources}: the five
 * seed documents ({@code seeds/}) and the IATI 2.03 standard's schemas, codelists, rulesets, test
 * suite and examples ({@code iati-2.03/}); docs/sources/README.md says where each comes from and
 * under which licence. A missing file is a test failure that names it, never a skipped test.
 *
 * <pre>{@code
 * List<String> lines = Sources.seedLines("003_48c9e38aa93a128e.txt");
 * Path schema = Sources.iati("iati-activities-schema.xsd");
 * }</pre>
 */
public final class Sources {

  /** The {@code docs/sources} folder of the repository. */
  public static final Path DIR = locate();

  /** The IATI 2.03 material, {@code docs/sources/iati-2.03}. */
  public static final Path IATI = DIR.resolve("iati-2.03");

  private Sources() {}

  /** A file or folder of the IATI material, which must exist. */
  public static Path iati(String relative) {
    return existing(IATI.resolve(relative));
  }

  /** A seed document, by file name ({@code 003_48c9e38aa93a128e.txt}), which must exist. */
  public static Path seed(String fileName) {
    return existing(DIR.resolve("seeds").resolve(fileName));
  }

  /** The lines of a seed document; line {@code n} of the comments is element {@code n - 1}. */
  public static List<String> seedLines(String fileName) {
    try {
      return Files.readAllLines(seed(fileName), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path existing(Path p) {
    if (!Files.exists(p)) {
      throw new AssertionError("test fixture missing from the repository: " + p.toAbsolutePath());
    }
    return p;
  }

  /** Walks up from the working folder (a module's, or the repository's) to docs/sources. */
  private static Path locate() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("docs").resolve("sources");
      if (Files.isRegularFile(candidate.resolve("README.md"))) {
        return candidate;
      }
    }
    throw new AssertionError("docs/sources/README.md not found above " + start);
  }
}
