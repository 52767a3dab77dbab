package org.rbmkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.rbmkit.examples.cli.Rbm;
import picocli.CommandLine;

/**
 * Opens the reports of every example, and of all of them at once, in headless Chromium (the
 * Debian {@code chromium} and {@code chromium-driver} packages, never a downloaded driver):
 * no console error, no request for anything but the page itself, every chart's figures equal to
 * the calculators' ({@link ExpectedFigures}), and a screenshot of each in {@code
 * target/report-screenshots}. One browser session serves every report.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path EXAMPLES = Path.of("..", "docs", "examples");
  static final Path TOUR = Path.of("src/main/resources/org/rbmkit/examples/tour");
  static final LocalDate AT = LocalDate.of(2024, 7, 1);
  static final Path OUT = Path.of("target/report-screenshots");

  private ChromeDriver driver;
  private final Map<String, Long> millis = new TreeMap<>();

  @BeforeAll
  void startBrowser() throws IOException {
    assertThat(CHROMEDRIVER).as("the browser test needs the Debian packages chromium and"
        + " chromium-driver (apt-get install -y chromium chromium-driver); %s is missing",
        CHROMEDRIVER).isExecutable();
    assertThat(CHROMIUM).as("the browser test needs the Debian package chromium; %s is missing",
        CHROMIUM).isExecutable();
    Files.createDirectories(OUT);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--window-size=1100,1400", "--hide-scrollbars",
        "--disable-extensions", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-default-apps", "--disable-sync");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    // the installed driver, so that Selenium Manager never looks for or downloads one
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    System.out.println("report browser test, milliseconds per report (generate + check): "
        + millis);
  }

  static Path example(String name) {
    return EXAMPLES.resolve(name);
  }

  /** Runs {@code rbm report} in process and returns the page it wrote. */
  static Path report(String name, List<String> args) {
    Path html = OUT.resolve(name + ".html");
    List<String> all = new ArrayList<>(List.of("report", "--at", AT.toString(), "-o",
        html.toString()));
    all.addAll(args);
    StringWriter err = new StringWriter();
    CommandLine cl = Rbm.commandLine();
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(all.toArray(new String[0]));
    assertThat(code).as("rbm %s: %s", all, err).isZero();
    return html;
  }

  @Test
  void everyExample_opensCleanly_withTheCalculatorsFigures() throws IOException {
    List<String> failures = new ArrayList<>();
    Map<String, List<Path>> runs = new LinkedHashMap<>();
    try (var files = Files.list(EXAMPLES)) {
      for (Path p : files.sorted().toList()) {
        String n = p.getFileName().toString();
        if (n.equals("iati-resources-rates.json")) {
          // exchange rates, the --rates input of rbm resources, not a document with a section
          continue;
        }
        if (n.equals("itcilo-resources-2024-25.json")) {
          // an allocation document is read with the budget and framework it allocates
          runs.put(n, List.of(example("itcilo-budget-2024-25.json"),
              example("itcilo-framework-2024-25.json"), p));
        } else {
          runs.put(n, List.of(p));
        }
      }
    }
    assertThat(runs).hasSizeGreaterThanOrEqualTo(9);
    runs.put("workforce-example.json", List.of(TOUR.resolve("workforce-example.json")));
    runs.put("wto-hr-workplan-2024.json", List.of(TOUR.resolve("wto-hr-workplan-2024.json")));
    List<Path> everything = new ArrayList<>();
    runs.values().forEach(l -> l.stream().filter(p -> !everything.contains(p))
        .forEach(everything::add));
    runs.put("all", everything);
    for (Map.Entry<String, List<Path>> run : runs.entrySet()) {
      long start = System.nanoTime();
      Path html = report(run.getKey(), run.getValue().stream().map(Path::toString).toList());
      failures.addAll(check(run.getKey(), html, ExpectedFigures.of(run.getValue(), AT),
          "en"));
      millis.put(run.getKey(), (System.nanoTime() - start) / 1_000_000);
    }
    assertThat(failures).isEmpty();
    assertPrintsOnA4WithASectionPerPage(runs.get("all").size());
  }

  /**
   * Prints the page last opened (all the examples) to PDF on A4, as a browser's print dialog
   * does: the print styles start every section on a new page.
   */
  private void assertPrintsOnA4WithASectionPerPage(int sections) {
    PrintOptions a4 = new PrintOptions();
    a4.setPageSize(new PageSize(29.7, 21.0));
    byte[] pdf = Base64.getDecoder().decode(driver.print(a4).getContent());
    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-");
    // A4 in points: 595 x 842 (rounded up by the printer to 595.92 x 842.88)
    assertThat(text).containsPattern("/MediaBox \\[0 0 59[5-6](\\.\\d+)? 84[1-3](\\.\\d+)?\\]");
    int pages = text.split("/Type /Page\\b(?!s)", -1).length - 1;
    assertThat(pages).as("PDF pages for %s sections", sections)
        .isGreaterThanOrEqualTo(sections);
  }

  @Test
  void frenchReport_hasFrenchLabels_andTheSameFigures() {
    List<Path> files = List.of(example("achievement-framework.json"),
        example("itcilo-budget-2024-25-proposal.json"), example("enrolments-2022.csv"));
    long start = System.nanoTime();
    List<String> args = new ArrayList<>(List.of("--lang", "fr"));
    files.forEach(f -> args.add(f.toString()));
    Path html = report("all-fr", args);
    List<String> failures = check("all-fr", html, ExpectedFigures.of(files, AT), "fr");
    millis.put("all-fr", (System.nanoTime() - start) / 1_000_000);
    assertThat(failures).isEmpty();
    assertThat(driver.findElement(org.openqa.selenium.By.tagName("h1")).getText())
        .isEqualTo("Rapport de gestion axée sur les résultats");
    // seed-independent French labels of the calculators: a rating and a budget figure
    assertThat(driver.getPageSource()).contains("en bonne voie").contains("disponible net")
        .contains("intervalle de Wilson à 95 %");
  }

  /** Opens the page and lists every problem found. */
  private List<String> check(String name, Path html, Map<String, Map<String, String>> expected,
      String lang) {
    List<String> problems = new ArrayList<>();
    driver.manage().logs().get(LogType.BROWSER); // drop what an earlier page left
    driver.get(html.toAbsolutePath().toUri().toString());
    JavascriptExecutor js = driver;
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      problems.add(name + ": console " + e.getLevel() + ": " + e.getMessage());
    }
    @SuppressWarnings("unchecked")
    List<Object> resources = (List<Object>) js.executeScript(
        "return performance.getEntriesByType('resource').map(e => e.name)");
    if (!resources.isEmpty()) {
      problems.add(name + ": requests beyond the page: " + resources);
    }
    Object lang2 = js.executeScript("return document.documentElement.lang");
    if (!lang.equals(lang2)) {
      problems.add(name + ": lang " + lang2);
    }
    @SuppressWarnings("unchecked")
    List<String> inaccessible = (List<String>) js.executeScript(
        "return Array.from(document.querySelectorAll('figure[data-chart]')).filter(f => {"
            + " const s = f.querySelector('svg[role=img]');"
            + " if (!s) return true;"
            + " const ids = (s.getAttribute('aria-labelledby') || '').split(' ');"
            + " const t = s.querySelector('title'), d = s.querySelector('desc');"
            + " return ids.length != 2 || !t || !d || t.id != ids[0] || d.id != ids[1]"
            + "   || !t.textContent.trim() || !d.textContent.trim()"
            + "   || !f.querySelector('table caption') || f.querySelectorAll('tbody tr').length == 0;"
            + "}).map(f => f.dataset.chart)");
    if (!inaccessible.isEmpty()) {
      problems.add(name + ": charts without a title, description or data table: "
          + inaccessible);
    }
    @SuppressWarnings("unchecked")
    Map<String, Map<String, String>> shown = (Map<String, Map<String, String>>) js.executeScript(
        "const out = {};"
            + " document.querySelectorAll('figure[data-chart]').forEach(f => {"
            + "   const m = {}; out[f.dataset.chart] = m;"
            + "   f.querySelectorAll('rect[data-key]').forEach(r => m[r.dataset.key] = r.dataset.value);"
            + " });"
            + " return out;");
    if (!shown.keySet().equals(expected.keySet())) {
      problems.add(name + ": charts shown " + shown.keySet() + ", expected "
          + expected.keySet());
    }
    for (Map.Entry<String, Map<String, String>> e : expected.entrySet()) {
      Map<String, String> got = shown.get(e.getKey());
      if (got != null && !got.equals(e.getValue())) {
        problems.add(name + ": chart " + e.getKey() + " shows " + new TreeMap<>(got)
            + ", the calculators give " + new TreeMap<>(e.getValue()));
      }
    }
    screenshot(name);
    return problems;
  }

  private void screenshot(String name) {
    Number height = (Number) ((JavascriptExecutor) driver).executeScript(
        "return document.documentElement.scrollHeight");
    driver.manage().window().setSize(new Dimension(1100, Math.min(height.intValue(), 12_000)));
    Path png = driver.getScreenshotAs(OutputType.FILE).toPath();
    try {
      Files.copy(png, OUT.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    driver.manage().window().setSize(new Dimension(1100, 1400));
  }
}
