package org.rbmkit.examples.tour;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintStream;

/**
 * The common layout of a tour step: a heading, a short explanation, a table, and where the
 * figures come from.
 *
 * <pre>{@code
 * Narration n = new Narration(System.out);
 * n.heading(2, "The ITC-ILO budget 2024-25, rebuilt from its lines");
 * n.explain("Net available = own net contribution + voluntary contributions.");
 * n.table(table.render());
 * n.source("seed 003 l.4544-4669: main budget table, thousands of euros");
 * }</pre>
 *
 * <p>Writes to the stream it is given; not thread-safe.
 */
public final class Narration {

  private final PrintStream out;

  /** Narration to {@code out}. */
  public Narration(PrintStream out) {
    this.out = checkNotNull(out, "out");
  }

  /** The stream written to. */
  public PrintStream out() {
    return out;
  }

  /** The step's heading, underlined. */
  public void heading(int step, String title) {
    String h = "Step " + step + ". " + title;
    out.println();
    out.println(h);
    out.println("=".repeat(h.length()));
  }

  /** Paragraph lines, then a blank line. */
  public void explain(String... lines) {
    for (String l : lines) {
      out.println(l);
    }
    out.println();
  }

  /** A rendered table, then a blank line. */
  public void table(String rendered) {
    out.print(rendered);
    out.println();
  }

  /** The sources of the figures, one per line, and the example file they are typed in. */
  public void source(String file, String... citations) {
    out.println("Data: rbm-examples/src/main/resources" + TourData.FOLDER + file);
    for (String c : citations) {
      out.println("Source: " + c);
    }
  }
}
