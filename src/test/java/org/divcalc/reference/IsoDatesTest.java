package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The quick date parser answers exactly as {@link LocalDate#parse}, dates and errors alike. */
class IsoDatesTest {

  @Test
  void agreesWithTheStandardParser() {
    String[] texts = {
      "2022-12-31", "1945-10-24", "2011-07-14", "2000-02-29", "1900-02-29", "2023-02-30",
      "2023-13-01", "2023-00-10", "2023-01-00", "2023-1-01", "2023/01/01", "+2023-01-01",
      "20230-01-01", "+12345-01-01", "2023-01-01 ", " 2023-01-01", "", "２０２３-01-01",
      "2023-01-0a", "0000-01-01", "9999-12-31", "2023-04-31"
    };
    for (String t : texts) {
      check(t);
    }
    Random random = new Random(8);
    for (int i = 0; i < 5000; i++) {
      check(
          String.format(
              "%04d-%02d-%02d", random.nextInt(10000), random.nextInt(14), random.nextInt(33)));
    }
  }

  private static void check(String text) {
    Object expected;
    try {
      expected = LocalDate.parse(text);
    } catch (RuntimeException e) {
      expected = e.getClass().getName() + ": " + e.getMessage();
    }
    Object actual;
    try {
      actual = IsoDates.parse(text);
    } catch (RuntimeException e) {
      actual = e.getClass().getName() + ": " + e.getMessage();
    }
    assertThat(actual).as(text).isEqualTo(expected);
  }

  @Test
  void nullIsRefusedAsByTheStandardParser() {
    assertThat(catchThrowable(() -> IsoDates.parse(null))).isInstanceOf(NullPointerException.class);
  }
}
