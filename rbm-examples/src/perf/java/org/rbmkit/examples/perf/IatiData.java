package org.rbmkit.examples.perf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.SplittableRandom;

/**
 * A large IATI 2.03 activity file, generated from a seed: each activity has a reporting and two
 * or three participating organisations, titles and descriptions in English and French, recipient
 * countries and sectors whose percentages add up to 100, the default classifications, a budget
 * per year, planned disbursements, five to sixteen transactions, and one to three results with
 * one to three indicators each, a baseline and two to four periods with a target and an actual.
 * About 12 KB per activity: 20 000 activities make a file of about 236 MB.
 *
 * <pre>{@code
 * Path file = IatiData.file(Path.of("target/perf"), 20_000);   // written once, then reused
 * }</pre>
 *
 * <p>The file is valid against the schema and IATI's rules as {@link
 * org.rbmkit.core.iati.IatiReader} checks them: read leniently, it gives no problem at all.
 */
public final class IatiData {

  private static final String[] COUNTRIES = {"KE", "UG", "TZ", "ET", "RW", "MZ", "ML", "BF"};
  private static final String[] SECTORS = {
    "11220", "12220", "12240", "14030", "15110", "15170", "31120", "43040", "72010", "11330"
  };
  private static final String[] CURRENCIES = {"EUR", "USD", "GBP"};
  private static final String[] WORDS = {
    "access", "water", "health", "district", "schools", "women", "farmers", "training",
    "accès", "santé", "école", "région", "développement", "coopération", "formation", "équipe",
    "improved", "services", "community", "capacity", "rural", "nutrition", "sanitation", "data"
  };

  private IatiData() {}

  /** The file of {@code activities} activities in {@code dir}, written first if it is not there. */
  public static Path file(Path dir, int activities) throws IOException {
    Files.createDirectories(dir);
    Path path = dir.resolve("iati-activities-" + activities + ".xml");
    if (!Files.exists(path)) {
      Path tmp = dir.resolve("iati-activities-" + activities + ".xml.tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        write(activities, PerformanceReport.SEED, out);
      }
      Files.move(tmp, path, StandardCopyOption.ATOMIC_MOVE);
    }
    return path;
  }

  /** Writes the document of {@code activities} activities generated from {@code seed}, in UTF-8. */
  public static void write(int activities, long seed, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    w.write("<iati-activities version=\"2.03\">\n");
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder s = new StringBuilder(16_384);
    for (int i = 0; i < activities; i++) {
      s.setLength(0);
      activity(s, i, random);
      w.append(s);
    }
    w.write("</iati-activities>\n");
    w.flush();
  }

  private static void activity(StringBuilder s, int i, SplittableRandom r) {
    String org = "XM-DAC-" + (41100 + r.nextInt(40));
    String currency = CURRENCIES[r.nextInt(CURRENCIES.length)];
    int startYear = 2015 + r.nextInt(8);
    int years = 2 + r.nextInt(4);
    s.append(" <iati-activity xml:lang=\"en\" default-currency=\"").append(currency)
        .append("\">\n");
    s.append("  <iati-identifier>").append(org).append('-').append(100_000 + i)
        .append("</iati-identifier>\n");
    s.append("  <reporting-org ref=\"").append(org).append("\" type=\"40\">\n");
    narrative(s, "   ", null, "Agency " + org);
    s.append("  </reporting-org>\n");
    s.append("  <title>\n");
    narrative(s, "   ", null, words(r, 6));
    narrative(s, "   ", "fr", words(r, 7));
    s.append("  </title>\n");
    int descriptions = 1 + r.nextInt(2);
    for (int d = 1; d <= descriptions; d++) {
      s.append("  <description type=\"").append(d).append("\">\n");
      narrative(s, "   ", null, words(r, 20 + r.nextInt(30)));
      narrative(s, "   ", "fr", words(r, 20 + r.nextInt(30)));
      s.append("  </description>\n");
    }
    int partners = 2 + r.nextInt(2);
    for (int p = 1; p <= partners; p++) {
      s.append("  <participating-org ref=\"XM-OCHA-").append(r.nextInt(9000) + 1000)
          .append("\" type=\"").append(p == 1 ? "10" : "22").append("\" role=\"")
          .append(p).append("\">\n");
      narrative(s, "   ", null, "Partner " + words(r, 3));
      s.append("  </participating-org>\n");
    }
    s.append("  <activity-status code=\"2\"/>\n");
    s.append("  <activity-date type=\"1\" iso-date=\"").append(startYear).append("-01-01\"/>\n");
    s.append("  <activity-date type=\"3\" iso-date=\"").append(startYear + years - 1)
        .append("-12-31\"/>\n");
    int countries = 1 + r.nextInt(3);
    int first = r.nextInt(COUNTRIES.length);
    for (int c = 0; c < countries; c++) {
      s.append("  <recipient-country code=\"")
          .append(COUNTRIES[(first + c) % COUNTRIES.length]).append("\" percentage=\"")
          .append(share(c, countries)).append("\"/>\n");
    }
    int sectors = 1 + r.nextInt(4);
    int firstSector = r.nextInt(SECTORS.length);
    for (int k = 0; k < sectors; k++) {
      s.append("  <sector vocabulary=\"1\" code=\"")
          .append(SECTORS[(firstSector + k) % SECTORS.length]).append("\" percentage=\"")
          .append(share(k, sectors)).append("\"/>\n");
    }
    s.append("  <collaboration-type code=\"1\"/>\n");
    s.append("  <default-flow-type code=\"10\"/>\n");
    s.append("  <default-finance-type code=\"110\"/>\n");
    s.append("  <default-aid-type code=\"C01\" vocabulary=\"1\"/>\n");
    s.append("  <default-tied-status code=\"5\"/>\n");
    for (int y = 0; y < years; y++) {
      s.append("  <budget type=\"1\" status=\"").append(y == 0 ? 2 : 1).append("\">\n");
      period(s, "   ", startYear + y);
      value(s, startYear + y, amount(r, 100_000, 5_000_000), currency, r);
      s.append("  </budget>\n");
    }
    for (int y = 0; y < Math.min(years, 2); y++) {
      s.append("  <planned-disbursement type=\"1\">\n");
      period(s, "   ", startYear + y);
      value(s, startYear + y, amount(r, 50_000, 1_000_000), currency, r);
      s.append("  </planned-disbursement>\n");
    }
    int transactions = 5 + r.nextInt(12);
    for (int t = 0; t < transactions; t++) {
      int year = startYear + r.nextInt(years);
      String date = year + "-" + two(1 + r.nextInt(12)) + "-" + two(1 + r.nextInt(28));
      int type = t == 0 ? 2 : 3 + r.nextInt(2);
      s.append("  <transaction>\n");
      s.append("   <transaction-type code=\"").append(type).append("\"/>\n");
      s.append("   <transaction-date iso-date=\"").append(date).append("\"/>\n");
      s.append("   <value value-date=\"").append(date).append("\">")
          .append(amount(r, 1_000, 900_000)).append("</value>\n");
      s.append("   <receiver-org ref=\"XM-OCHA-").append(r.nextInt(9000) + 1000)
          .append("\" type=\"22\">\n");
      narrative(s, "    ", null, "Receiver " + words(r, 2));
      s.append("   </receiver-org>\n");
      s.append("  </transaction>\n");
    }
    int results = 1 + r.nextInt(3);
    for (int res = 0; res < results; res++) {
      result(s, r, startYear, years);
    }
    s.append(" </iati-activity>\n");
  }

  private static void result(StringBuilder s, SplittableRandom r, int startYear, int years) {
    s.append("  <result type=\"").append(1 + r.nextInt(3)).append("\" aggregation-status=\"1\">\n");
    s.append("   <title>\n");
    narrative(s, "    ", null, words(r, 8));
    s.append("   </title>\n");
    s.append("   <description>\n");
    narrative(s, "    ", null, words(r, 15));
    s.append("   </description>\n");
    int indicators = 1 + r.nextInt(3);
    for (int k = 0; k < indicators; k++) {
      boolean percent = r.nextInt(3) == 0;
      s.append("   <indicator measure=\"").append(percent ? 2 : 1)
          .append("\" ascending=\"1\">\n");
      s.append("    <title>\n");
      narrative(s, "     ", null, words(r, 6));
      s.append("    </title>\n");
      long base = percent ? r.nextInt(40) : r.nextInt(5_000);
      s.append("    <baseline year=\"").append(startYear - 1).append("\" value=\"").append(base)
          .append("\"/>\n");
      int periods = Math.min(years, 2 + r.nextInt(3));
      for (int p = 0; p < periods; p++) {
        long target = base + (percent ? 10 * (p + 1) : 1_000L * (p + 1));
        long actual = target - (percent ? r.nextInt(15) : r.nextInt(1_500));
        s.append("    <period>\n");
        s.append("     <period-start iso-date=\"").append(startYear + p).append("-01-01\"/>\n");
        s.append("     <period-end iso-date=\"").append(startYear + p).append("-12-31\"/>\n");
        s.append("     <target value=\"").append(target).append("\"/>\n");
        s.append("     <actual value=\"").append(Math.max(0, actual)).append("\">\n");
        s.append("      <dimension name=\"sex\" value=\"female\"/>\n");
        s.append("      <comment>\n");
        narrative(s, "       ", null, words(r, 10));
        s.append("      </comment>\n");
        s.append("     </actual>\n");
        s.append("    </period>\n");
      }
      s.append("   </indicator>\n");
    }
    s.append("  </result>\n");
  }

  private static void period(StringBuilder s, String indent, int year) {
    s.append(indent).append("<period-start iso-date=\"").append(year).append("-01-01\"/>\n");
    s.append(indent).append("<period-end iso-date=\"").append(year).append("-12-31\"/>\n");
  }

  private static void value(
      StringBuilder s, int year, String amount, String currency, SplittableRandom r) {
    s.append("   <value");
    if (r.nextInt(4) == 0) {
      s.append(" currency=\"").append(currency).append('"');
    }
    s.append(" value-date=\"").append(year).append("-01-01\">").append(amount)
        .append("</value>\n");
  }

  private static void narrative(StringBuilder s, String indent, String lang, String text) {
    s.append(indent).append("<narrative");
    if (lang != null) {
      s.append(" xml:lang=\"").append(lang).append('"');
    }
    s.append('>').append(text).append("</narrative>\n");
  }

  /** The k-th of n shares that add up to 100, as text. */
  private static String share(int k, int n) {
    int base = 100 / n;
    return Integer.toString(k == 0 ? 100 - base * (n - 1) : base);
  }

  /** An amount with cents, between {@code min} and {@code max}, as text. */
  private static String amount(SplittableRandom r, int min, int max) {
    int units = min + r.nextInt(max - min);
    int cents = r.nextInt(100);
    return units + "." + two(cents);
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String words(SplittableRandom r, int n) {
    StringBuilder b = new StringBuilder(n * 9);
    for (int k = 0; k < n; k++) {
      if (k > 0) {
        b.append(' ');
      }
      b.append(WORDS[r.nextInt(WORDS.length)]);
    }
    if (n > 0) {
      b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    }
    return b.toString();
  }
}
