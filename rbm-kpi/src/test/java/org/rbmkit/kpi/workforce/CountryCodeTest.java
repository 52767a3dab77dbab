package org.rbmkit.kpi.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CountryCodeTest {

  @Test
  void of_acceptsAlpha3_andKnowsAlpha2() {
    assertThat(CountryCode.of("CHE").alpha2()).isEqualTo("CH");
    assertThat(CountryCode.of("AUT").alpha2()).isEqualTo("AT");
    assertThat(CountryCode.parse(CountryCode.of("KEN").toString())).isEqualTo(CountryCode.of("KEN"));
    assertThat(CountryCode.all()).hasSizeGreaterThan(240).contains(CountryCode.of("FRA"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"CH", "che", "XYZ", "", " CHE", "SUI", "EU"})
  void of_rejectsOtherCodes(String code) {
    assertThatThrownBy(() -> CountryCode.of(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown country code \"" + code + "\"")
        .hasMessageContaining("ISO 3166-1 alpha-3");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(CountryCode.of("CHE"), new CountryCode("CHE"))
        .addEqualityGroup(CountryCode.of("FRA"))
        .testEquals();
  }
}
