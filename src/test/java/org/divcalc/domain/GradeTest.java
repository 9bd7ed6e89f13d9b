package org.divcalc.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Grade's written-out equals and hashCode keep a record's meaning: every component counts. */
class GradeTest {

  @Test
  void equalComponentsMakeEqualGrades() {
    Grade a = new Grade("P-5", GradeCategory.values()[0], 3);
    Grade b = new Grade(new String("P-5"), GradeCategory.values()[0], 3);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
  }

  @Test
  void anyDifferingComponentMakesADifferentGrade() {
    GradeCategory[] categories = GradeCategory.values();
    Grade a = new Grade("P-5", categories[0], 3);
    assertThat(a)
        .isNotEqualTo(new Grade("P-4", categories[0], 3))
        .isNotEqualTo(new Grade("P-5", categories[0], 4))
        .isNotEqualTo(null)
        .isNotEqualTo("P-5");
    if (categories.length > 1) {
      assertThat(a).isNotEqualTo(new Grade("P-5", categories[1], 3));
    }
  }
}
