package org.rbmkit.budget.document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rbmkit.core.document.Violation;

/** The whole-document checks of claims: columns and figures they name exist. */
final class ClaimRefs {

  private ClaimRefs() {}

  static void check(
      List<Claim> claims,
      Set<String> columnCodes,
      Map<Integer, LineKind.Family> items,
      List<DetailTable> detailTables,
      List<ReserveFundTable> reserveFunds,
      List<StaffingTable> staffing,
      List<Violation> problems) {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < claims.size(); i++) {
      Claim c = claims.get(i);
      String path = "claims[" + i + "]";
      String where = "claim " + c.id();
      if (!ids.add(c.id())) {
        problems.add(new Violation(path + ".id", where + ": claim id appears twice"));
      }
      List<String> columns = new ArrayList<>();
      c.from().ifPresent(columns::add);
      columns.add(c.column());
      for (String col : columns) {
        if (!columnCodes.contains(col)) {
          problems.add(new Violation(path + (col.equals(c.column()) ? ".column" : ".from"),
              where + ": unknown column " + col + " (columns are " + columnCodes + ")"));
        }
      }
      figure(path + ".of", where, c.of(), columns, items, detailTables, reserveFunds, staffing,
          problems);
      c.whole().ifPresent(w -> figure(path + ".whole", where, w, columns, items, detailTables,
          reserveFunds, staffing, problems));
    }
  }

  private static void figure(
      String path,
      String where,
      FigureRef ref,
      List<String> columns,
      Map<Integer, LineKind.Family> items,
      List<DetailTable> detailTables,
      List<ReserveFundTable> reserveFunds,
      List<StaffingTable> staffing,
      List<Violation> problems) {
    String what = where + ", figure " + ref;
    switch (ref.place()) {
      case MAIN -> {
        Optional<Integer> item = ref.total().orElseThrow().itemNumber();
        if (item.isPresent() && !items.containsKey(item.get())) {
          problems.add(new Violation(path,
              what + ": item " + item.get() + " has no line in the main table"));
        }
      }
      case ROW -> {
        Optional<DetailTable> t =
            detailTables.stream().filter(d -> d.id().equals(ref.table())).findFirst();
        if (t.isEmpty()) {
          problems.add(new Violation(path, what + ": no detail table " + ref.table()));
        } else if (t.get().rows().stream().noneMatch(r -> r.label().equals(ref.name()))) {
          problems.add(new Violation(path, what + ": detail table " + ref.table()
              + " has no row labelled " + ref.name()));
        }
      }
      case RESERVE -> {
        Optional<ReserveFundTable> t =
            reserveFunds.stream().filter(d -> d.id().equals(ref.table())).findFirst();
        if (t.isEmpty()) {
          problems.add(new Violation(path, what + ": no reserve fund table " + ref.table()));
        } else {
          if (t.get().rows().stream().noneMatch(r -> r.fund().equals(ref.name()))) {
            problems.add(new Violation(path, what + ": reserve fund table " + ref.table()
                + " has no fund " + ref.name()));
          }
          for (String col : columns) {
            if (!col.equals(t.get().column())) {
              problems.add(new Violation(path, what + ": reserve fund table " + ref.table()
                  + " holds column " + t.get().column() + " only, not " + col));
            }
          }
        }
      }
      case STAFF -> {
        Optional<StaffingTable> t =
            staffing.stream().filter(d -> d.id().equals(ref.table())).findFirst();
        if (t.isEmpty()) {
          problems.add(new Violation(path, what + ": no staffing table " + ref.table()));
        } else if (!ref.name().isEmpty() && !t.get().items().containsKey(ref.name())) {
          problems.add(new Violation(path, what + ": staffing table " + ref.table()
              + " has no fund source " + ref.name() + " (sources are "
              + t.get().items().keySet() + ")"));
        }
      }
      default -> throw new AssertionError(ref.place());
    }
  }
}
