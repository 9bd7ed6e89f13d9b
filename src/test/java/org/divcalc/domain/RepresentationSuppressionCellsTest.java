package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How many cells the State table withholds, against a hand count, and where the exact check ends.
 */
class RepresentationSuppressionCellsTest {
  /** {@code n} States with one national each, and one State with 50. */
  private static Map<String, Long> states(int n) {
    Map<String, Long> states = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      states.put(String.format(java.util.Locale.ROOT, "S%03d", i), 1L);
    }
    states.put("BIG", 50L);
    return states;
  }

  @Test
  void everySmallCountIsOneCellAndTheExactCheckStopsPast300() {
    // At --min-cell 2 each State with one national is withheld; they hide one another in the
    // equation "nationals = the States' sum", so nothing else is: exactly n cells.
    RepresentationSuppression.Withheld at300 =
        RepresentationSuppression.suppress(null, Map.of(), states(300), Map.of(), 2);
    assertThat(at300.states()).hasSize(300).doesNotContain("BIG");
    assertThat(at300.cells()).isEqualTo(300);
    assertThat(at300.checkedExactly()).isTrue();

    RepresentationSuppression.Withheld at301 =
        RepresentationSuppression.suppress(null, Map.of(), states(301), Map.of(), 2);
    assertThat(at301.cells()).isEqualTo(301);
    assertThat(at301.checkedExactly()).isFalse();
  }

  @Test
  void nothingWithheldIsNoCell() {
    RepresentationSuppression.Withheld none =
        RepresentationSuppression.suppress(null, Map.of(), states(3), Map.of(), 1);
    assertThat(none.cells()).isZero();
    assertThat(none.isEmpty()).isTrue();
    assertThat(RepresentationSuppression.Withheld.NONE.checkedExactly()).isTrue();
  }
}
