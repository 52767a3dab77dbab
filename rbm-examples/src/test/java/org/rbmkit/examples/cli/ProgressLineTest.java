package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link ProgressLine}: the percentage, the time left and the last line, on a fake clock. */
class ProgressLineTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void knownSize_showsPercentAndTimeLeft_thenTheRows() {
    StringWriter err = new StringWriter();
    AtomicLong clock = new AtomicLong(7 * SECOND);
    ProgressLine p = new ProgressLine(new PrintWriter(err), "big.csv",
        OptionalLong.of(10_000_000), Terminal.of(true, clock::get));
    // within the first second: the percentage, no time left yet
    clock.addAndGet(SECOND / 2);
    p.bytesRead(500_000);
    // 2 s after the start, a quarter read: 6 s left for the other three quarters
    clock.addAndGet(3 * SECOND / 2);
    p.bytesRead(2_500_000);
    // the same whole percentage: nothing written
    p.bytesRead(2_500_001);
    // a report from a slower thread, below what is shown: nothing written
    p.bytesRead(1_000_000);
    clock.addAndGet(8 * SECOND);
    p.bytesRead(10_000_000);
    p.done(200_000);
    assertThat(err.toString()).isEqualTo(
        "\rbig.csv: 5 % of 10.0 MB"
            + "\rbig.csv: 25 % of 10.0 MB, 0:06 left"
            // padded to the length of the line before, so nothing of it is left
            + "\rbig.csv: 100 % of 10.0 MB" + " ".repeat(10)
            + "\rbig.csv: 200000 rows read" + "\n");
  }

  @Test
  void lastLine_isPaddedOverALongerProgressLine() {
    StringWriter err = new StringWriter();
    AtomicLong clock = new AtomicLong();
    ProgressLine p = new ProgressLine(new PrintWriter(err), "f.csv", OptionalLong.of(1000),
        Terminal.of(true, () -> clock.addAndGet(SECOND)));
    p.bytesRead(100);
    p.done(1);
    String progress = "f.csv: 10 % of 0.0 MB, 0:09 left";
    assertThat(err.toString()).isEqualTo("\r" + progress + "\rf.csv: 1 row read"
        + " ".repeat(progress.length() - "f.csv: 1 row read".length()) + "\n");
  }

  @Test
  void unknownSize_showsTheBytesRead_every8Megabytes() {
    StringWriter err = new StringWriter();
    ProgressLine p = new ProgressLine(new PrintWriter(err), "-", OptionalLong.empty(),
        Terminal.of(true, () -> 0));
    p.bytesRead(1_000_000);
    p.bytesRead(ProgressLine.UNKNOWN_SIZE_STEP);
    p.bytesRead(ProgressLine.UNKNOWN_SIZE_STEP + 10);
    p.bytesRead(2 * ProgressLine.UNKNOWN_SIZE_STEP + 1);
    assertThat(err.toString()).isEqualTo("\r-: 8.4 MB read\r-: 16.8 MB read");
  }

  @Test
  void interrupt_endsTheLine_beforeAnotherMessage() {
    StringWriter err = new StringWriter();
    ProgressLine p = new ProgressLine(new PrintWriter(err), "f.csv", OptionalLong.of(100),
        Terminal.of(true, () -> 0));
    p.interrupt();
    p.bytesRead(50);
    p.interrupt();
    p.interrupt();
    assertThat(err.toString()).isEqualTo("\rf.csv: 50 % of 0.0 MB\n");
  }

  @Test
  void duration_andMegabytes() {
    assertThat(ProgressLine.duration(0)).isEqualTo("0:00");
    assertThat(ProgressLine.duration(SECOND / 10)).isEqualTo("0:01");
    assertThat(ProgressLine.duration(61 * SECOND)).isEqualTo("1:01");
    assertThat(ProgressLine.duration(3725 * SECOND)).isEqualTo("1:02:05");
    assertThat(ProgressLine.megabytes(24_150_000)).isEqualTo("24.2 MB");
  }
}
