package org.rbmkit.kpi.workforce.internal;

import org.rbmkit.kpi.workforce.ContractType;
import org.rbmkit.kpi.workforce.CountryCode;
import org.rbmkit.kpi.workforce.Gender;
import org.rbmkit.kpi.workforce.LocationType;
import org.rbmkit.kpi.workforce.RecruitmentStatus;
import java.util.function.Function;
import org.rbmkit.core.json.TextForm;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for the workforce types; {@link org.rbmkit.core.json.RbmJson#mapper()}
 * finds it through {@link java.util.ServiceLoader}.
 *
 * <p>Code-list values are JSON strings: genders ({@code "female"}), nationalities ({@code
 * "KEN"}, also as object keys), contract types, recruitment and location codes. A value outside
 * its list is an error carrying the JSON path. See docs/workforce-format.md.
 */
public class WorkforceJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers. */
  public WorkforceJsonModule() {
    super("rbmkit-kpi-workforce");
    text(Gender.class, Gender::code, Gender::fromCode, "gender");
    text(ContractType.class, ContractType::code, ContractType::fromCode, "contract type");
    text(
        RecruitmentStatus.class,
        RecruitmentStatus::code,
        RecruitmentStatus::fromCode,
        "recruitment status");
    text(LocationType.class, LocationType::code, LocationType::fromCode, "location type");
    text(CountryCode.class, CountryCode::alpha3, CountryCode::of, "country code");
    addKeyDeserializer(CountryCode.class, new CountryKeyDeserializer());
  }

  private <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    TextForm.register(this, type, format, parse, what);
  }

  private static final class CountryKeyDeserializer extends KeyDeserializer {
    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws JacksonException {
      try {
        return CountryCode.of(key);
      } catch (IllegalArgumentException e) {
        return ctxt.handleWeirdKey(CountryCode.class, key, "%s", e.getMessage());
      }
    }
  }
}
