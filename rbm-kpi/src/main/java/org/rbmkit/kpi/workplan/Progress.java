package org.rbmkit.kpi.workplan;

import java.math.BigDecimal;

/** The consistency rule shared by objectives and milestones. */
final class Progress {

  private Progress() {}

  static void check(String what, Status status, PercentComplete percent) {
    percent
        .value()
        .ifPresent(
            p -> {
              if (status == Status.COMPLETED && p.compareTo(BigDecimal.valueOf(100)) != 0) {
                throw new IllegalArgumentException(
                    what + " is completed but " + p.toPlainString() + " % complete");
              }
              if (status == Status.NOT_STARTED && p.signum() != 0) {
                throw new IllegalArgumentException(
                    what + " is not started but " + p.toPlainString() + " % complete");
              }
            });
  }
}
