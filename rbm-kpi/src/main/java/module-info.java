/** Indicator achievement, ratings and roll-up; certification rates; benchmarking. */
module org.rbmkit.kpi {
  requires transitive org.rbmkit.core;

  exports org.rbmkit.kpi.achievement;
}
