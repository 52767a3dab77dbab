package org.rbmkit.kpi.workforce;

import org.rbmkit.kpi.workforce.Workforce.DesirableRange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.rbmkit.core.json.RbmJson;
import org.rbmkit.core.staff.Grade;
import tools.jackson.databind.SerializationFeature;

/** One round-trip table for the workforce value types in JSON. */
class WorkforceValuesJsonTest {

  static Stream<Arguments> values() {
    return Stream.of(
        Arguments.of(CountryCode.class, CountryCode.of("KEN"), "\"KEN\""),
        Arguments.of(Gender.class, Gender.NOT_STATED, "\"not-stated\""),
        Arguments.of(ContractType.class, ContractType.FIXED_TERM, "\"fixed-term\""),
        Arguments.of(RecruitmentStatus.class, RecruitmentStatus.INTERNATIONAL, "\"international\""),
        Arguments.of(LocationType.class, LocationType.FIELD, "\"field\""),
        Arguments.of(DesirableRange.class, new DesirableRange(2, 6), "{\"lower\":2,\"upper\":6}"),
        Arguments.of(StaffMember.class, StaffMemberTest.member("S-1", Grade.P_4, Gender.FEMALE, "0.50"),
            "{\"id\":\"S-1\",\"grade\":\"P-4\",\"gender\":\"female\",\"nationality\":\"KEN\","
                + "\"contractType\":\"fixed-term\",\"recruitment\":\"international\","
                + "\"dutyStation\":\"Geneva\",\"location\":\"headquarters\",\"fund\":\"RB\",\"fte\":0.5}"));
  }

  @ParameterizedTest(name = "{2}")
  @MethodSource("values")
  <T> void json_roundTrips(Class<T> type, T value, String json) {
    String written = RbmJson.mapper().writer().withoutFeatures(SerializationFeature.INDENT_OUTPUT)
        .writeValueAsString(value);
    assertThat(written).isEqualTo(json);
    assertThat(RbmJson.mapper().readValue(json, type)).isEqualTo(value);
  }
}
