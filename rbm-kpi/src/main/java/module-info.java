/** Indicator achievement, ratings and roll-up; certification rates; benchmarking. */
module org.rbmkit.kpi {
  requires transitive org.rbmkit.core;

  exports org.rbmkit.kpi.workforce;
  exports org.rbmkit.kpi.workplan;

  provides tools.jackson.databind.JacksonModule with
      org.rbmkit.kpi.workforce.WorkforceJsonModule,
      org.rbmkit.kpi.workplan.WorkplanJsonModule;
}
