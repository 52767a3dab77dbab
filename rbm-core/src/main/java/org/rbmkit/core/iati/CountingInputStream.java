package org.rbmkit.core.iati;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Counts bytes; fails once more than the document limit has been read, or more than the markup
 * limit since the parser last returned an event (one start tag, comment or CDATA section that
 * the parser would otherwise hold whole), or, when {@code checkUtf8}, at a byte that cannot be where
 * it is in UTF-8. Each failure is an {@link IOException} that the parser passes on, with a flag
 * saying which it was. One per read; not thread-safe.
 */
final class CountingInputStream extends FilterInputStream {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final long limit;
  private final long markupLimit;
  private long count;
  private long atEvent;
  boolean tooLarge;
  boolean markupTooLong;
  boolean checkUtf8;
  long notUtf8 = -1;
  private int continuations;
  private long marked;

  CountingInputStream(InputStream in, long limit, long markupLimit) {
    super(new BufferedInputStream(in));
    this.limit = limit;
    this.markupLimit = markupLimit;
  }

  void eventRead() {
    atEvent = count;
  }

  @Override
  public synchronized void mark(int limit) {
    super.mark(limit);
    marked = count;
  }

  @Override
  public synchronized void reset() throws IOException {
    super.reset();
    count = marked;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      add(1);
      utf8(b);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      long first = count;
      add(n);
      if (checkUtf8) {
        int i = 0;
        while (i < n) {
          if (continuations == 0) {
            // ASCII outside a multi-byte sequence is always right: the common case, skipped
            // eight bytes at a time
            while (i + 8 <= n && ((long) LONGS.get(buf, off + i) & 0x8080808080808080L) == 0) {
              i += 8;
            }
            while (i < n && buf[off + i] >= 0) {
              i++;
            }
            if (i == n) {
              break;
            }
          }
          utf8Byte(buf[off + i] & 0xFF, first + i);
          i++;
        }
      }
    }
    return n;
  }

  private void utf8(int b) throws IOException {
    if (checkUtf8) {
      utf8Byte(b, count - 1);
    }
  }

  /** Fails at a byte that cannot be where it is in UTF-8; overlong forms are the parser's. */
  private void utf8Byte(int b, long at) throws IOException {
    boolean ok;
    if (continuations > 0) {
      ok = (b & 0xC0) == 0x80;
      continuations--;
    } else if (b < 0x80) {
      ok = true;
    } else if (b >= 0xC2 && b <= 0xDF) {
      ok = true;
      continuations = 1;
    } else if (b >= 0xE0 && b <= 0xEF) {
      ok = true;
      continuations = 2;
    } else if (b >= 0xF0 && b <= 0xF4) {
      ok = true;
      continuations = 3;
    } else {
      ok = false;
    }
    if (!ok) {
      notUtf8 = at;
      checkUtf8 = false;
      throw new IOException("byte " + at + " is not UTF-8");
    }
  }

  private void add(long n) throws IOException {
    count += n;
    if (count > limit) {
      tooLarge = true;
      throw new IOException("document is larger than the limit of " + limit + " bytes");
    }
    if (count - atEvent > markupLimit) {
      markupTooLong = true;
      throw new IOException("markup longer than " + markupLimit + " bytes");
    }
  }
}
