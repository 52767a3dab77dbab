package org.rbmkit.kpi.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The UTF-8 bytes of a reader's text, for the byte tokenizer: a character that has no UTF-8 form
 * (a lone surrogate) becomes U+FFFD, which the row's checks reject, never a silent {@code ?}.
 *
 * <pre>{@code
 * InputStream bytes = new Utf8Bytes(new StringReader("a,b\n"));
 * }</pre>
 *
 * <p>Not thread-safe. Closing it does not close the reader.
 */
final class Utf8Bytes extends InputStream {
  private static final byte[] REPLACEMENT = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

  private final Reader in;
  private final CharsetEncoder encoder =
      StandardCharsets.UTF_8
          .newEncoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .replaceWith(REPLACEMENT);
  private final CharBuffer chars = CharBuffer.allocate(16 << 10);
  private final ByteBuffer bytes = ByteBuffer.allocate(32 << 10);
  private boolean endOfInput;
  private boolean flushed;

  Utf8Bytes(Reader in) {
    this.in = in;
    chars.flip();
    bytes.flip();
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    while (!bytes.hasRemaining()) {
      if (flushed) {
        return -1;
      }
      bytes.clear();
      encode();
      bytes.flip();
    }
    int n = Math.min(len, bytes.remaining());
    bytes.get(b, off, n);
    return n;
  }

  /** Encodes characters into {@link #bytes} until it is full or the text is all encoded. */
  private void encode() throws IOException {
    while (!flushed) {
      if (!endOfInput && chars.remaining() < 2) {
        chars.compact();
        if (in.read(chars) < 0) {
          endOfInput = true;
        }
        chars.flip();
      }
      CoderResult r = encoder.encode(chars, bytes, endOfInput);
      if (r.isOverflow()) {
        return;
      }
      if (endOfInput && !chars.hasRemaining()) {
        if (encoder.flush(bytes).isOverflow()) {
          return;
        }
        flushed = true;
      }
    }
  }
}
