package org.rbmkit.core.json;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.function.Function;
import org.rbmkit.core.fund.FundKind;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.ExchangeRateKind;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.staff.GradeCategory;
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
 * The Jackson 3 module for rbm-core's value types; {@link RbmJson#mapper()} finds it through
 * {@link java.util.ServiceLoader}.
 *
 * <p>JSON forms (see docs/json-format.md):
 *
 * <ul>
 *   <li>{@link Money}: {@code {"currency": "EUR", "amount": 1250.50}}; the amount is a JSON
 *       number read exactly, with at most the currency's decimal places;
 *   <li>{@link Currency}: {@code "EUR"};
 *   <li>periods as their canonical text: {@code "2024"}, {@code "2024-25"}, {@code "2022-2025"},
 *       {@code "2024-Q1"}, {@code "2024-01-01/2024-06-30"}; a {@link Period} field accepts any;
 *   <li>{@link Grade}: {@code "P-4"} (the seeds' spellings are accepted too);
 *   <li>enums with codes: {@code "voluntary-core"}, {@code "thousands"}, {@code "budget"}.
 * </ul>
 */
public class RbmCoreModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers. */
  public RbmCoreModule() {
    super("rbmkit-core");
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    text(Currency.class, Currency::getCurrencyCode, Currencies::of, "currency");
    text(Period.class, Period::toString, Period::parse, "period");
    text(CalendarYear.class, CalendarYear::toString, CalendarYear::parse, "year");
    text(Biennium.class, Biennium::toString, Biennium::parse, "biennium");
    text(PlanPeriod.class, PlanPeriod::toString, PlanPeriod::parse, "plan period");
    text(Quarter.class, Quarter::toString, Quarter::parse, "quarter");
    text(DateRange.class, DateRange::toString, DateRange::parse, "date range");
    text(Grade.class, Grade::code, Grade::parse, "grade");
    text(GradeCategory.class, GradeCategory::code, GradeCategory::fromCode, "grade category");
    text(FundKind.class, FundKind::code, FundKind::fromCode, "fund kind");
    text(AmountUnit.class, AmountUnit::code, AmountUnit::fromCode, "amount unit");
    text(ExchangeRateKind.class, ExchangeRateKind::code, ExchangeRateKind::fromCode, "rate kind");
  }

  /**
   * Adds a type written as a JSON string: its canonical text out, its parser in. A parse error
   * becomes a Jackson error carrying the JSON path and the parser's message.
   */
  protected final <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    addSerializer(type, new TextSerializer<>(type, format));
    addDeserializer(type, new TextDeserializer<>(type, parse, what));
  }

  private static final class TextSerializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final Function<T, String> format;

    TextSerializer(Class<T> type, Function<T, String> format) {
      this.type = type;
      this.format = format;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeString(format.apply(value));
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class TextDeserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Function<String, T> parse;
    private final String what;

    TextDeserializer(Class<T> type, Function<String, T> parse, String what) {
      this.type = type;
      this.parse = parse;
      this.what = what;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return ctxt.reportInputMismatch(
            this, "%s must be a JSON string, found %s", what, p.currentToken());
      }
      String text = p.getString();
      try {
        return parse.apply(text);
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  private static final class MoneySerializer extends ValueSerializer<Money> {
    @Override
    public void serialize(Money value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      gen.writeStringProperty("currency", value.currencyCode());
      gen.writeName("amount");
      gen.writeNumber(value.amount());
      gen.writeEndObject();
    }

    @Override
    public Class<?> handledType() {
      return Money.class;
    }
  }

  private static final class MoneyDeserializer extends ValueDeserializer<Money> {
    @Override
    public Money deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      if (p.currentToken() != JsonToken.START_OBJECT) {
        return ctxt.reportInputMismatch(
            this,
            "money must be an object {\"currency\": \"EUR\", \"amount\": 1250.50}, found %s",
            p.currentToken());
      }
      String currency = null;
      BigDecimal amount = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "currency" -> {
            if (t != JsonToken.VALUE_STRING) {
              return ctxt.reportInputMismatch(this, "money currency must be a string, found %s", t);
            }
            currency = p.getString();
          }
          case "amount" -> {
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
              return ctxt.reportInputMismatch(
                  this, "money amount must be a JSON number such as 1250.50, found %s", t);
            }
            amount = p.getDecimalValue();
          }
          default -> {
            return ctxt.reportInputMismatch(
                this, "unknown money property \"%s\" (expected currency, amount)", name);
          }
        }
      }
      if (currency == null || amount == null) {
        return ctxt.reportInputMismatch(
            this, "money needs both \"currency\" and \"amount\"");
      }
      try {
        return Money.of(Currencies.of(currency), amount);
      } catch (IllegalArgumentException e) {
        return ctxt.reportInputMismatch(this, "%s", e.getMessage());
      }
    }

    @Override
    public Class<?> handledType() {
      return Money.class;
    }
  }
}
