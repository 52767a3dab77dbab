package org.rbmkit.core.json;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.rbmkit.core.document.DocumentValidator;
import org.rbmkit.core.fund.FinancingInstrument;
import org.rbmkit.core.fund.FundKind;
import org.rbmkit.core.indicator.Baseline;
import org.rbmkit.core.indicator.Cumulation;
import org.rbmkit.core.indicator.DecimalValue;
import org.rbmkit.core.indicator.Direction;
import org.rbmkit.core.indicator.Indicator;
import org.rbmkit.core.indicator.IndicatorDocument;
import org.rbmkit.core.indicator.IndicatorValue;
import org.rbmkit.core.indicator.Measure;
import org.rbmkit.core.indicator.PeriodValue;
import org.rbmkit.core.indicator.PeriodValueDocument;
import org.rbmkit.core.indicator.Qualifier;
import org.rbmkit.core.indicator.TextValue;
import org.rbmkit.core.indicator.ValueDocument;
import org.rbmkit.core.money.AmountUnit;
import org.rbmkit.core.money.Currencies;
import org.rbmkit.core.money.Digits;
import org.rbmkit.core.money.ExchangeRateKind;
import org.rbmkit.core.money.Money;
import org.rbmkit.core.period.Biennium;
import org.rbmkit.core.period.CalendarYear;
import org.rbmkit.core.period.DateRange;
import org.rbmkit.core.period.Period;
import org.rbmkit.core.period.PlanPeriod;
import org.rbmkit.core.period.Quarter;
import org.rbmkit.core.problem.Problem;
import org.rbmkit.core.problem.ProblemException;
import org.rbmkit.core.staff.Grade;
import org.rbmkit.core.results.ResultLevel;
import org.rbmkit.core.results.ResultNode;
import org.rbmkit.core.results.ResultNodeDocument;
import org.rbmkit.core.results.ResultsFramework;
import org.rbmkit.core.results.ResultsFrameworkDocument;
import org.rbmkit.core.staff.GradeCategory;
import org.rbmkit.core.staff.StaffTime;
import org.rbmkit.core.staff.StaffTimeUnit;
import org.rbmkit.core.text.LocalizedText;
import org.rbmkit.core.text.Shown;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.exc.MismatchedInputException;
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
 *   <li>enums with codes: {@code "voluntary-core"}, {@code "thousands"}, {@code "budget"},
 *       {@code "percentage"}, {@code "at-least"}, {@code "outcome"};
 *   <li>{@link LocalizedText}: {@code {"en": "Outcome", "fr": "Résultat"}};
 *   <li>{@link StaffTime}: {@code "0.5 fte"}; {@link DecimalValue}: a JSON number;
 *       {@link TextValue}: a JSON string;
 *   <li>{@link IndicatorValue}, {@link PeriodValue}, {@link Baseline}, {@link Indicator},
 *       {@link ResultNode} and {@link ResultsFramework} through their document forms
 *       ({@link ValueDocument}, {@link PeriodValueDocument}, {@link IndicatorDocument},
 *       {@link ResultNodeDocument}, {@link ResultsFrameworkDocument}): reading one validates the
 *       whole document with Bean Validation and reports every problem with its path, then builds
 *       the value; writing one writes the same JSON form straight from the model, without
 *       building the documents.
 * </ul>
 */
public class RbmCoreModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** Registers the serializers and deserializers. */
  public RbmCoreModule() {
    super("rbmkit-core");
    addDeserializer(String.class, new StrictReading.CheckedStringDeserializer());
    setDeserializerModifier(new StrictReading.NullRefusingModifier());
    addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer());
    addSerializer(Money.class, new MoneySerializer());
    addDeserializer(Money.class, new MoneyDeserializer());
    text(Currency.class, Currency::getCurrencyCode, Currencies::of, "currency");
    text(LocalDate.class, LocalDate::toString, RbmCoreModule::date, "date");
    text(Period.class, Period::toString, Period::parse, "period");
    text(CalendarYear.class, CalendarYear::toString, CalendarYear::parse, "year");
    text(Biennium.class, Biennium::toString, Biennium::parse, "biennium");
    text(PlanPeriod.class, PlanPeriod::toString, PlanPeriod::parse, "plan period");
    text(Quarter.class, Quarter::toString, Quarter::parse, "quarter");
    text(DateRange.class, DateRange::toString, DateRange::parse, "date range");
    text(Grade.class, Grade::code, Grade::parse, "grade");
    text(GradeCategory.class, GradeCategory::code, GradeCategory::fromCode, "grade category");
    text(FundKind.class, FundKind::code, FundKind::fromCode, "fund kind");
    text(FinancingInstrument.class, FinancingInstrument::code, FinancingInstrument::fromCode,
        "financing instrument");
    text(AmountUnit.class, AmountUnit::code, AmountUnit::fromCode, "amount unit");
    text(ExchangeRateKind.class, ExchangeRateKind::code, ExchangeRateKind::fromCode, "rate kind");
    text(Measure.class, Measure::code, Measure::fromCode, "measure");
    text(Direction.class, Direction::code, Direction::fromCode, "direction");
    text(Cumulation.class, Cumulation::code, Cumulation::fromCode, "cumulation");
    text(Qualifier.class, Qualifier::code, Qualifier::fromCode, "qualifier");
    text(ResultLevel.class, ResultLevel::code, ResultLevel::fromCode, "result level");
    text(StaffTimeUnit.class, StaffTimeUnit::code, StaffTimeUnit::fromCode, "staff time unit");
    text(StaffTime.class, StaffTime::toString, StaffTime::parse, "staff time");
    text(TextValue.class, TextValue::text, TextValue::new, "text value");
    addSerializer(DecimalValue.class, new DecimalValueSerializer());
    addDeserializer(DecimalValue.class, new DecimalValueDeserializer());
    addSerializer(LocalizedText.class, new LocalizedTextSerializer());
    addDeserializer(LocalizedText.class, new LocalizedTextDeserializer());
    document(IndicatorValue.class, ValueDocument.class, ValueDocument::toModel);
    document(PeriodValue.class, PeriodValueDocument.class, PeriodValueDocument::toPeriodValue);
    document(Baseline.class, PeriodValueDocument.class, PeriodValueDocument::toBaseline);
    document(Indicator.class, IndicatorDocument.class, IndicatorDocument::toModel);
    document(ResultNode.class, ResultNodeDocument.class, ResultNodeDocument::toModel);
    document(ResultsFramework.class, ResultsFrameworkDocument.class, ResultsFrameworkDocument::toModel);
    FrameworkWriting.register(this);
  }

  /**
   * Adds a type read through its document form: the document is read, validated as a whole (Bean
   * Validation, every problem with its path) and turned into the model. The type is written, in
   * the document's JSON form, by its serializer in {@code FrameworkWriting}.
   */
  protected final <T, D> void document(
      Class<T> type, Class<D> documentType, Function<D, T> toModel) {
    addDeserializer(type, new DocumentDeserializer<>(type, documentType, toModel));
  }

  private static final class DocumentDeserializer<T, D> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final Class<D> documentType;
    private final Function<D, T> toModel;

    DocumentDeserializer(Class<T> type, Class<D> documentType, Function<D, T> toModel) {
      this.type = type;
      this.documentType = documentType;
      this.toModel = toModel;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      D document = ctxt.readValue(p, documentType);
      if (document == null) {
        return ctxt.reportInputMismatch(this, "%s must not be null", type.getSimpleName());
      }
      List<Problem> problems = DocumentValidator.validate(document);
      if (!problems.isEmpty()) {
        throw invalid(p, new ProblemException("invalid " + type.getSimpleName(), problems));
      }
      try {
        return toModel.apply(document);
      } catch (ProblemException e) {
        throw invalid(p, e);
      } catch (IllegalArgumentException | NullPointerException e) {
        return ctxt.reportInputMismatch(this, "invalid %s: %s", type.getSimpleName(), e.getMessage());
      }
    }

    /**
     * A Jackson error whose cause carries the problems, each at its path inside this document;
     * the message lists them, as {@link ProblemException}'s does.
     */
    private MismatchedInputException invalid(JsonParser p, ProblemException problems) {
      List<Problem> all = problems.problems();
      String listed =
          all.stream().limit(ProblemException.MAX_LISTED).map(Problem::toString)
              .collect(Collectors.joining("; "));
      MismatchedInputException e =
          MismatchedInputException.from(
              p,
              type,
              "invalid " + type.getSimpleName() + ", " + all.size()
                  + (all.size() == 1 ? " problem: " : " problems: ") + listed
                  + (all.size() > ProblemException.MAX_LISTED ? "; …" : ""));
      e.initCause(problems);
      return e;
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /**
   * Reads a {@link BigDecimal} as Jackson does (so the mapper's coercion rules apply: no
   * {@code "40"} for 40) and refuses one outside {@link RbmJson#MAX_DECIMAL_INTEGER_DIGITS} and
   * {@link RbmJson#MAX_DECIMAL_PLACES} before anything computes with it.
   */
  private static final class BoundedDecimalDeserializer
      extends NumberDeserializers.BigDecimalDeserializer {
    @Override
    public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      BigDecimal value;
      try {
        value = super.deserialize(p, ctxt);
      } catch (NumberFormatException e) {
        return RbmJson.numberOutOfRange(p, ctxt);
      }
      String problem = value == null ? null : checkDecimal(value, p.currentName());
      return problem == null ? value : (BigDecimal) ctxt.reportInputMismatch(this, "%s", problem);
    }
  }

  /**
   * Why {@code value} is outside the decimal limits, or {@code null} if it is inside. Uses only
   * precision and scale, so a value such as {@code 1E+999999999} costs nothing to check.
   */
  static String checkDecimal(BigDecimal value, String field) {
    String what = field == null ? "decimal" : field;
    long integerDigits = Digits.integerDigits(value);
    if (integerDigits > RbmJson.MAX_DECIMAL_INTEGER_DIGITS) {
      return what
          + " "
          + value
          + " has more than "
          + RbmJson.MAX_DECIMAL_INTEGER_DIGITS
          + " integer digits (RbmJson.MAX_DECIMAL_INTEGER_DIGITS)";
    }
    if (value.scale() > RbmJson.MAX_DECIMAL_PLACES) {
      return what + " " + value + " has more than " + RbmJson.MAX_DECIMAL_PLACES + " decimal places (RbmJson.MAX_DECIMAL_PLACES)";
    }
    return null;
  }

  private static final class DecimalValueSerializer extends ValueSerializer<DecimalValue> {
    @Override
    public void serialize(DecimalValue value, JsonGenerator gen, SerializationContext ctxt) {
      FrameworkWriting.decimal(value.value(), gen);
    }

    @Override
    public Class<?> handledType() {
      return DecimalValue.class;
    }
  }

  private static final class DecimalValueDeserializer extends ValueDeserializer<DecimalValue> {
    @Override
    public DecimalValue deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      BigDecimal value = JsonInput.number(p, ctxt, this, "decimal value");
      return JsonInput.build(ctxt, this, () -> new DecimalValue(value));
    }

    @Override
    public Class<?> handledType() {
      return DecimalValue.class;
    }
  }

  private static final class LocalizedTextSerializer extends ValueSerializer<LocalizedText> {
    @Override
    public void serialize(LocalizedText value, JsonGenerator gen, SerializationContext ctxt) {
      gen.writeStartObject();
      for (Map.Entry<String, String> e : value.asMap().entrySet()) {
        gen.writeStringProperty(e.getKey(), e.getValue());
      }
      gen.writeEndObject();
    }

    @Override
    public Class<?> handledType() {
      return LocalizedText.class;
    }
  }

  private static final class LocalizedTextDeserializer extends ValueDeserializer<LocalizedText> {
    @Override
    public LocalizedText deserialize(JsonParser p, DeserializationContext ctxt)
        throws JacksonException {
      JsonInput.expect(p, ctxt, this, JsonToken.START_OBJECT,
          "localized text must be an object of language tag to text, as in {\"fr\": \"Résultat\"}");
      Map<String, String> texts = new LinkedHashMap<>();
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        p.nextToken();
        texts.put(name, JsonInput.string(p, ctxt, this, "localized text in language " + name));
      }
      return JsonInput.build(ctxt, this, () -> LocalizedText.of(texts));
    }

    @Override
    public Class<?> handledType() {
      return LocalizedText.class;
    }
  }

  /**
   * A date as JSON writes it, {@code yyyy-mm-dd} ({@code +yyyyyy-mm-dd} beyond year 9999, as
   * {@link LocalDate#toString} writes it); a message of our own for any other text, rather than
   * the formatter's.
   */
  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + Shown.value(text) + "\" is not a date yyyy-mm-dd", e);
    }
  }

  /**
   * Adds a type written as a JSON string: its canonical text out, its parser in. A parse error
   * becomes a Jackson error carrying the JSON path and the parser's message.
   */
  protected final <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    TextForm.register(this, type, format, parse, what);
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
      JsonInput.expect(p, ctxt, this, JsonToken.START_OBJECT,
          "money must be an object {\"currency\": \"EUR\", \"amount\": 1250.50}");
      String currency = null;
      BigDecimal amount = null;
      for (String name = p.nextName(); name != null; name = p.nextName()) {
        JsonToken t = p.nextToken();
        switch (name) {
          case "currency" -> {
            JsonInput.expect(p, ctxt, this, JsonToken.VALUE_STRING,
                "money currency must be a string");
            currency = p.getString();
          }
          case "amount" -> {
            if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
              return ctxt.reportInputMismatch(
                  this, "money amount must be a JSON number such as 1250.50, found %s", t);
            }
            amount = RbmJson.readDecimal(p, ctxt);
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
      String code = currency;
      BigDecimal value = amount;
      return JsonInput.build(ctxt, this, () -> Money.of(Currencies.of(code), value));
    }

    @Override
    public Class<?> handledType() {
      return Money.class;
    }
  }
}
