package org.rbmkit.examples.cli;

import static com.google.common.base.Preconditions.checkNotNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.rbmkit.core.text.Coded;
import org.rbmkit.examples.table.TextTable;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * The formats of {@code rbm --format}: how a command's {@link Listing} is written.
 *
 * <pre>{@code
 * OutputFormat.fromCode("md").render(listing, out);
 * }</pre>
 *
 * <ul>
 *   <li>{@code table}: the lines, and each table aligned in columns (a table with no row, or
 *       {@linkplain Listing.Table#dataOnly for CSV only}, is left out);
 *   <li>{@code csv}: the tables only, each a header row and its rows (RFC 4180, written by
 *       Jackson's CSV module), tables separated by one empty line, and a table with the same
 *       headings as the one before written as its continuation, without a header row; numbers written as plain
 *       numbers ({@code 60535}, {@code -5}; a percentage as its number of per cent), text
 *       always in double quotes, a cell with no value ({@code -}) empty, and a text starting
 *       with {@code =}, {@code +}, {@code -}, {@code @}, tab or carriage return prefixed with a
 *       single quote so that a spreadsheet does not run it as a formula;
 *   <li>{@code md}: the lines as paragraphs and the tables (as for {@code table}) as Markdown
 *       tables, with
 *       {@code | \ * _ ` [ ] < > &} escaped and line breaks inside a cell as {@code <br>};
 *   <li>{@code json}: the command's JSON document, written by the command, not from the
 *       listing.
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public enum OutputFormat implements Coded {
  /** Aligned text tables, for people at a terminal. */
  TABLE("table"),
  /** The command's JSON document. */
  JSON("json"),
  /** The tables as CSV, for spreadsheets. */
  CSV("csv"),
  /** The lines and tables as Markdown. */
  MD("md");

  /** The characters that start a formula in a spreadsheet (OWASP, CSV injection). */
  private static final String FORMULA_START = "=+-@\t\r";

  private static final CsvMapper CSV_MAPPER = CsvMapper.builder()
      .enable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS)
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      // 1000, never 1E+3
      .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
      .build();

  private final String code;

  OutputFormat(String code) {
    this.code = code;
  }

  /** The code given to {@code --format}: {@code table}, {@code json}, {@code csv}, {@code md}. */
  @Override
  public String code() {
    return code;
  }

  /**
   * The format of a code.
   *
   * @throws IllegalArgumentException naming the code and the accepted ones
   */
  public static OutputFormat fromCode(String code) {
    return Coded.fromCode(OutputFormat.class, code, "format");
  }

  /**
   * Writes a listing in this format.
   *
   * @throws IllegalStateException for {@link #JSON}, which the command writes itself
   */
  public void render(Listing listing, PrintWriter out) {
    checkNotNull(listing, "listing");
    checkNotNull(out, "out");
    switch (this) {
      case TABLE -> table(listing, out);
      case CSV -> csv(listing, out);
      case MD -> markdown(listing, out);
      case JSON -> throw new IllegalStateException("JSON is written by the command");
      default -> throw new AssertionError(this);
    }
    out.flush();
  }

  private static void table(Listing listing, PrintWriter out) {
    for (Listing.Part p : listing.parts()) {
      if (p instanceof Listing.Line l) {
        out.println(l.text());
      } else if (p instanceof Listing.Table t && !t.rows().isEmpty() && !t.isDataOnly()) {
        List<Integer> shown = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        for (int i = 0; i < t.headings().size(); i++) {
          if (!t.isDetail(i)) {
            shown.add(i);
            headings.add((t.isLeft(i) ? "<" : "") + t.headings().get(i));
          }
        }
        TextTable text = TextTable.withColumns(headings.toArray(new String[0]));
        for (List<Listing.Cell> r : t.rowsAndRules()) {
          if (r.isEmpty()) {
            text.rule();
          } else {
            text.row(shown.stream().map(i -> r.get(i).text()).toArray());
          }
        }
        out.print(text.render());
      }
    }
  }

  private static void csv(Listing listing, PrintWriter out) {
    List<String> previous = null;
    for (Listing.Table t : listing.tables()) {
      // a table with the headings of the one before continues it: one header row
      boolean continued = t.headings().equals(previous);
      if (previous != null && !continued) {
        out.println();
      }
      previous = t.headings();
      StringWriter block = new StringWriter();
      try (SequenceWriter w = CSV_MAPPER.writerFor(Object[].class)
          .with(CsvSchema.emptySchema()).writeValues(block)) {
        if (!continued) {
          w.write(t.headings().stream().map(OutputFormat::inert).toArray());
        }
        for (List<Listing.Cell> r : t.rows()) {
          w.write(r.stream().map(c -> c.absent() ? "" : c.number().<Object>map(n -> n)
              .orElseGet(() -> inert(c.text()))).toArray());
        }
      }
      out.print(block);
    }
  }

  /**
   * A text cell made inert for a spreadsheet: prefixed with a single quote when it starts with a
   * character that starts a formula. Numbers are never passed here: they are values.
   */
  static String inert(String text) {
    return !text.isEmpty() && FORMULA_START.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
  }

  private static void markdown(Listing listing, PrintWriter out) {
    for (Listing.Part p : listing.parts()) {
      if (p instanceof Listing.Line l) {
        if (!l.text().isBlank()) {
          out.println(markdownLine(l.text()));
          out.println();
        }
      } else if (p instanceof Listing.Table t && !t.rows().isEmpty() && !t.isDataOnly()) {
        int n = t.headings().size();
        StringBuilder head = new StringBuilder("|");
        StringBuilder align = new StringBuilder("|");
        for (int i = 0; i < n; i++) {
          head.append(' ').append(markdownText(t.headings().get(i))).append(" |");
          align.append(t.isLeft(i) ? " :-- |" : " --: |");
        }
        out.println(head);
        out.println(align);
        for (List<Listing.Cell> r : t.rows()) {
          StringBuilder row = new StringBuilder("|");
          for (Listing.Cell c : r) {
            row.append(' ').append(markdownText(c.text())).append(" |");
          }
          out.println(row);
        }
        out.println();
      }
    }
  }

  /**
   * A line made a literal Markdown paragraph: as {@link #markdownText}, and a leading {@code #},
   * {@code -}, {@code +}, {@code =}, {@code ~} or number and dot ({@code 1. }) kept from starting
   * a heading, a list or a rule.
   */
  static String markdownLine(String text) {
    String s = markdownText(text);
    if (!s.isEmpty() && "#-+=~".indexOf(s.charAt(0)) >= 0) {
      s = "\\" + s;
    }
    return s.replaceFirst("^(\\d+)([.)])(\\s|$)", "$1\\\\$2$3");
  }

  /**
   * Text made literal in Markdown, in a paragraph or a table cell: the characters that mark up
   * (and {@code |}, which ends a table cell) escaped, HTML's {@code < > &} as entities, line
   * breaks as {@code <br>}.
   */
  static String markdownText(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\', '|', '*', '_', '`', '[', ']' -> b.append('\\').append(c);
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '\r' -> {
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          b.append("<br>");
        }
        case '\n' -> b.append("<br>");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return code.toLowerCase(Locale.ROOT);
  }
}
