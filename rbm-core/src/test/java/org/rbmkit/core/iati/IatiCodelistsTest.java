package org.rbmkit.core.iati;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

/** The enums and code checks agree with the codelists shipped with the standard. */
class IatiCodelistsTest {

  static List<String> codes(String codelist) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    NodeList nodes =
        f.newDocumentBuilder()
            .parse(IatiSuiteTest.IATI.resolve("codelists/" + codelist + ".xml").toFile())
            .getElementsByTagName("code");
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent().strip());
    }
    return out;
  }

  @Test
  void enums_haveExactlyTheCodelistCodes() throws Exception {
    assertThat(Arrays.stream(ResultType.values()).map(ResultType::code))
        .containsExactlyElementsOf(codes("ResultType"));
    assertThat(Arrays.stream(BudgetType.values()).map(BudgetType::code))
        .containsExactlyElementsOf(codes("BudgetType"));
    assertThat(Arrays.stream(BudgetStatus.values()).map(BudgetStatus::code))
        .containsExactlyElementsOf(codes("BudgetStatus"));
  }

  @Test
  void everyIndicatorMeasureCode_isKnownWithItsIatiCode() throws Exception {
    for (String code : codes("IndicatorMeasure")) {
      IatiIndicator i =
          new IatiIndicator(
              code,
              Optional.empty(),
              Optional.empty(),
              ImmutableList.of(),
              ImmutableList.of(),
              ImmutableList.of(),
              ImmutableList.of(),
              ImmutableList.of());
      assertThat(i.knownMeasure())
          .as(code)
          .hasValueSatisfying(m -> assertThat(m.iatiCode()).isEqualTo(Integer.parseInt(code)));
    }
  }

  @Test
  void everyCurrencyOfTheCodelist_isAcceptedAsMoney() throws Exception {
    List<String> refused = new ArrayList<>();
    for (String code : codes("Currency")) {
      if (new IatiAmount(BigDecimal.ONE, Optional.of(code), LocalDate.EPOCH).money().isEmpty()) {
        refused.add(code);
      }
    }
    // IATI lists Bitcoin (XBT), which is not ISO 4217, and special drawing rights (XDR), which
    // have no minor unit and so are not Money; the reader warns about both
    assertThat(refused).containsExactly("XBT", "XDR");
  }
}
