package org.rbmkit.kpi.certification;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * A stream that adds the bytes read to a count, shared by the streams of one read, and tells a
 * listener the total: the progress of a read.
 *
 * <pre>{@code
 * InputStream in = new CountingStream(file, new AtomicLong(), n -> show(n));
 * }</pre>
 *
 * <p>Not thread-safe itself; the count and listener may be shared by streams on other threads.
 */
final class CountingStream extends FilterInputStream {
  private final AtomicLong bytes;
  private final LongConsumer listener;

  CountingStream(InputStream in, AtomicLong bytes, LongConsumer listener) {
    super(in);
    this.bytes = bytes;
    this.listener = listener;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      listener.accept(bytes.incrementAndGet());
    }
    return b;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    int got = super.read(b, off, len);
    if (got > 0) {
      listener.accept(bytes.addAndGet(got));
    }
    return got;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    if (skipped > 0) {
      listener.accept(bytes.addAndGet(skipped));
    }
    return skipped;
  }
}
