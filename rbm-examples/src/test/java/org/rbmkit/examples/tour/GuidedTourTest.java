package org.rbmkit.examples.tour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GuidedTourTest {

  @Test
  void tour_printsEveryStepInOrder_eachWithItsSources() {
    String text = Printed.by(GuidedTour::print);
    assertThat(text).containsSubsequence(
        "Step 1. A results framework",
        "Step 2. The ITC-ILO budget 2024-25",
        "Step 3. Reserve funds, and staff by grade",
        "Step 4. The consistency check",
        "Step 5. Certification rates 2022",
        "Step 6. Indicator achievement and ratings",
        "Step 7. A benchmark of units and of budget columns",
        "Step 8. A workforce dashboard",
        "Step 9. A workplan with timelines",
        "Step 10. Resources to results",
        "End of the tour.");
    // every step cites its data file and its seed lines
    assertThat(text.split("\\nData: ", -1)).hasSizeGreaterThanOrEqualTo(10 + 1);
    assertThat(text).contains("proposal is balanced");
  }
}
