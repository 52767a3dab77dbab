package org.rbmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every main source file of the four modules at or under 500 lines, so that a file holds one
 * responsibility a reader can take in. Reads the sources of the repository this module is built
 * in.
 */
class MainFileSizeTest {

  private static final int MAX_LINES = 500;
  private static final List<String> MODULES =
      List.of("rbm-core", "rbm-budget", "rbm-kpi", "rbm-examples");

  @Test
  void everyMainSourceFile_hasAtMost500Lines() throws IOException {
    Path root = Path.of("").toAbsolutePath().getParent();
    List<String> tooLong = new ArrayList<>();
    for (String module : MODULES) {
      Path sources = root.resolve(module).resolve("src/main/java");
      List<Path> files;
      try (Stream<Path> walk = Files.walk(sources)) {
        files = walk.filter(p -> p.toString().endsWith(".java")).toList();
      }
      // the rule would pass vacuously if the walk missed a module's sources
      assertThat(files).as(module + " main sources").hasSizeGreaterThan(20);
      for (Path f : files) {
        long lines;
        try (Stream<String> s = Files.lines(f)) {
          lines = s.count();
        }
        if (lines > MAX_LINES) {
          tooLong.add(root.relativize(f) + " (" + lines + " lines)");
        }
      }
    }
    assertThat(tooLong).as("main source files over " + MAX_LINES + " lines").isEmpty();
  }
}
