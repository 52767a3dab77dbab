package org.rbmkit.budget.json.internal;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rbmkit.budget.check.Finding;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.document.BudgetDocument;
import org.rbmkit.budget.document.BudgetLine;
import org.rbmkit.budget.document.DetailTable;
import org.rbmkit.budget.document.Claim;
import org.rbmkit.budget.document.FigureRef;
import org.rbmkit.budget.document.ItemTable;
import org.rbmkit.budget.document.ReserveFundTable;
import org.rbmkit.budget.document.StaffingTable;
import org.rbmkit.budget.document.Tolerance;
import org.rbmkit.budget.document.BudgetColumn;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.core.json.TextForm;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson module for rbm-budget's types: line kinds, column kinds, total keys and finding
 * kinds as their stable codes; the document records bind by their component names.
 *
 * <pre>{@code
 * BudgetDocument doc = RbmJson.mapper().readValue(json, BudgetDocument.class);
 * }</pre>
 *
 * <p>{@link org.rbmkit.core.json.RbmJson#mapper()} finds this module through the {@code
 * ServiceLoader}; there is no need to register it by hand. The JSON form is described in {@code
 * docs/budget-format.md}. Immutable and thread-safe once registered.
 */
public class RbmBudgetModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The properties each record lets a document leave out; documented in budget-format.md. */
  private static final Map<Class<?>, Set<String>> OPTIONAL = Map.ofEntries(
      Map.entry(BudgetDocument.class, Set.of("tolerance", "itemTables")),
      Map.entry(DetailTable.class, Set.of("tolerance")),
      Map.entry(ItemTable.class, Set.of("tolerance", "printedTotal")),
      Map.entry(ItemTable.Row.class, Set.of("description")),
      Map.entry(StaffingTable.Subtotal.class, Set.of("categories", "grades")),
      Map.entry(ReserveFundTable.class, Set.of("tolerance", "openingDate", "closingDate")),
      Map.entry(StaffingTable.class, Set.of("tolerance")),
      Map.entry(Claim.class, Set.of("whole", "from", "inflation", "per")),
      Map.entry(BudgetLine.class, Set.of("dashes", "fund", "heading")),
      Map.entry(DetailTable.Row.class, Set.of("dashes")),
      Map.entry(StaffingTable.Row.class, Set.of("footnotes", "printedLabel")));

  /** The module, with every serializer and deserializer of rbm-budget. */
  public RbmBudgetModule() {
    super("rbmkit-budget");
    setDeserializers(
        new OptionalText(Set.of(Tolerance.class, FigureRef.class, java.time.LocalDate.class)));
    text(LineKind.class, LineKind::code, LineKind::fromCode, "line kind");
    text(BudgetColumn.Kind.class, BudgetColumn.Kind::code, BudgetColumn.Kind::fromCode, "column kind");
    text(TotalKey.Aggregate.class, TotalKey.Aggregate::code, TotalKey.Aggregate::fromCode, "total");
    text(TotalKey.class, TotalKey::toString, TotalKey::parse, "total");
    text(Finding.Kind.class, Finding.Kind::code, Finding.Kind::fromCode, "finding kind");
    text(AmountKind.class, AmountKind::code, AmountKind::fromCode, "amount kind");
    text(Claim.Kind.class, Claim.Kind::code, Claim.Kind::fromCode, "claim kind");
    text(Claim.Rule.class, Claim.Rule::toString, Claim.Rule::parse, "claim rule");
    text(FigureRef.class, FigureRef::toString, FigureRef::parse, "figure");
    text(Tolerance.class, Tolerance::toString, Tolerance::parse, "tolerance");
    for (Class<?> type : OPTIONAL.keySet()) {
      setMixInAnnotation(type, OmitAbsent.class);
    }
    setMixInAnnotation(BudgetLine.class, OmitAbsent.Dashes.class);
    setMixInAnnotation(DetailTable.Row.class, OmitAbsent.Dashes.class);
    setMixInAnnotation(StaffingTable.Row.class, OmitAbsent.Footnotes.class);
    setMixInAnnotation(BudgetDocument.class, OmitAbsent.ItemTables.class);
    setMixInAnnotation(StaffingTable.Subtotal.class, OmitAbsent.Covered.class);
    setDeserializerModifier(new ValueDeserializerModifier() {
      private static final long serialVersionUID = 1L;

      @Override
      public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config,
          BeanDescription.Supplier description, ValueDeserializer<?> deserializer) {
        Set<String> optional = OPTIONAL.get(description.getBeanClass());
        return optional == null ? deserializer
            : new OptionalProperties(deserializer, optional,
                description.getBeanClass() == Claim.class);
      }
    });
  }

  private <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    TextForm.register(this, type, format, parse, what);
  }
}
