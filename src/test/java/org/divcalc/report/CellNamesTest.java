package org.divcalc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CellNamesTest {
  @Test
  void namesTheFirstEightThenSaysHowManyMore() {
    assertThat(CellNames.of(List.of())).isEmpty();
    assertThat(CellNames.of(List.of("a"))).isEqualTo("a");
    assertThat(CellNames.of(List.of("a", "b"))).isEqualTo("a and b");
    assertThat(CellNames.of(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    List<String> eight = new ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      eight.add("c" + i);
    }
    assertThat(CellNames.of(eight)).isEqualTo("c1, c2, c3, c4, c5, c6, c7 and c8");
    List<String> eleven = new ArrayList<>(eight);
    eleven.addAll(List.of("c9", "c10", "c11"));
    assertThat(CellNames.of(eleven)).isEqualTo("c1, c2, c3, c4, c5, c6, c7, c8 and 3 more");
  }
}
