/** Budget documents and their calculators: balance, reserve funds, staff costs, growth, checks. */
module org.rbmkit.budget {
  requires transitive org.rbmkit.core;

  provides tools.jackson.databind.JacksonModule with
      org.rbmkit.budget.json.RbmBudgetModule;

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
