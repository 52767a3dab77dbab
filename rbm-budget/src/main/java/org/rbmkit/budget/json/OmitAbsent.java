package org.rbmkit.budget.json;

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
}
