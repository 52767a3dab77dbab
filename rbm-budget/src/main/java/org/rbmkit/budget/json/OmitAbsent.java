package org.rbmkit.budget.json;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Mix-in: an empty optional property of a budget record is left out when written. */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
abstract class OmitAbsent {}
