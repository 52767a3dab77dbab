package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the input, the reader either reads it (reporting problems) or refuses it with an {@link
 * IatiReadException}; it never fails in another way.
 */
class IatiReaderRobustnessPropertiesTest {

  private static final long SEED = 8_2026L;
  private static final int CASES = 500;

  static Stream<String> everyXmlFileOfTheStandard() throws IOException {
    try (Stream<Path> s = Files.walk(IatiSuiteTest.IATI)) {
      return s
          .filter(p -> p.toString().endsWith(".xml"))
          .map(p -> IatiSuiteTest.IATI.relativize(p).toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @org.junit.jupiter.api.Test
  void theStandardsFilesAreAllThere() throws IOException {
    // docs/sources/iati-2.03 holds 709 XML files (schemas' examples, the should-pass and
    // should-fail suites, samples); a file lost from the repository fails here, not silently
    assertThat(everyXmlFileOfTheStandard().count()).isEqualTo(709);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyXmlFileOfTheStandard")
  void everyFile_readsOrIsRefusedCleanly(String file) throws IOException {
    try (InputStream in = Files.newInputStream(IatiSuiteTest.IATI.resolve(file))) {
      IatiReadSummary s = IatiReader.lenient().read(in, r -> assertThat(r.index()).isPositive());
      assertThat(s.activities()).isGreaterThanOrEqualTo(0);
    } catch (IatiReadException expected) {
      assertThat(expected.getMessage()).isNotBlank();
    }
  }

  @Test
  void mutatedExample_readsOrIsRefusedCleanly() throws IOException {
    String example = Files.readString(IatiAnnotatedExampleTest.EXAMPLE, StandardCharsets.UTF_8);
    String[] tokens = {
      "<",
      ">",
      "\"",
      "&",
      "/",
      "x",
      "2014-13-45",
      "-1",
      "",
      "<result>",
      "</period>",
      "<value>",
      "1.2.3"
    };
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < CASES; i++) {
      StringBuilder b = new StringBuilder(example);
      int edits = 1 + random.nextInt(4);
      for (int e = 0; e < edits; e++) {
        int at = random.nextInt(b.length());
        int len = random.nextInt(Math.min(20, b.length() - at) + 1);
        b.replace(at, at + len, tokens[random.nextInt(tokens.length)]);
      }
      for (IatiReader reader : new IatiReader[] {IatiReader.lenient(), IatiReader.strict()}) {
        try {
          reader.read(IatiReaderSecurityTest.stream(b.toString()), r -> {});
        } catch (IatiReadException expected) {
          // refused cleanly
        } catch (RuntimeException e) {
          fail("seed " + SEED + ", case " + i + " (strict " + reader.isStrict() + "): " + e, e);
        }
      }
    }
  }
}
