/**
 * Indicator achievement, ratings and roll-up; certification rates; benchmarking; workforce and workplans.
 *
 * <p>Exported: {@code org.rbmkit.kpi.achievement}, {@code org.rbmkit.kpi.benchmark}, {@code
 * org.rbmkit.kpi.certification}, {@code org.rbmkit.kpi.iati}, {@code org.rbmkit.kpi.workforce},
 * {@code org.rbmkit.kpi.workplan}. Not exported: the {@code internal} package beside each of
 * achievement, benchmark, certification, workforce and workplan (their JSON modules, found through
 * the service loader).
 */
module org.rbmkit.kpi {
  requires transitive org.rbmkit.core;

  exports org.rbmkit.kpi.achievement;
  exports org.rbmkit.kpi.benchmark;
  exports org.rbmkit.kpi.certification;
  exports org.rbmkit.kpi.iati;
  exports org.rbmkit.kpi.workforce;
  exports org.rbmkit.kpi.workplan;

  provides tools.jackson.databind.JacksonModule with
      org.rbmkit.kpi.achievement.internal.AchievementJsonModule,
      org.rbmkit.kpi.benchmark.internal.BenchmarkModule,
      org.rbmkit.kpi.certification.internal.RbmCertificationModule,
      org.rbmkit.kpi.workforce.internal.WorkforceJsonModule,
      org.rbmkit.kpi.workplan.internal.WorkplanJsonModule;
}
