package org.divcalc.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Women's share by grade for the staff a selection keeps, optionally broken down by the values of
 * one column; fed one staff member at a time.
 */
public final class GenderAnalysis implements StaffCounter {
  /** The most groups a breakdown may have: beyond it, it is a list of people, not a table. */
  public static final int MAX_GROUPS = 10_000;

  /** A breakdown column with more distinct values than {@link #MAX_GROUPS}. */
  public static final class TooManyGroups extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyGroups(int limit) {
      super(
          "the breakdown column has more than "
              + limit
              + " distinct values: a breakdown by it would list people, not groups");
    }
  }

  /**
   * The group name used for staff whose breakdown column is blank; a value written so in the roster
   * is shown in double quotes, {@code "(blank)"}, a group of its own.
   */
  public static final String BLANK_GROUP = "(blank)";

  private final GradeScale scale;
  private final StaffSelection selection;
  private final Function<StaffMember, String> groupOf;
  private final GenderTally overall;
  private final Comparator<String> groupOrder;

  /** Each group's tally, by its value folded to lower case: "New York" and "NEW YORK" are one. */
  private final Map<String, GenderTally> groups;

  /**
   * The spellings met of each group's value, with how many staff each: the most common is shown.
   */
  private final Map<String, Map<String, Long>> spellings = new java.util.HashMap<>();

  /**
   * An analysis.
   *
   * @param scale the grade scale
   * @param selection who counts
   * @param groupOf the breakdown column's value for a staff member, or null for no breakdown
   */
  public GenderAnalysis(
      GradeScale scale, StaffSelection selection, Function<StaffMember, String> groupOf) {
    this(scale, selection, groupOf, Comparator.naturalOrder());
  }

  /**
   * An analysis whose breakdown groups come in {@code groupOrder}.
   *
   * @param scale the grade scale
   * @param selection who counts
   * @param groupOf the breakdown column's value for a staff member, or null for no breakdown
   * @param groupOrder the order of the breakdown's groups
   */
  public GenderAnalysis(
      GradeScale scale,
      StaffSelection selection,
      Function<StaffMember, String> groupOf,
      Comparator<String> groupOrder) {
    this.scale = scale;
    this.selection = selection;
    this.groupOf = groupOf;
    this.groupOrder = groupOrder;
    this.groups = new java.util.HashMap<>();
    this.overall = new GenderTally(scale);
  }

  @Override
  public void accept(StaffMember staff, long count) {
    if (!selection.test(staff, count)) {
      return;
    }
    overall.add(staff, count);
    if (groupOf != null) {
      String g = groupOf.apply(staff);
      boolean blank = g == null || g.isBlank();
      String group = blank ? BLANK_GROUP : g.strip();
      if (!blank && (group.equalsIgnoreCase(BLANK_GROUP) || group.startsWith("\""))) {
        // a value written "(blank)" (as spreadsheet pivot tables do) is not the blank cells; it
        // is quoted, and so is any value that starts with a quote, so that none looks like another
        group = quoted(group);
      }
      // blank cells have the key "": no value, stripped, folds to it
      String key = blank ? "" : group.toLowerCase(java.util.Locale.ROOT);
      GenderTally tally = groups.get(key);
      if (tally == null) {
        if (groups.size() >= MAX_GROUPS) {
          throw new TooManyGroups(MAX_GROUPS);
        }
        tally = new GenderTally(scale);
        groups.put(key, tally);
        spellings.put(key, new TreeMap<>());
      }
      tally.add(staff, count);
      spellings.get(key).merge(group, count, Long::sum);
    }
  }

  /** A value in double quotes, a quote in it doubled (as CSV writes it). */
  public static String quoted(String value) {
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  public StaffSelection selection() {
    return selection;
  }

  /** The table for everyone selected. */
  public List<GenderRow> rows() {
    return overall.rows();
  }

  /** The table per breakdown group, in the groups' order; empty without a breakdown. */
  public Map<String, List<GenderRow>> groups() {
    Map<String, List<GenderRow>> out = new TreeMap<>(groupOrder);
    groups.forEach((k, v) -> out.put(shown(spellings.get(k)), v.rows()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The spelling a group is shown by: the one most staff have, the first in code-point order among
   * equals (whatever order the rows came in).
   */
  private static String shown(Map<String, Long> spellings) {
    String best = null;
    long most = -1;
    for (Map.Entry<String, Long> e : spellings.entrySet()) {
      if (e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }

  /**
   * Each target measured against its level; a target for level "*" applies to every row that has no
   * target of its own (so {@code P-5+=45} with {@code 50} lists P-5 and above once, at 45). A
   * target for a level with no row (a grade nobody holds) is measured against no staff.
   */
  public List<TargetResult> measure(List<GenderTarget> targets) {
    List<GenderRow> rows = rows();
    java.util.Set<String> own = new java.util.HashSet<>();
    targets.forEach(t -> own.add(t.level()));
    List<TargetResult> results = new ArrayList<>();
    for (GenderTarget t : targets) {
      if (t.level().equals("*")) {
        for (GenderRow r : rows) {
          if (!own.contains(r.key())) {
            results.add(
                TargetResult.of(new GenderTarget(r.key(), t.percent()), r.label(), r.count()));
          }
        }
        continue;
      }
      GenderRow row = rows.stream().filter(r -> r.key().equals(t.level())).findFirst().orElse(null);
      results.add(
          row == null
              ? TargetResult.of(t, t.level(), GenderCount.ZERO)
              : TargetResult.of(t, row.label(), row.count()));
    }
    return results;
  }

  /**
   * A target measured.
   *
   * @param target the target
   * @param label the level's name
   * @param count staff at the level
   * @param status met, not met, or no staff
   * @param womenNeeded smallest k with (women + k) ÷ recorded ≥ target
   */
  public record TargetResult(
      GenderTarget target,
      String label,
      GenderCount count,
      GenderTarget.Status status,
      long womenNeeded) {
    static TargetResult of(GenderTarget t, String label, GenderCount c) {
      return new TargetResult(t, label, c, t.status(c), t.womenNeeded(c));
    }
  }
}
