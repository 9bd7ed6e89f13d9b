package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Embedded tables are read once, by whichever thread comes first, and checked on every use. */
class PreloadTest {

  @Test
  void aPreloadedTableIsTheTableReadByTheCommand() throws InterruptedException {
    Preload.start(true);
    for (EmbeddedDataset d : EmbeddedDataset.values()) {
      ReferenceTable t = d.table();
      assertThat(d.table()).isEqualTo(t); // taken once, then read again
      ReferenceTable commons = ReferenceTable.embeddedByCommonsCsv(t.origin().substring(9));
      assertThat(t.rows()).as(d.name()).isEqualTo(commons.rows());
      assertThat(t.header()).isEqualTo(commons.header());
      assertThat(t.sha256()).isEqualTo(EmbeddedDigests.of(t.origin().substring(9)));
    }
  }

  @Test
  void requiredColumnsAreCheckedOnEveryUseOfAReadTable() {
    ReferenceTable.embedded("un_member_states.csv");
    assertThatThrownBy(() -> ReferenceTable.embedded("un_member_states.csv", "no_such_column"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("missing column 'no_such_column'");
  }
}
