package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes text with every control character escaped as {@code \}{@code uXXXX}, so that a label
 * holding ESC, NUL or CR cannot move the cursor, recolour or clear a terminal: the text tables
 * and messages of {@code rbm} pass through one. Line feeds (and CR LF pairs) are kept as line
 * ends; C0 controls, DEL and the C1 controls U+0080–U+009F are escaped.
 *
 * <pre>{@code
 * Writer w = new EscapingWriter(target);
 * w.write("Outcome \u001B[2J 1\n");   // target receives: Outcome \u001B[2J 1 and a line end
 * }</pre>
 *
 * <p>{@link #keepingCarriageReturns} makes a writer for standard error, where a carriage return
 * rewrites a progress line in place (a CR cannot start an escape sequence).
 *
 * <p>JSON output passes through unchanged in meaning: Jackson already escapes C0 controls inside
 * strings, and {@code \}{@code u007F} in a JSON string is the same text as a raw DEL. Not
 * thread-safe.
 */
public final class EscapingWriter extends Writer {

  private final Writer target;
  private final boolean keepCr;
  private boolean pendingCr;

  /** Escapes what is written before passing it to {@code target}. */
  public EscapingWriter(Writer target) {
    this(target, false);
  }

  private EscapingWriter(Writer target, boolean keepCr) {
    this.target = checkNotNull(target, "target");
    this.keepCr = keepCr;
  }

  /** A writer that escapes every control character but line feeds and carriage returns. */
  public static EscapingWriter keepingCarriageReturns(Writer target) {
    return new EscapingWriter(target, true);
  }

  /** Whether {@code c} is escaped: a control character other than the line feed. */
  public static boolean isEscaped(char c) {
    return (c < 0x20 && c != '\n') || (c >= 0x7F && c <= 0x9F);
  }

  /** {@code text} with every escaped character written as {@code \}{@code uXXXX}. */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isEscaped(c)) {
        b.append(String.format("\\u%04X", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public void write(char[] buf, int off, int len) throws IOException {
    int start = off;
    int end = off + len;
    for (int i = off; i < end; i++) {
      char c = buf[i];
      if (pendingCr) {
        pendingCr = false;
        target.write(c == '\n' ? "\r" : "\\u000D");
      }
      if (keepCr && c == '\r') {
        continue;
      }
      if (c == '\r' || isEscaped(c)) {
        target.write(buf, start, i - start);
        start = i + 1;
        if (c == '\r') {
          pendingCr = true;
        } else {
          target.write(String.format("\\u%04X", (int) c));
        }
      }
    }
    target.write(buf, start, end - start);
  }

  @Override
  public void flush() throws IOException {
    if (pendingCr) {
      pendingCr = false;
      target.write("\\u000D");
    }
    target.flush();
  }

  @Override
  public void close() throws IOException {
    flush();
    target.close();
  }
}
