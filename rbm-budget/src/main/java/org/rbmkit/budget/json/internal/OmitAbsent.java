package org.rbmkit.budget.json.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Mix-in: an empty optional property of a budget record is left out when written. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
abstract class OmitAbsent {

  /** Mix-in: the columns printed as a dash are written only when there are some. */
  abstract static class Dashes {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.Set<String> dashes();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract java.util.Optional<String> heading();
  }

  /** Mix-in: a staffing row's footnote markers are written only when there are some. */
  abstract static class Footnotes {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<String> footnotes();

    @JsonInclude(JsonInclude.Include.NON_ABSENT)
    abstract java.util.Optional<String> printedLabel();
  }

  /** Mix-in: a document's one-column tables are written only when there are some. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  abstract static class ItemTables {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<?> itemTables();
  }

  /** Mix-in: a staffing subtotal writes the one of categories and grades it names. */
  abstract static class Covered {
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<?> categories();

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract java.util.List<?> grades();
  }
}
