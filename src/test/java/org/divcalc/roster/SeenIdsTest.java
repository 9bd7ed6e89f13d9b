package org.divcalc.roster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenIdsTest {
  @Test
  void everyIdIsNewOnceAndThenNamesItsFirstLineAcrossGrowth() {
    SeenIds ids = new SeenIds();
    int n = 300_000;
    for (int i = 0; i < n; i++) {
      assertThat(ids.firstSeen("S" + i, i + 2L)).as("first sight of S%d", i).isEqualTo(-1);
    }
    for (int i = 0; i < n; i += 997) {
      assertThat(ids.firstSeen("S" + i, 999_999_999L)).isEqualTo(i + 2L);
    }
    assertThat(ids.firstSeen("new", 5)).isEqualTo(-1);
    assertThat(ids.firstSeen("new", 6)).isEqualTo(5);
  }

  @Test
  void aLineBeyondTheIntRangeIsRememberedAsUnknown() {
    SeenIds ids = new SeenIds();
    ids.firstSeen("x", 3_000_000_000L);
    assertThat(ids.firstSeen("x", 4_000_000_000L)).isZero();
  }
}
