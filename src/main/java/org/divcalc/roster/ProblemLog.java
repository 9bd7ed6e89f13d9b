package org.divcalc.roster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.divcalc.domain.ProblemKind;
import org.divcalc.domain.RowProblem;

/** Every problem counted by kind; the first few kept in full, so memory stays bounded. */
final class ProblemLog {
  private final int limit;
  private final List<RowProblem> kept = new ArrayList<>();
  private final Map<ProblemKind, Long> counts = new EnumMap<>(ProblemKind.class);
  private long total;

  ProblemLog(int limit) {
    this.limit = limit;
  }

  /** Set once full; read by the threads that examine rows, which only ever add here in order. */
  private volatile boolean full;

  void add(RowProblem problem) {
    total++;
    counts.merge(problem.kind(), 1L, Long::sum);
    if (kept.size() < limit) {
      kept.add(problem);
    }
    if (kept.size() >= limit) {
      full = true;
    }
  }

  /**
   * True once no further problem will be kept in full. Safe to call from any thread: once true it
   * stays true, and while false every problem added is still kept.
   */
  boolean isFull() {
    return full || limit == 0;
  }

  List<RowProblem> kept() {
    return Collections.unmodifiableList(kept);
  }

  Map<ProblemKind, Long> counts() {
    return Collections.unmodifiableMap(counts);
  }

  long total() {
    return total;
  }
}
