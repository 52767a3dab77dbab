package org.rbmkit.examples.report;

import static com.google.common.base.Preconditions.checkNotNull;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.WriterOutput;
import java.io.Writer;

/**
 * Writes a {@link Report} as one self-contained HTML page: inline CSS and SVG, no script, no
 * font, image or style sheet fetched from anywhere (a Content-Security-Policy in the page forbids
 * it), readable offline and printable on A4.
 *
 * <pre>{@code
 * try (Writer w = Files.newBufferedWriter(Path.of("report.html"))) {
 *   HtmlReport.write(report, w);
 * }
 * }</pre>
 *
 * <p>The page is rendered by jte templates ({@code src/main/jte/report}) compiled to Java at
 * build time, so no template compiler runs here; the engine escapes every text it writes.
 * Thread-safe.
 */
public final class HtmlReport {

  /** The package the build compiles the templates into. */
  static final String TEMPLATES = "org.rbmkit.examples.report.templates";

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(null,
      ContentType.Html, HtmlReport.class.getClassLoader(), TEMPLATES);

  private HtmlReport() {}

  /** Writes {@code report} as HTML to {@code out}, which is neither flushed nor closed. */
  public static void write(Report report, Writer out) {
    checkNotNull(report, "report");
    checkNotNull(out, "out");
    ENGINE.render("report/page.jte", report, new WriterOutput(out));
  }
}
