package org.rbmkit.kpi.certification.internal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.google.common.collect.ImmutableList;
import java.util.function.Function;
import org.rbmkit.core.json.JsonInput;
import org.rbmkit.core.json.TextForm;
import org.rbmkit.kpi.certification.Award;
import org.rbmkit.kpi.certification.Breakdown.CountBasis;
import org.rbmkit.kpi.certification.CredentialTier;
import org.rbmkit.kpi.certification.Dimension;
import org.rbmkit.kpi.certification.Breakdown.GroupKey;
import org.rbmkit.kpi.certification.GroupRate;
import org.rbmkit.kpi.certification.Modality;
import org.rbmkit.kpi.certification.Offer;
import org.rbmkit.kpi.certification.Pricing;
import org.rbmkit.kpi.certification.Rate;
import org.rbmkit.kpi.certification.Rate.RateKind;
import org.rbmkit.kpi.certification.Stage;
import org.rbmkit.kpi.certification.StageCounts;
import org.rbmkit.kpi.certification.WilsonInterval;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for certification rates, internal to the module (not exported): {@code
 * RbmJson.mapper()} has it, and a user never names it; {@code RbmJson.mapper()} finds it through
 * {@link java.util.ServiceLoader}.
 *
 * <pre>{@code
 * RbmJson.mapper().writeValueAsString(Rate.parse("uptake 97/125"));
 * // {"kind": "uptake", "numerator": 97, "denominator": 125}
 * }</pre>
 *
 * <p>JSON forms:
 *
 * <ul>
 *   <li>enums by their code: {@code "tutor-supported-online"}, {@code "fellowship-funded"},
 *       {@code "achievement"}, {@code "credential-earned"}, {@code "uptake"}, {@code "modality"},
 *       {@code "participants"};
 *   <li>{@link Rate}: {@code {"kind": "uptake", "numerator": 97, "denominator": 125}};
 *       {@link StageCounts}: {@code {"enrolled": 130, "completed": 125, "credentialEarned": 125,
 *       "credentialAccessed": 97}}; {@link WilsonInterval}: {@code {"lower": 0.695…, "upper":
 *       0.840…}} (34 significant digits);
 *   <li>{@link GroupKey}: an array of values, {@code ["tutor-supported-online", "achievement"]};
 *   <li>{@link GroupRate}: {@code {"group": [...], "rate": {...}, "smallGroupThreshold": 30,
 *       "smallGroup": false, "interval": {...}}}, the interval left out when there is no data.
 *       On reading, {@code smallGroup} and {@code interval} are optional and, when present, must
 *       equal the values recomputed from the rate: derived figures are never trusted.
 * </ul>
 */
public class RbmCertificationModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers. */
  public RbmCertificationModule() {
    super("rbmkit-kpi-certification");
    text(Modality.class, Modality::code, Modality::fromCode, "modality");
    text(Offer.class, Offer::code, Offer::fromCode, "offer");
    text(Pricing.class, Pricing::code, Pricing::fromCode, "pricing");
    text(Award.class, Award::code, Award::fromCode, "award");
    text(CredentialTier.class, CredentialTier::code, CredentialTier::fromCode, "credential");
    text(Stage.class, Stage::code, Stage::fromCode, "stage");
    text(RateKind.class, RateKind::code, RateKind::fromCode, "rate kind");
    text(Dimension.class, Dimension::code, Dimension::fromCode, "dimension");
    text(CountBasis.class, CountBasis::code, CountBasis::fromCode, "count basis");
    setMixInAnnotation(Rate.class, DerivedFlagsHidden.class);
    setMixInAnnotation(StageCounts.class, DerivedFlagsHidden.class);
    addSerializer(GroupKey.class, new GroupKeySerializer());
    addDeserializer(GroupKey.class, new GroupKeyDeserializer());
    addSerializer(GroupRate.class, new GroupRateSerializer());
    addDeserializer(GroupRate.class, new GroupRateDeserializer());
  }

  /** Keeps derived flags such as {@code isNoData()} out of the JSON of records. */
  private abstract static class DerivedFlagsHidden {
    @JsonIgnore
    abstract boolean isNoData();

    @JsonIgnore
    abstract boolean isEmpty();
  }

  private <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    TextForm.register(this, type, format, parse, what);
  }

  private static final class GroupKeySerializer extends ValueSerializer<GroupKey> {
    @Override
    public void serialize(GroupKey value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartArray();
      for (String v : value.values()) {
        gen.writeString(v);
      }
      gen.writeEndArray();
    }

    @Override
    public Class<?> handledType() {
      return GroupKey.class;
    }
  }

  private static final class GroupKeyDeserializer extends ValueDeserializer<GroupKey> {
    @Override
    public GroupKey deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      JsonInput.expect(
          p, ctxt, this, JsonToken.START_ARRAY, "a group must be an array of strings");
      ImmutableList.Builder<String> values = ImmutableList.builder();
      for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
        JsonInput.expect(p, ctxt, this, JsonToken.VALUE_STRING, "a group value must be a string");
        values.add(p.getString());
      }
      return JsonInput.build(ctxt, this, () -> new GroupKey(values.build()));
    }

    @Override
    public Class<?> handledType() {
      return GroupKey.class;
    }
  }

  private static final class GroupRateSerializer extends ValueSerializer<GroupRate> {
    @Override
    public void serialize(GroupRate value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeName("group");
      ctxt.writeValue(gen, value.group());
      gen.writeName("rate");
      ctxt.writeValue(gen, value.rate());
      gen.writeNumberProperty("smallGroupThreshold", value.smallGroupThreshold());
      gen.writeBooleanProperty("smallGroup", value.isSmallGroup());
      if (value.interval().isPresent()) {
        gen.writeName("interval");
        ctxt.writeValue(gen, value.interval().get());
      }
      gen.writeEndObject();
    }

    @Override
    public Class<?> handledType() {
      return GroupRate.class;
    }
  }

  private static final class GroupRateDeserializer extends ValueDeserializer<GroupRate> {
    @Override
    public GroupRate deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      JsonInput.expect(p, ctxt, this, JsonToken.START_OBJECT, "a group rate must be an object");
      GroupKey group = null;
      Rate rate = null;
      Integer threshold = null;
      Boolean small = null;
      WilsonInterval interval = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "group" -> group = ctxt.readValue(p, GroupKey.class);
          case "rate" -> rate = ctxt.readValue(p, Rate.class);
          case "smallGroupThreshold" -> {
            JsonInput.expect(p, ctxt, this, JsonToken.VALUE_NUMBER_INT,
                "smallGroupThreshold must be an integer");
            threshold = p.getIntValue();
          }
          case "smallGroup" -> {
            if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
              return ctxt.reportInputMismatch(this, "smallGroup must be a boolean, found %s", t);
            }
            small = t == JsonToken.VALUE_TRUE;
          }
          case "interval" -> interval = ctxt.readValue(p, WilsonInterval.class);
          default -> {
            return ctxt.reportInputMismatch(
                this,
                "unknown group rate property \"%s\" (expected group, rate, smallGroupThreshold,"
                    + " smallGroup, interval)",
                name);
          }
        }
      }
      if (group == null || rate == null || threshold == null) {
        return ctxt.reportInputMismatch(
            this, "a group rate needs \"group\", \"rate\" and \"smallGroupThreshold\"");
      }
      GroupKey g = group;
      Rate r = rate;
      int n = threshold;
      GroupRate result = JsonInput.build(ctxt, this, () -> new GroupRate(g, r, n));
      if (small != null && small != result.isSmallGroup()) {
        return ctxt.reportInputMismatch(
            this,
            "smallGroup %s does not match denominator %s and threshold %s",
            small,
            rate.denominator(),
            threshold);
      }
      if (interval != null) {
        WilsonInterval recomputed = result.interval().orElse(null);
        if (recomputed == null
            || recomputed.lower().compareTo(interval.lower()) != 0
            || recomputed.upper().compareTo(interval.upper()) != 0) {
          return ctxt.reportInputMismatch(
              this,
              "interval [%s, %s] does not match the 95 %% Wilson interval of %s",
              interval.lower(),
              interval.upper(),
              rate);
        }
      }
      return result;
    }

    @Override
    public Class<?> handledType() {
      return GroupRate.class;
    }
  }
}
