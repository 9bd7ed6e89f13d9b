package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.divcalc.domain.Grouping;
import org.junit.jupiter.api.Test;

class GroupingsTest {
  private static final List<State> MEMBERS =
      States.embedded().membersOn(LocalDate.of(2022, 12, 31));

  @Test
  void everyBuiltInGroupingPutsEveryMemberStateInARegion() {
    for (String name : Groupings.BUILT_IN) {
      Grouping g = Groupings.builtIn(name).orElseThrow();
      assertThat(MEMBERS).as(name).allSatisfy(s -> assertThat(g.region(s.iso3())).isPresent());
      assertThat(g.sha256()).hasSize(64);
    }
  }

  @Test
  void theUnRegionalGroupsAreTheFiveElectoralGroupsWithTheSpecialCasesNoted() {
    Grouping g = Groupings.unRegionalGroups();
    assertThat(g.regions())
        .containsExactly(
            "African States",
            "Asia-Pacific States",
            "Eastern European States",
            "Latin American and Caribbean States",
            "Western European and other States");
    assertThat(g.region("USA")).contains("Western European and other States");
    assertThat(g.region("TUR")).contains("Western European and other States");
    assertThat(g.region("ISR")).contains("Western European and other States");
    assertThat(g.region("KIR")).contains("Asia-Pacific States");
    assertThat(g.notes()).hasSize(4);
  }

  @Test
  void iloPutsIsraelAndTurkiyeInEuropeAndCentralAsiaAndLeavesTheHolySeeOut() {
    Grouping g = Groupings.ilo();
    assertThat(g.region("ISR")).contains("Europe and Central Asia");
    assertThat(g.region("TUR")).contains("Europe and Central Asia");
    assertThat(g.region("VAT")).isEmpty();
    assertThat(g.regions()).hasSize(5);
  }

  @Test
  void namesAreMatchedIgnoringCase() {
    assertThat(Groupings.builtIn("M49-Region")).isPresent();
    assertThat(Groupings.builtIn("itu")).isEmpty();
  }
}
