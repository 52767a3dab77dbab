package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Optional;

/**
 * A {@link PrintWriter} that keeps the first write failure of its target instead of swallowing
 * it: a full device, a file-size limit or a closed pipe. The {@code rbm} command writes its
 * results through one and turns a failure into an error, so that a truncated result never exits
 * with success.
 *
 * <pre>{@code
 * CheckedOutput out = new CheckedOutput(Files.newBufferedWriter(Path.of("/dev/full")));
 * out.println("result");
 * out.failure();   // flushes: Optional[java.io.IOException: No space left on device]
 * }</pre>
 *
 * <p>Not thread-safe beyond what {@link PrintWriter} guarantees.
 */
public final class CheckedOutput extends PrintWriter {

  private final Recorder recorder;

  /** Writes to {@code target}, remembering its first {@link IOException}. */
  public CheckedOutput(Writer target) {
    this(new Recorder(checkNotNull(target, "target")));
  }

  private CheckedOutput(Recorder recorder) {
    super(recorder);
    this.recorder = recorder;
  }

  /**
   * Flushes, and returns the first failure of the target, if any: after one, part of the output
   * is missing.
   */
  public Optional<IOException> failure() {
    boolean error = checkError();
    if (recorder.first == null && error) {
      return Optional.of(new IOException("the output stream reported an error"));
    }
    return Optional.ofNullable(recorder.first);
  }

  /** Passes everything to its target and remembers the first exception. */
  private static final class Recorder extends Writer {
    private final Writer target;
    private IOException first;

    Recorder(Writer target) {
      this.target = target;
    }

    private IOException keep(IOException e) {
      if (first == null) {
        first = e;
      }
      return e;
    }

    @Override
    public void write(char[] buf, int off, int len) throws IOException {
      try {
        target.write(buf, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
      try {
        target.write(s, off, len);
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        target.flush();
      } catch (IOException e) {
        throw keep(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        target.close();
      } catch (IOException e) {
        throw keep(e);
      }
    }
  }
}
