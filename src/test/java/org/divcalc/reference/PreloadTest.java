package org.divcalc.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Embedded tables are read once, by whichever thread comes first, and checked on every use. */
class PreloadTest {

  @Test
  void aPreloadedTableIsTheTableReadByTheCommand() throws InterruptedException {
    Preload.start(true, () -> {});
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
  void anObjectBuiltAheadIsBuiltOnceAndIsTheOneTheCommandGets() throws Exception {
    java.util.concurrent.atomic.AtomicInteger builds =
        new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
    Object[] ahead = new Object[1];
    Thread t =
        new Thread(
            () ->
                ahead[0] =
                    Ahead.get(
                        "test: slow",
                        () -> {
                          started.countDown();
                          builds.incrementAndGet();
                          try {
                            Thread.sleep(200);
                          } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                          }
                          return new Object();
                        }));
    t.start();
    started.await();
    // the command asks while the read-ahead thread is still building: it waits for that object
    Object mine = Ahead.get("test: slow", () -> new Object());
    t.join();
    assertThat(mine).isSameAs(ahead[0]);
    assertThat(builds.get()).isEqualTo(1);
  }

  @Test
  void aBuildThatFailedIsForgottenAndTheNextCallerSeesItsOwnResultOrFailure() {
    assertThatThrownBy(
            () ->
                Ahead.get(
                    "test: failing",
                    () -> {
                      throw new ReferenceDataException("embedded: broken");
                    }))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("embedded: broken");
    assertThat(Ahead.<String>get("test: failing", () -> "built")).isEqualTo("built");
    assertThat(Ahead.<String>get("test: failing", () -> "again")).isEqualTo("built");
  }

  @Test
  void requiredColumnsAreCheckedOnEveryUseOfAReadTable() {
    ReferenceTable.embedded("un_member_states.csv");
    assertThatThrownBy(() -> ReferenceTable.embedded("un_member_states.csv", "no_such_column"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageContaining("missing column 'no_such_column'");
  }
}
