package org.divcalc;

import static org.assertj.core.api.Assertions.assertThat;

import org.divcalc.domain.OutOfMemory;
import org.junit.jupiter.api.Test;

/**
 * Found by a fresh-clone CI run in session 5: in a 12 MB heap, a class whose initialisation ran out
 * of memory on a reading thread was later reported by the JVM only as "Could not initialize class",
 * and divcalc printed a stack trace instead of its out-of-memory message.
 */
class MainMemoryTest {
  @Test
  void aClassLeftUnusableByAnEarlierOutOfMemoryIsReportedAsOutOfMemory() {
    NoClassDefFoundError unusable =
        new NoClassDefFoundError("Could not initialize class sun.security.util.Example");
    assertThat(Main.causedByMemory(new OutOfMemoryError("Java heap space"))).isTrue();
    assertThat(Main.causedByMemory(new NoClassDefFoundError("org/divcalc/Missing"))).isFalse();
    if (!OutOfMemory.seen()) {
      assertThat(Main.causedByMemory(unusable)).as("no memory shortage seen").isFalse();
    }
    OutOfMemory.note(new java.util.concurrent.ExecutionException(new OutOfMemoryError()));
    assertThat(OutOfMemory.seen()).isTrue();
    assertThat(Main.causedByMemory(unusable)).isTrue();
    assertThat(Main.causedByMemory(new NoClassDefFoundError("org/divcalc/Missing"))).isFalse();
  }
}
