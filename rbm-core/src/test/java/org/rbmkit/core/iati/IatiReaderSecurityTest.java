package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile documents are refused with a clear error, in lenient and strict mode alike. */
class IatiReaderSecurityTest {

  static final String ACTIVITY_BODY =
      "<reporting-org ref='AA-1' type='10'><narrative>Org</narrative></reporting-org>"
          + "<title><narrative>T</narrative></title><description><narrative>D</narrative></description><participating-org"
          + " role='1'/><activity-status code='2'/><activity-date type='1' iso-date='2024-01-01'/>";

  static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  static String doc(String prolog, String identifier, String extra) {
    return "<?xml version='1.0'?>"
        + prolog
        + "<iati-activities version='2.03'><iati-activity>"
        + "<iati-identifier>"
        + identifier
        + "</iati-identifier>"
        + ACTIVITY_BODY
        + extra
        + "</iati-activity></iati-activities>";
  }

  @Test
  void xxe_externalFileEntity_isRefused(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xml =
        doc(
            "<!DOCTYPE iati-activities [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>",
            "&xxe;",
            "");
    List<ActivityRead> reads = new ArrayList<>();
    for (IatiReader reader : List.of(IatiReader.lenient(), IatiReader.strict())) {
      assertThatThrownBy(() -> reader.read(stream(xml), reads::add))
          .isInstanceOf(IatiReadException.class)
          .hasMessageContaining("DOCTYPE")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }
    assertThat(reads).isEmpty();
  }

  @Test
  void xxe_parameterEntityAndExternalDtd_areRefused() {
    String parameter =
        doc("<!DOCTYPE x [<!ENTITY % p SYSTEM 'http://127.0.0.1:1/evil.dtd'> %p;]>", "A", "");
    String externalDtd =
        doc("<!DOCTYPE iati-activities SYSTEM 'http://127.0.0.1:1/iati.dtd'>", "A", "");
    for (String xml : List.of(parameter, externalDtd)) {
      assertThatThrownBy(() -> IatiReader.lenient().read(stream(xml), r -> {}))
          .isInstanceOf(IatiReadException.class)
          .hasMessageContaining("DOCTYPE");
    }
  }

  @Test
  void billionLaughs_entityExpansion_isRefused() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 'lol'>");
    for (int i = 1; i <= 9; i++) {
      String prev = "&lol" + (i - 1) + ";";
      dtd.append("<!ENTITY lol").append(i).append(" '").append(prev.repeat(10)).append("'>");
    }
    dtd.append("]>");
    String xml = doc(dtd.toString(), "&lol9;", "");
    assertThatThrownBy(() -> IatiReader.lenient().read(stream(xml), r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void undeclaredEntity_isRefusedAsMalformed() {
    String xml = doc("", "&undeclared;", "");
    assertThatThrownBy(() -> IatiReader.lenient().read(stream(xml), r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessageContaining("undeclared");
  }

  @Test
  void deepNesting_isRefusedAtTheDepthLimit() {
    int depth = 100_000;
    String xml = doc("", "A", "<x:a xmlns:x='urn:x'>".repeat(depth) + "</x:a>".repeat(depth));
    assertThatThrownBy(() -> IatiReader.lenient().read(stream(xml), r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessageContaining("nest deeper than the limit of " + IatiReader.DEFAULT_MAX_DEPTH);
  }

  @Test
  void elementsPerActivity_areBounded() {
    String xml = doc("", "A", "<x:a xmlns:x='urn:x'/>".repeat(200));
    assertThatThrownBy(
            () -> IatiReader.lenient().withMaxElementsPerActivity(100).read(stream(xml), r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessageContaining("more than 100 elements");
  }

  @Test
  void documentSize_isBounded() {
    String xml = doc("", "A", "<!--" + "x".repeat(10_000) + "-->");
    assertThatThrownBy(() -> IatiReader.lenient().withMaxBytes(4_096).read(stream(xml), r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessage("the IATI document has 1 problem: document is larger than the limit of 4096 bytes");
    assertThat(IatiReader.lenient().withMaxBytes(xml.length()).readAll(stream(xml))).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"<iati-activities version='2.03'><iati-activity>", "not xml at all", ""})
  void malformedXml_isRefused(String xml) {
    assertThatThrownBy(() -> IatiReader.lenient().read(stream(xml), r -> {}))
        .isInstanceOf(IatiReadException.class)
        .hasMessageStartingWith("the IATI document has 1 problem: malformed or unsafe XML");
  }

  @Test
  void organisationFile_isRefusedAsNotAnActivityFile() throws IOException {
    try (InputStream in =
        Files.newInputStream(
            IatiSuiteTest.IATI.resolve("organisation-standard-example-annotated.xml"))) {
      assertThatThrownBy(() -> IatiReader.lenient().read(in, r -> {}))
          .isInstanceOf(IatiReadException.class)
          .hasMessageContaining("<iati-organisations>, not <iati-activities>");
    }
  }
}
