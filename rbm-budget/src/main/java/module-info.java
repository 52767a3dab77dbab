/**
 * Budget documents and their calculators: balance, reserve funds, staff costs, growth, checks.
 *
 * <p>Exported packages (the API):
 *
 * <ul>
 *   <li>{@code org.rbmkit.budget.measure}: ratios and money rounding rules;
 *   <li>{@code org.rbmkit.budget.document}: the budget document, its tables, lines, entries and
 *       claims;
 *   <li>{@code org.rbmkit.budget.balance}: {@code BudgetTotals} (sums by column, fund, kind and
 *       item; balance; contribution margin) over entries or a compact {@code BudgetEntryTable};
 *   <li>{@code org.rbmkit.budget.reserve}: reserve fund movements and execution;
 *   <li>{@code org.rbmkit.budget.staffing}: staff costs, FTE and standard costs;
 *   <li>{@code org.rbmkit.budget.growth}: nominal and real change, proration;
 *   <li>{@code org.rbmkit.budget.check}: the consistency check and its findings;
 *   <li>{@code org.rbmkit.budget.iati}: imported IATI budgets in the budget calculators;
 *   <li>{@code org.rbmkit.budget.resources}: resources linked to results;
 *   <li>{@code org.rbmkit.budget.json}: reading and writing budget documents and resource plans.
 * </ul>
 *
 * <p>Not exported: {@code org.rbmkit.budget.json.internal}, the Jackson module this module
 * provides to {@code RbmJson.mapper()}.
 */
module org.rbmkit.budget {
  requires transitive org.rbmkit.core;

  provides tools.jackson.databind.JacksonModule with
      org.rbmkit.budget.json.internal.RbmBudgetModule;

  exports org.rbmkit.budget.measure;
  exports org.rbmkit.budget.document;
  exports org.rbmkit.budget.balance;
  exports org.rbmkit.budget.reserve;
  exports org.rbmkit.budget.staffing;
  exports org.rbmkit.budget.growth;
  exports org.rbmkit.budget.check;
  exports org.rbmkit.budget.iati;
  exports org.rbmkit.budget.resources;
  exports org.rbmkit.budget.json;

  // the document records and findings bind to JSON by reflection
  opens org.rbmkit.budget.document to
      tools.jackson.databind;
  opens org.rbmkit.budget.check to
      tools.jackson.databind;
  opens org.rbmkit.budget.resources to
      tools.jackson.databind;
}
