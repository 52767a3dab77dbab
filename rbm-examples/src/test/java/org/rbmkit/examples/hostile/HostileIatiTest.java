package org.rbmkit.examples.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and edge-case IATI files through {@code rbm validate} and {@code rbm convert} in a JVM
 * of 64 MB: every one ends fast with a clear message and the documented exit code, never an
 * out-of-memory error.
 */
class HostileIatiTest {

  private static final ForkedRbm RBM = ForkedRbm.withHeap("64m");

  private static final String BODY =
      "<reporting-org ref='AA-1' type='10'><narrative>Org</narrative></reporting-org>"
          + "<title><narrative>T</narrative></title><description><narrative>D</narrative>"
          + "</description><participating-org role='1'/><activity-status code='2'/>"
          + "<activity-date type='1' iso-date='2024-01-01'/>";

  @TempDir Path dir;

  private static String activity(String id, String extra) {
    return "<iati-activity><iati-identifier>" + id + "</iati-identifier>" + BODY + extra
        + "</iati-activity>";
  }

  private Path file(String name, String xml) throws IOException {
    return Files.writeString(dir.resolve(name), xml, StandardCharsets.UTF_8);
  }

  @Test
  void deepLongNamedPaths_validWithinTheHeap() throws Exception {
    // 472 KB within every limit: 36 nested elements with 990-character names inside a
    // <location> (not carried) reach the depth limit of 40, with 100,000 empty children at the
    // bottom; each of their paths is 36 KB long, 3.6 GB if every path were built
    Path f = dir.resolve("deep.xml");
    String name = "n".repeat(990);
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("<iati-activities version='2.03'><iati-activity><iati-identifier>AA-1-X"
          + "</iati-identifier>" + BODY + "<location>");
      w.write(("<" + name + ">").repeat(36));
      w.write("<e/>".repeat(100_000));
      w.write(("</" + name + ">").repeat(36));
      w.write("</location></iati-activity></iati-activities>");
    }
    assertThat(Files.size(f)).isBetween(465_000L, 480_000L);
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString(), "--verbose");
    assertThat(r.code()).as(r.describe()).isZero();
    assertThat(r.out()).isEqualTo("valid IATI activities file: 1 activity, 0 results\n");
    assertThat(r.err()).contains(
        "activity AA-1-X, at /iati-activities/iati-activity[1]/location[1]: skipped: element"
            + " <location> not carried");
  }

  @Test
  void narrativeOverTheTextLimit_refusedNamingPathAndLimit() throws Exception {
    Path f = file("long.xml", "<iati-activities version='2.03'>"
        + activity("AA-1-X", "<result type='1'><title><narrative>"
            + "x".repeat(5_000_000) + "</narrative></title></result>")
        + "</iati-activities>");
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("rbm validate: " + f + ": the text of"
        + " /iati-activities/iati-activity[1]/result[1]/title[1]/narrative[1] (line 1) is longer"
        + " than the limit of 1000000 characters (IatiReader.withMaxTextLength)\n");
  }

  @Test
  void attributeOf50Megabytes_refusedBeforeItIsHeld() throws Exception {
    Path f = dir.resolve("attr.xml");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("<iati-activities version='2.03'><iati-activity hierarchy='");
      String chunk = "1".repeat(1_000_000);
      for (int i = 0; i < 50; i++) {
        w.write(chunk);
      }
      w.write("'/></iati-activities>");
    }
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(2);
    assertThat(r.err()).startsWith("rbm validate: " + f + ": markup in /iati-activities (a start"
        + " tag with its attributes, a comment or a CDATA section) runs over 4065536 bytes");
  }

  @Test
  void millionForeignElements_firstThousandListedTheRestCounted() throws Exception {
    Path f = dir.resolve("foreign.xml");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("<iati-activities version='2.03' xmlns:x='urn:x'>");
      for (int i = 0; i < 1_000_000; i++) {
        w.write("<x:e/>");
      }
      w.write(activity("AA-1-X", ""));
      w.write("</iati-activities>");
    }
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString(), "--verbose");
    assertThat(r.code()).as(r.describe()).isZero();
    assertThat(r.err().lines().filter(l -> l.contains("skipped: element <x:e> not carried")))
        .hasSize(1_000);
    assertThat(r.err()).contains(f + ": 999000 more problems outside the activities not listed");
  }

  @Test
  void manyActivities_validateStreamsThem() throws Exception {
    Path f = dir.resolve("many.xml");
    try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
      w.write("<iati-activities version='2.03'>");
      String result = "<result type='1'><title><narrative>" + "r".repeat(400) + "</narrative>"
          + "</title><indicator measure='1'><title><narrative>" + "i".repeat(400)
          + "</narrative></title><period><period-start iso-date='2024-01-01'/><period-end"
          + " iso-date='2024-12-31'/><target value='10'/><actual value='7'/></period>"
          + "</indicator></result>";
      for (int i = 0; i < 60_000; i++) {
        w.write(activity("AA-1-" + i, result));
      }
      w.write("</iati-activities>");
    }
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString());
    assertThat(r.code()).as(r.describe()).isZero();
    assertThat(r.out()).isEqualTo("valid IATI activities file: 60000 activities, 60000 results\n");
  }

  @Test
  void unsupportedVersions_areProblemsNotValid() throws Exception {
    Path banana = file("banana.xml",
        "<iati-activities version='banana'>" + activity("AA-1-X", "") + "</iati-activities>");
    ForkedRbm.Run v = RBM.run(dir, "validate", banana.toString());
    assertThat(v.code()).as(v.describe()).isEqualTo(2);
    assertThat(v.err()).isEqualTo("rbm validate: " + banana + ":1: at /iati-activities/@version:"
        + " error (rule codelist): version \"banana\" is not a 2.0x version of the Version"
        + " codelist (2.01, 2.02, 2.03); the file is read as 2.03\n");
    ForkedRbm.Run c = RBM.run(dir, "convert", banana.toString(), "--to", "iati");
    assertThat(c.code()).as(c.describe()).isEqualTo(2);
    assertThat(c.out()).isEmpty();

    Path empty = file("empty.xml",
        "<iati-activities version=''>" + activity("AA-1-X", "") + "</iati-activities>");
    assertThat(RBM.run(dir, "validate", empty.toString()).err())
        .contains("version \"\" is not a 2.0x version");

    // a 1.0x file: one line naming the version, not an error per difference from 2.0x
    StringBuilder old = new StringBuilder("<iati-activities version='1.03'>");
    for (int i = 0; i < 200; i++) {
      old.append("<iati-activity><iati-identifier>X-").append(i).append("</iati-identifier>"
          + "<reporting-org ref='X'>X</reporting-org><title>T</title></iati-activity>");
    }
    Path v103 = file("v103.xml", old + "</iati-activities>");
    ForkedRbm.Run o = RBM.run(dir, "validate", v103.toString());
    assertThat(o.code()).as(o.describe()).isEqualTo(2);
    assertThat(o.err()).isEqualTo("rbm validate: " + v103 + ": line 1: /iati-activities/@version"
        + " is \"1.03\": IATI 1.0x files are not read, only versions 2.01, 2.02 and 2.03\n");
  }

  @Test
  void skippedRootContent_reportedAsPromised() throws Exception {
    Path f = file("skipped.xml", "<iati-activities version='2.03' generated-datetime="
        + "'2024-01-01T00:00:00Z' xmlns:x='urn:x'><x:meta/>" + activity("AA-1-X", "")
        + "</iati-activities>");
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString(), "--verbose");
    assertThat(r.code()).as(r.describe()).isZero();
    assertThat(r.err()).contains(
        f + ":1: at /iati-activities/@generated-datetime: skipped: attribute @generated-datetime"
            + " of <iati-activities> not carried",
        f + ":1: at /iati-activities/x:meta[1]: skipped: element <x:meta> not carried");
    // without --verbose: one line per element
    ForkedRbm.Run t = RBM.run(dir, "validate", f.toString());
    assertThat(t.code()).as(t.describe()).isZero();
    assertThat(t.err()).isEqualTo(f + ": not carried, by element (--verbose lists each):\n"
        + "  /iati-activities/@generated-datetime: 1\n"
        + "  /iati-activities/x:meta: 1\n");
  }

  @Test
  void indicatorValuesConvertRefuses_validateRefusesToo() throws Exception {
    for (String value : new String[] {"NaN", "1".repeat(60)}) {
      Path f = file("value.xml", "<iati-activities version='2.03'>" + activity("AA-1-X",
          "<result type='1'><title><narrative>R</narrative></title><indicator measure='1'>"
              + "<title><narrative>I</narrative></title><period><period-start"
              + " iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/><actual value='"
              + value + "'/></period></indicator></result>") + "</iati-activities>");
      ForkedRbm.Run c = RBM.run(dir, "convert", f.toString(), "--to", "json");
      ForkedRbm.Run v = RBM.run(dir, "validate", f.toString());
      assertThat(c.code()).as(c.describe()).isEqualTo(2);
      assertThat(v.code()).as(v.describe()).isEqualTo(2);
      String refusal = c.err().lines().filter(l -> l.startsWith("rbm convert: ")).findFirst()
          .orElseThrow().substring("rbm convert: ".length());
      assertThat(refusal).startsWith(f + ": activity AA-1-X, result 1, indicator 1: ");
      assertThat(v.err()).contains("rbm validate: " + refusal);
    }
  }

  @Test
  void bytesNotUtf8_oneMessageNoParserLineOnStandardError() throws Exception {
    byte[] head = "<iati-activities version='2.03'><iati-activity><iati-identifier>A"
        .getBytes(StandardCharsets.UTF_8);
    byte[] xml = java.util.Arrays.copyOf(head, head.length + 2);
    xml[head.length] = (byte) 0xC3;
    xml[head.length + 1] = (byte) 0x28;
    Path f = Files.write(dir.resolve("latin.xml"), xml);
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString());
    assertThat(r.code()).as(r.describe()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("rbm validate: " + f + ": malformed or unsafe XML: byte "
        + (head.length + 1) + " (from 0) is not UTF-8, the document's encoding\n");
  }

  // ---- IATI files to answers: achievement, portfolio, tolerant reading ----

  /** A peer-style activity: no reporting-org, participating-org, status or dates. */
  static final String PEER =
      "<iati-activities version='2.03'><iati-activity default-currency='EUR'>"
          + "<iati-identifier>XM-PEER-1</iati-identifier>"
          + "<title><narrative>Peer</narrative></title><description><narrative>D</narrative>"
          + "</description>"
          + "<sector code='11220' percentage='60'/><sector code='12110' percentage='40'/>"
          + "<budget><period-start iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/>"
          + "<value value-date='2024-01-01'>1000.01</value></budget>"
          + "<result type='2' aggregation-status='1'><title><narrative>R</narrative></title>"
          // descending: baseline 400, target 200, actual 300 -> (300-400)/(200-400) = 50 %
          + "<indicator measure='1' ascending='0'><title><narrative>Cases</narrative></title>"
          + "<baseline year='2023' value='400'/><period><period-start iso-date='2024-01-01'/>"
          + "<period-end iso-date='2024-12-31'/><target value='200'/><actual value='300'/>"
          + "</period></indicator>"
          // no @ascending: ascending; baseline 10, target 20, actual 15 -> 50 %
          + "<indicator measure='1'><title><narrative>Clinics</narrative></title>"
          + "<baseline year='2023' value='10'/><period><period-start iso-date='2024-01-01'/>"
          + "<period-end iso-date='2024-12-31'/><target value='20'/><actual value='15'/>"
          + "</period></indicator>"
          // slices of sex only, no total: targets 60 + 40, actuals 30 + 20 -> derived 100 / 50
          + "<indicator measure='1' ascending='1'><title><narrative>Trained</narrative></title>"
          + "<baseline year='2023' value='0'><dimension name='sex' value='female'/></baseline>"
          + "<baseline year='2023' value='0'><dimension name='sex' value='male'/></baseline>"
          + "<period><period-start iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/>"
          + "<target value='60'><dimension name='sex' value='female'/></target>"
          + "<target value='40'><dimension name='sex' value='male'/></target>"
          + "<actual value='30'><dimension name='sex' value='female'/></actual>"
          + "<actual value='20'><dimension name='sex' value='male'/></actual>"
          + "</period>"
          // a period without its start: not read, even tolerantly (no date is invented)
          + "<period><period-end iso-date='2025-12-31'/><target value='100'/></period>"
          + "</indicator></result></iati-activity></iati-activities>";

  @Test
  void achievement_peerFile_strictRefuses_lenientRatesEveryIndicator() throws Exception {
    Path f = file("peer.xml", PEER);
    ForkedRbm.Run strict = RBM.run(dir, "achievement", f.toString());
    assertThat(strict.code()).as(strict.describe()).isEqualTo(2);
    assertThat(strict.err()).contains("missing required element <reporting-org> in"
        + " <iati-activity>");

    ForkedRbm.Run r = RBM.run(dir, "achievement", f.toString(), "--lenient", "--json");
    assertThat(r.code()).as(r.describe()).isZero();
    assertThat(r.err()).contains(
        "warning (rule required): missing required element <reporting-org> in <iati-activity>;"
            + " read on without it (tolerant)",
        "warning (rule required): missing required element <period-start> in <period>;");
    assertThat(r.out())
        .contains("\"activities\" : 1")
        // the descending indicator at 50 %, the one without @ascending at 50 %
        .contains("\"target\" : \"200\"", "\"actual\" : \"300\"", "\"low\" : \"100/200\"",
            "\"explanation\" : \"progress (baseline − actual) ÷ (baseline − target) = (400 − 300)"
                + " ÷ (400 − 200)\"", "\"achievement\" : \"50.0 %\"")
        .contains("\"slice\" : \"{sex=female}\"", "\"slice\" : \"{sex=male}\"")
        .contains("\"slice\" : \"derived: sum of sex slices\"", "\"target\" : \"100\"",
            "\"actual\" : \"50\"");
    ForkedRbm.Run text = RBM.run(dir, "achievement", f.toString(), "--lenient");
    assertThat(text.code()).as(text.describe()).isZero();
    assertThat(text.out()).contains("XM-PEER-1", "50.0 %", "derived: sum of sex slices");
  }

  @Test
  void portfolio_splitsBySectorWithRemainders_andValidateLenient() throws Exception {
    Path f = file("peer.xml", PEER);
    ForkedRbm.Run r = RBM.run(dir, "portfolio", f.toString(), "--lenient", "--json", "--by",
        "sector");
    assertThat(r.code()).as(r.describe()).isZero();
    // 1000.01 x 60 % = 600.006, x 40 % = 400.004: EUR 600.00 and 400.00, remainders stated
    assertThat(r.out())
        .contains("\"key\" : \"11220\"", "\"amount\" : \"600.00\"", "\"exact\" : \"600.006\"",
            "\"remainder\" : \"0.006\"")
        .contains("\"key\" : \"12110\"", "\"amount\" : \"400.00\"", "\"remainder\" : \"0.004\"");
    ForkedRbm.Run v = RBM.run(dir, "validate", f.toString(), "--lenient");
    assertThat(v.code()).as(v.describe()).isZero();
    ForkedRbm.Run bad = RBM.run(dir, "portfolio", f.toString(), "--by", "planet");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("--by: \"planet\" is not one of year, sector, country, all");
  }

  @Test
  void portfolioAndAchievement_hostileInputs_endFastWithTheirExitCode() throws Exception {
    // a 1.03 file, an organisation file, malformed XML, and many activities with 1,000 sectors
    Path old = file("old.xml", "<iati-activities version='1.03'/>");
    Path org = file("org.xml", "<iati-organisations version='2.03'/>");
    Path broken = file("broken.xml", "<iati-activities version='2.03'><iati-activity>");
    for (Path p : new Path[] {old, org, broken}) {
      for (String cmd : new String[] {"portfolio", "achievement"}) {
        ForkedRbm.Run r = RBM.run(dir, cmd, p.toString(), "--lenient");
        assertThat(r.code()).as(r.describe()).isEqualTo(2);
        assertThat(r.err()).as(r.describe()).startsWith("rbm " + cmd + ": " + p + ": ");
        // one message: the parser's own may take a second line
        assertThat(r.err().lines().count()).as(r.describe()).isLessThanOrEqualTo(2);
      }
    }
    Path many = dir.resolve("many.xml");
    try (Writer w = Files.newBufferedWriter(many, StandardCharsets.UTF_8)) {
      w.write("<iati-activities version='2.03'>");
      for (int i = 0; i < 200; i++) {
        w.write("<iati-activity default-currency='EUR'><iati-identifier>AA-" + i
            + "</iati-identifier>" + BODY.replace("<activity-status", "<activity-status"));
        for (int s = 0; s < 1_000; s++) {
          w.write("<sector code='" + s + "' percentage='0.1'/>");
        }
        w.write("<budget><period-start iso-date='2024-01-01'/><period-end iso-date='2024-12-31'/>"
            + "<value value-date='2024-01-01'>0.07</value></budget></iati-activity>");
      }
      w.write("</iati-activities>");
    }
    ForkedRbm.Run r = RBM.run(dir, "portfolio", many.toString(), "--by", "sector", "--json");
    assertThat(r.code()).as(r.describe()).isZero();
    // 200 x 0.07 x 0.1 % per sector: 0.014 each, EUR 0.01 and remainder 0.004
    assertThat(r.out()).contains("\"exact\" : \"0.014\"", "\"remainder\" : \"0.004\"");
  }
}
