/**
 * The typed results-based-management model: money and exchange rates, periods, results
 * frameworks and indicators, funds, staff grades; JSON and validation.
 */
module org.rbmkit.core {
  requires transitive com.google.common;
  requires transitive tools.jackson.databind;
  requires transitive jakarta.validation;
  requires com.fasterxml.jackson.annotation;
  // Bean Validation's provider, with its interpolator that needs no Expression Language
  requires org.hibernate.validator;
  requires java.logging;
  requires java.xml;

  uses jakarta.validation.spi.ValidationProvider;

  uses tools.jackson.databind.JacksonModule;

  provides tools.jackson.databind.JacksonModule with
      org.rbmkit.core.json.RbmCoreModule;

  exports org.rbmkit.core.money;
  exports org.rbmkit.core.period;
  exports org.rbmkit.core.staff;
  exports org.rbmkit.core.fund;
  exports org.rbmkit.core.json;
  exports org.rbmkit.core.text;
  exports org.rbmkit.core.problem;
  exports org.rbmkit.core.indicator;
  exports org.rbmkit.core.results;
  exports org.rbmkit.core.document;
  exports org.rbmkit.core.iati;
  // not API: values the roll-up keeps with a framework
  exports org.rbmkit.core.results.internal to
      org.rbmkit.kpi;
  // not API: an indicator's values in arrays, read by the achievement calculations
  exports org.rbmkit.core.indicator.internal to
      org.rbmkit.kpi;

  // documents are read by Jackson and checked by Bean Validation through reflection
  opens org.rbmkit.core.document;
  opens org.rbmkit.core.indicator;
  opens org.rbmkit.core.results;
}
