package org.rbmkit.kpi.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.GroupRate;
import org.rbmkit.kpi.certification.StageCounts;
import org.rbmkit.kpi.certification.Rate.RateKind;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class CertificationJsonTest {

  static final JsonMapper MAPPER = RbmJson.mapper();

  static String compact(String json) {
    return json.replaceAll("\\s+", "");
  }

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(Modality.TUTOR_SUPPORTED_ONLINE, "\"tutor-supported-online\""),
        Arguments.of(Offer.TAILOR_MADE, "\"tailor-made\""),
        Arguments.of(Pricing.FELLOWSHIP_FUNDED, "\"fellowship-funded\""),
        Arguments.of(Award.ASSESSED, "\"assessed\""),
        Arguments.of(CredentialTier.ACHIEVEMENT, "\"achievement\""),
        Arguments.of(Stage.CREDENTIAL_EARNED, "\"credential-earned\""),
        Arguments.of(RateKind.UPTAKE, "\"uptake\""),
        Arguments.of(Dimension.MODALITY, "\"modality\""),
        Arguments.of(CountBasis.PARTICIPANTS, "\"participants\""),
        Arguments.of(Rate.parse("uptake 97/125"),
            "{\"kind\":\"uptake\",\"numerator\":97,\"denominator\":125}"),
        Arguments.of(StageCounts.of(130, 125, 125, 97),
            "{\"enrolled\":130,\"completed\":125,\"credentialEarned\":125,"
                + "\"credentialAccessed\":97}"),
        Arguments.of(GroupKey.of("tutor-supported-online", "achievement"),
            "[\"tutor-supported-online\",\"achievement\"]"),
        Arguments.of(
            new GroupRate(GroupKey.of("blended"), Rate.parse("completion 0/0"), 30),
            "{\"group\":[\"blended\"],\"rate\":{\"kind\":\"completion\",\"numerator\":0,"
                + "\"denominator\":0},\"smallGroupThreshold\":30,\"smallGroup\":true}"));
  }

  @ParameterizedTest
  @MethodSource("values")
  void roundTrip(Object value, String json) {
    assertThat(compact(MAPPER.writeValueAsString(value))).isEqualTo(json);
    assertThat(MAPPER.readValue(json, value.getClass())).isEqualTo(value);
  }

  @Test
  void groupRate_withInterval_roundTrips() {
    GroupRate row = new GroupRate(GroupKey.of("x"), Rate.parse("uptake 97/125"), 30);
    String json = MAPPER.writeValueAsString(row);
    assertThat(compact(json))
        .contains("\"interval\":{\"lower\":0.695311664575850175354297938109769")
        .contains("\"smallGroup\":false");
    assertThat(MAPPER.readValue(json, GroupRate.class)).isEqualTo(row);
  }

  @Test
  void reportRows_serialiseAsAList() {
    List<GroupRate> rows =
        CertificationTally.of(List.of(), Dimension.MODALITY)
            .rows(RateKind.UPTAKE, CountBasis.ENROLMENTS, 30);
    assertThat(MAPPER.writeValueAsString(rows)).isEqualTo("[ ]");
  }

  @Test
  void derivedFigures_areRecomputedNotTrusted() {
    String wrongFlag =
        "{\"group\":[\"x\"],\"rate\":{\"kind\":\"uptake\",\"numerator\":97,\"denominator\":125},"
            + "\"smallGroupThreshold\":30,\"smallGroup\":true}";
    assertThatThrownBy(() -> MAPPER.readValue(wrongFlag, GroupRate.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("smallGroup true does not match denominator 125 and threshold 30");
    String wrongInterval =
        "{\"group\":[\"x\"],\"rate\":{\"kind\":\"uptake\",\"numerator\":97,\"denominator\":125},"
            + "\"smallGroupThreshold\":30,\"interval\":{\"lower\":0.69,\"upper\":0.84}}";
    assertThatThrownBy(() -> MAPPER.readValue(wrongInterval, GroupRate.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("interval [0.69, 0.84] does not match the 95 % Wilson interval");
  }

  @Test
  void badInput_namesThePathAndValue() {
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"kind\":\"taux\",\"numerator\":1,\"denominator\":2}", Rate.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("rate kind \"taux\" is not one of completion, certification, uptake")
        .hasMessageContaining("kind");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"kind\":\"uptake\",\"numerator\":3,\"denominator\":2}", Rate.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("numerator 3 exceeds denominator 2");
    assertThatThrownBy(() -> MAPPER.readValue("[\"a\", 1]", GroupKey.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("a group value must be a string, found VALUE_NUMBER_INT");
    assertThatThrownBy(() -> MAPPER.readValue("{\"a\": 1}", GroupKey.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("a group must be an array of strings, found START_OBJECT");
    assertThatThrownBy(() -> MAPPER.readValue("[\"a\"]", GroupRate.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("a group rate must be an object, found START_ARRAY");
    assertThatThrownBy(
            () ->
                MAPPER.readValue(
                    "{\"group\":[\"x\"],\"rate\":{\"kind\":\"uptake\",\"numerator\":1,"
                        + "\"denominator\":2},\"smallGroupThreshold\":\"30\"}",
                    GroupRate.class))
        .isInstanceOf(JacksonException.class)
        .hasMessageContaining("smallGroupThreshold must be an integer, found VALUE_STRING");
  }
}
