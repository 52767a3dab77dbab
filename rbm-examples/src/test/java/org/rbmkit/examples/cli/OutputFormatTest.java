package org.rbmkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Money;
import tools.jackson.databind.MappingIterator;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;

/** {@link OutputFormat}: one listing as a text table, CSV and Markdown. */
class OutputFormatTest {

  private static String render(OutputFormat f, Listing l) {
    StringWriter w = new StringWriter();
    f.render(l, new PrintWriter(w));
    return w.toString();
  }

  /** CSV read back by Jackson, every cell as text. */
  static List<List<String>> readCsv(String csv) {
    CsvMapper m = CsvMapper.builder().enable(CsvReadFeature.WRAP_AS_ARRAY).build();
    try (MappingIterator<List<String>> it = m.readerFor(List.class).readValues(csv)) {
      @SuppressWarnings("unchecked")
      List<List<String>> rows = (List<List<String>>) (List<?>) it.readAll();
      return rows;
    }
  }

  private static Listing budget() {
    return new Listing()
        .println("Budget 2024-25")
        .println()
        .table(Listing.table("<figure", "2024-25")
            .row("net-available", Listing.Cell.inUnit(Money.of("EUR", 60_535_000),
                AmountUnit.THOUSANDS))
            .row("surplus", Listing.Cell.grouped(new BigDecimal("-5")))
            .rule()
            .row("share", Listing.Cell.percent(Optional.of(new BigDecimal("55.1")))))
        .println("Every printed total reconciles.");
  }

  @Test
  void table_alignsColumns_withTheRule() {
    assertThat(render(OutputFormat.TABLE, budget())).isEqualTo("""
        Budget 2024-25

        figure         2024-25
        ----------------------
        net-available   60 535
        surplus             -5
        ----------------------
        share           55.1 %
        Every printed total reconciles.
        """);
  }

  @Test
  void csv_writesTheTablesOnly_numbersAsNumbers() {
    String csv = render(OutputFormat.CSV, budget());
    assertThat(csv).isEqualTo("""
        "figure","2024-25"
        "net-available",60535
        "surplus",-5
        "share",55.1
        """);
  }

  @ParameterizedTest
  @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"})
  void csv_textStartingAFormula_isPrefixedWithAQuote(String text) {
    String csv = render(OutputFormat.CSV,
        new Listing().table(Listing.table("<label", "value").row(text, -5)));
    List<List<String>> rows = readCsv(csv);
    assertThat(rows.get(1).get(0)).isEqualTo("'" + text);
    // a number is a value, never prefixed: -5 stays -5, unquoted
    assertThat(rows.get(1).get(1)).isEqualTo("-5");
    assertThat(csv).contains(",-5\n");
  }

  @Test
  void csv_quotesSeparatorsQuotesAndLineBreaks_readBackExactly() {
    String label = "a, \"quoted\"\nlabel";
    List<List<String>> rows = readCsv(render(OutputFormat.CSV,
        new Listing().table(Listing.table("<label").row(label))));
    assertThat(rows).containsExactly(List.of("label"), List.of(label));
  }

  @Test
  void csv_absentCellIsEmpty_tablesSeparated_andSameHeadingsContinued() {
    Listing l = new Listing()
        .table(Listing.table("<id", "value").row("a", Listing.Cell.none("-")))
        .table(Listing.table("<id", "value").row("b", 2))
        .table(Listing.table("<other").row("c"));
    assertThat(render(OutputFormat.CSV, l)).isEqualTo("""
        "id","value"
        "a",""
        "b",2

        "other"
        "c"
        """);
  }

  @Test
  void markdown_escapesPipesLineBreaksAndMarkup() {
    Listing l = new Listing()
        .println("# not a heading | *not bold*")
        .table(Listing.table("<label", "value")
            .row("a|b\nc <script>", Listing.Cell.grouped(60535)));
    assertThat(render(OutputFormat.MD, l)).isEqualTo("""
        \\# not a heading \\| \\*not bold\\*

        | label | value |
        | :-- | --: |
        | a\\|b<br>c &lt;script&gt; | 60 535 |

        """);
  }

  @Test
  void detailColumn_isInCsvAndMarkdown_notInTheTextTable() {
    Listing l = new Listing().table(Listing.table("#", "<note").detail().row(1, "a note"));
    assertThat(render(OutputFormat.TABLE, l)).isEqualTo("#\n-\n1\n");
    assertThat(render(OutputFormat.CSV, l)).isEqualTo("\"#\",\"note\"\n1,\"a note\"\n");
    assertThat(render(OutputFormat.MD, l)).contains("| 1 | a note |");
  }

  @Test
  void emptyTable_isLeftOutOfTextAndMarkdown_butCsvHasItsHeader() {
    Listing l = new Listing().println("nothing").table(Listing.table("<a", "b"));
    assertThat(render(OutputFormat.TABLE, l)).isEqualTo("nothing\n");
    assertThat(render(OutputFormat.MD, l)).isEqualTo("nothing\n\n");
    assertThat(render(OutputFormat.CSV, l)).isEqualTo("\"a\",\"b\"\n");
  }

  @Test
  void fromCode_namesTheAcceptedCodes() {
    assertThat(OutputFormat.fromCode("md")).isEqualTo(OutputFormat.MD);
    assertThatThrownBy(() -> OutputFormat.fromCode("cvs"))
        .hasMessage("format \"cvs\" is not one of table, json, csv, md");
  }
}
