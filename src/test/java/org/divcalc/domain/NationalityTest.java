package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nationality's written-out equals and hashCode keep a record's meaning: both components count. */
class NationalityTest {

  @Test
  void equalComponentsMakeEqualNationalities() {
    Nationality a = new Nationality("KEN", Nationality.Kind.MEMBER_STATE);
    Nationality b = new Nationality(new String("KEN"), Nationality.Kind.MEMBER_STATE);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void aDifferingComponentMakesADifferentNationality() {
    Nationality a = new Nationality("PSE", Nationality.Kind.OBSERVER_STATE);
    assertThat(a)
        .isNotEqualTo(new Nationality("PSE", Nationality.Kind.MEMBER_STATE))
        .isNotEqualTo(new Nationality("VAT", Nationality.Kind.OBSERVER_STATE))
        .isNotEqualTo(null)
        .isNotEqualTo("PSE");
    assertThat(Nationality.STATELESS).isNotEqualTo(Nationality.UNKNOWN);
  }
}
