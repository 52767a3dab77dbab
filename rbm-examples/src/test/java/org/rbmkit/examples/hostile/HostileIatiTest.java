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
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString());
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
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString());
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
    ForkedRbm.Run r = RBM.run(dir, "validate", f.toString());
    assertThat(r.code()).as(r.describe()).isZero();
    assertThat(r.err()).contains(
        f + ":1: at /iati-activities/@generated-datetime: skipped: attribute @generated-datetime"
            + " of <iati-activities> not carried",
        f + ":1: at /iati-activities/x:meta[1]: skipped: element <x:meta> not carried");
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
}
