/** Indicator achievement, ratings and roll-up; certification rates; benchmarking; workforce and workplans. */
module org.rbmkit.kpi {
  requires transitive org.rbmkit.core;
  requires tools.jackson.dataformat.csv;

  exports org.rbmkit.kpi.achievement;
  exports org.rbmkit.kpi.benchmark;
  exports org.rbmkit.kpi.certification;
  exports org.rbmkit.kpi.iati;
  exports org.rbmkit.kpi.workforce;
  exports org.rbmkit.kpi.workplan;

  provides tools.jackson.databind.JacksonModule with
      org.rbmkit.kpi.achievement.AchievementJsonModule,
      org.rbmkit.kpi.benchmark.BenchmarkModule,
      org.rbmkit.kpi.certification.RbmCertificationModule,
      org.rbmkit.kpi.workforce.internal.WorkforceJsonModule,
      org.rbmkit.kpi.workplan.internal.WorkplanJsonModule;
}
