/** Indicator achievement, ratings and roll-up; certification rates; benchmarking. */
module org.rbmkit.kpi {
  requires transitive org.rbmkit.core;
  requires tools.jackson.dataformat.csv;

  exports org.rbmkit.kpi.certification;

  provides tools.jackson.databind.JacksonModule with
      org.rbmkit.kpi.certification.RbmCertificationModule;
}
