package org.rbmkit.budget.json;

import java.util.function.Function;
import org.rbmkit.budget.check.FindingKind;
import org.rbmkit.budget.document.Aggregate;
import org.rbmkit.budget.document.ColumnKind;
import org.rbmkit.budget.document.LineKind;
import org.rbmkit.budget.document.TotalKey;
import org.rbmkit.budget.resources.AmountKind;
import org.rbmkit.core.json.TextForm;
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

  /** The module, with every serializer and deserializer of rbm-budget. */
  public RbmBudgetModule() {
    super("rbmkit-budget");
    text(LineKind.class, LineKind::code, LineKind::fromCode, "line kind");
    text(ColumnKind.class, ColumnKind::code, ColumnKind::fromCode, "column kind");
    text(Aggregate.class, Aggregate::code, Aggregate::fromCode, "total");
    text(TotalKey.class, TotalKey::toString, TotalKey::parse, "total");
    text(FindingKind.class, FindingKind::code, FindingKind::fromCode, "finding kind");
    text(AmountKind.class, AmountKind::code, AmountKind::fromCode, "amount kind");
  }

  private <T> void text(
      Class<T> type, Function<T, String> format, Function<String, T> parse, String what) {
    TextForm.register(this, type, format, parse, what);
  }
}
