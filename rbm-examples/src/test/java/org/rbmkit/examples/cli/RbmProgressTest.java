package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rbmkit.examples.cli.RbmCommandsTest.ENROLMENTS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.rbmkit.examples.cli.RbmCommandsTest.Run;

/**
 * The progress line of {@code rbm certification}, with the terminal decision and the clock
 * injected (a test has no terminal): shown whenever standard error is a terminal, whatever
 * standard output is; {@code --progress} and {@code --no-progress} override.
 */
class RbmProgressTest {

  private static final long SECOND = 1_000_000_000L;

  /** Runs rbm with standard error taken for a terminal or not, on a clock 1 s a reading. */
  static Run rbm(boolean terminal, String... args) {
    AtomicLong clock = new AtomicLong();
    return RbmCommandsTest.rbm(
        Rbm.commandLine(Terminal.of(terminal, () -> clock.addAndGet(SECOND))), args);
  }

  @Test
  void terminal_showsPercentTimeLeftAndRows_withTheSameResult() throws Exception {
    Run shown = rbm(true, "certification", ENROLMENTS, "--by", "modality");
    Run quiet = rbm(false, "certification", ENROLMENTS, "--by", "modality");
    assertThat(shown.code()).isZero();
    assertThat(quiet.err()).isEmpty();
    assertThat(shown.out()).isEqualTo(quiet.out());
    long size = Files.size(Path.of(ENROLMENTS));
    String mb = ProgressLine.megabytes(size);
    // every line but the last: the whole percentage going up, the time left once a second
    // has passed on the clock
    String[] lines = shown.err().split("\r", -1);
    assertThat(lines[0]).isEmpty();
    Pattern line = Pattern.compile(Pattern.quote(ENROLMENTS) + ": (\\d+) % of "
        + Pattern.quote(mb) + "(, (\\d+):(\\d\\d) left)? *");
    long previous = -1;
    for (int i = 1; i < lines.length - 1; i++) {
      Matcher m = line.matcher(lines[i]);
      assertThat(m.matches()).as("line %s: %s", i, lines[i]).isTrue();
      long percent = Long.parseLong(m.group(1));
      assertThat(percent).isGreaterThan(previous).isLessThanOrEqualTo(100);
      assertThat(m.group(2) != null).as("time left on %s", lines[i]).isEqualTo(percent < 100);
      previous = percent;
    }
    assertThat(previous).isEqualTo(100);
    assertThat(lines.length).isGreaterThan(3);
    assertThat(lines[lines.length - 1]).matches(Pattern.quote(ENROLMENTS)
        + ": 1205 rows read *\n");
  }

  @Test
  void standardOutputRedirected_stillShowsTheProgress() throws Exception {
    // -o FILE: standard output is a file, standard error still the terminal
    Path out = Files.createTempFile("rbm-progress", ".txt");
    try {
      Run r = rbm(true, "certification", ENROLMENTS, "-o", out.toString());
      assertThat(r.code()).isZero();
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("% of ").containsPattern("1205 rows read *\\n$");
      assertThat(Files.readString(out)).startsWith(ENROLMENTS + ": 1205 enrolments");
    } finally {
      Files.delete(out);
    }
  }

  @Test
  void noProgress_onATerminal_isQuiet_andProgress_withoutOne_shows() {
    assertThat(rbm(true, "certification", ENROLMENTS, "--no-progress").err()).isEmpty();
    assertThat(rbm(false, "certification", ENROLMENTS, "--progress").err())
        .startsWith("\r" + ENROLMENTS + ": ").contains("1205 rows read");
    assertThat(rbm(false, "certification", ENROLMENTS).err()).isEmpty();
  }

  @Test
  void rejectedRows_endTheProgressLine_first() throws Exception {
    Path bad = Files.createTempFile("rbm-progress", ".csv");
    try {
      List<String> lines = Files.readAllLines(Path.of(ENROLMENTS));
      lines.set(600, lines.get(600).replace("tutor-supported-online", "teleport"));
      Files.write(bad, lines);
      Run r = rbm(true, "certification", bad.toString(), "--lenient");
      assertThat(r.code()).isEqualTo(1);
      // the error stands on a line of its own, after a line break ending the progress line
      assertThat(r.err()).containsPattern("% of [^\\r\\n]*\\n" + Pattern.quote(bad.toString())
          + ":601:");
    } finally {
      Files.delete(bad);
    }
  }

  @Test
  void systemTerminal_readsTheLinkOfStandardError(@org.junit.jupiter.api.io.TempDir Path dir)
      throws Exception {
    Path tty = dir.resolve("tty");
    Files.createSymbolicLink(tty, Path.of("/dev/pts/3"));
    Path pipe = dir.resolve("pipe");
    Files.createSymbolicLink(pipe, Path.of("pipe:[12345]"));
    Path file = dir.resolve("file");
    Files.createSymbolicLink(file, dir.resolve("out.txt"));
    assertThat(Terminal.isTerminal(tty)).isTrue();
    assertThat(Terminal.isTerminal(pipe)).isFalse();
    assertThat(Terminal.isTerminal(file)).isFalse();
    // the test's own standard error is a pipe to the build, not a terminal
    assertThat(Terminal.SYSTEM.stderrIsTerminal()).isFalse();
  }
}
