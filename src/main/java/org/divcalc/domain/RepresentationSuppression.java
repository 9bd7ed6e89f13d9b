package org.divcalc.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies {@link CellSuppression} to the regional table and the per-State counts of geographical
 * staff together, since a region's geographical staff is the sum of its States' nationals: a
 * State's count withheld in one table cannot be recovered from the other.
 */
public final class RepresentationSuppression {
  /** The count columns of a regional row. */
  public enum Column {
    STAFF,
    WOMEN,
    MEN,
    OTHER,
    NOT_RECORDED,
    GEOGRAPHICAL
  }

  private static final int COLUMNS = Column.values().length;

  private RepresentationSuppression() {}

  /**
   * What is withheld.
   *
   * @param regions withheld columns by region row name (the total row under its name)
   * @param states alpha-3 codes of Member States whose count of nationals is withheld
   * @param outside codes of non-member nationalities whose count is withheld
   * @param totals "nationals" and/or "outside" when a summary total is withheld
   * @param cells how many cells are withheld in all, complementary cells and totals included
   * @param exposed the withheld counts from 1 to minCell − 1 that can still be worked out from what
   *     every report prints (the staff subject to geographical distribution, the States shown
   *     unrepresented): too few staff or States to hide them among
   */
  public record Withheld(
      Map<String, Set<Column>> regions,
      Set<String> states,
      Set<String> outside,
      Set<String> totals,
      int cells,
      List<String> exposed) {
    public static final Withheld NONE =
        new Withheld(Map.of(), Set.of(), Set.of(), Set.of(), 0, List.of());

    public Withheld {
      exposed = List.copyOf(exposed);
    }

    /**
     * Whether every combination of the equations was checked exactly; past {@link
     * CellSuppression#EXACT_AUDIT_LIMIT} withheld cells, only the bounds are.
     */
    public boolean checkedExactly() {
      return cells <= CellSuppression.EXACT_AUDIT_LIMIT;
    }

    /** True when nothing is withheld. */
    public boolean isEmpty() {
      return regions.isEmpty() && states.isEmpty() && outside.isEmpty() && totals.isEmpty();
    }
  }

  /**
   * What a reader knows of the counts besides the equations of the tables.
   *
   * @param stateFloors the least count of nationals of each State that a report shows with a status
   *     saying it has some (1 for under-represented, within range and over-represented)
   * @param regionFloors the least geographical staff of each region row that the regional table
   *     shows (its States with such a status, 1 each)
   * @param regionsWithoutNationals region rows whose States the regional table shows all
   *     unrepresented: their geographical staff are 0, whatever is withheld
   * @param staffIsGeographical whether the regional table's staff are exactly the staff subject to
   *     geographical distribution (the geographical population, no filters): each row's staff equal
   *     its geographical staff
   */
  public record Bounds(
      Map<String, Long> stateFloors,
      Map<String, Long> regionFloors,
      Set<String> regionsWithoutNationals,
      boolean staffIsGeographical) {
    /** Nothing known beyond the equations and that counts are not negative. */
    public static final Bounds NONE = new Bounds(Map.of(), Map.of(), Set.of(), false);
  }

  /** The same, with nothing known of the counts but the equations. */
  public static Withheld suppress(
      List<RegionTotals> rows,
      Map<String, String> regionOf,
      Map<String, Long> states,
      Map<String, Long> outside,
      int minCell) {
    return suppress(rows, regionOf, states, outside, minCell, Bounds.NONE);
  }

  /**
   * Suppresses counts from 1 to {@code minCell − 1} in the regional rows (null: no regional table)
   * and the State and non-member counts (empty: none shown).
   *
   * @param rows the regional rows, the total last; or null
   * @param regionOf the region row of each State, for the link between the tables
   * @param states counts of nationals by State
   * @param outside counts of staff by non-member nationality
   * @param minCell the threshold; 1 or less withholds nothing
   * @param bounds what a reader knows of the counts besides the equations
   */
  public static Withheld suppress(
      List<RegionTotals> rows,
      Map<String, String> regionOf,
      Map<String, Long> states,
      Map<String, Long> outside,
      int minCell,
      Bounds bounds) {
    if (minCell <= 1) {
      return Withheld.NONE;
    }
    List<Long> values = new ArrayList<>();
    List<CellSuppression.Constraint> constraints = new ArrayList<>();
    Map<String, Integer> regionBase = new HashMap<>();
    int total = -1;
    int nationalsTotal;
    int outsideTotal;
    if (rows != null) {
      for (RegionTotals r : rows) {
        int base = values.size();
        regionBase.put(r.region(), base);
        GenderCount c = r.staff();
        values.add(c.total());
        values.add(c.women());
        values.add(c.men());
        values.add(c.other());
        values.add(c.notRecorded());
        values.add(r.geographical());
        constraints.add(
            new CellSuppression.Constraint(
                base, new int[] {base + 1, base + 2, base + 3, base + 4}));
        if (r.kind() == RegionTotals.Kind.TOTAL) {
          total = base;
        }
      }
      for (int col = 0; col < COLUMNS; col++) {
        List<Integer> parts = new ArrayList<>();
        for (RegionTotals r : rows) {
          if (r.kind() != RegionTotals.Kind.TOTAL) {
            parts.add(regionBase.get(r.region()) + col);
          }
        }
        constraints.add(new CellSuppression.Constraint(total + col, ints(parts)));
      }
    }
    BitSet pinned = new BitSet();
    Map<String, Integer> stateCell = new HashMap<>();
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(states).entrySet()) {
      stateCell.put(e.getKey(), values.size());
      if (e.getValue() == 0) {
        // printed as unrepresented: withholding the zero would hide nothing
        pinned.set(values.size());
      }
      values.add(e.getValue());
    }
    Map<String, Integer> outsideCell = new HashMap<>();
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(outside).entrySet()) {
      outsideCell.put(e.getKey(), values.size());
      values.add(e.getValue());
    }
    if (rows != null) {
      Map<String, List<Integer>> byRegion = new HashMap<>();
      stateCell.forEach(
          (iso3, cell) ->
              byRegion.computeIfAbsent(regionOf.get(iso3), k -> new ArrayList<>()).add(cell));
      byRegion.forEach(
          (region, cells) -> {
            Integer base = regionBase.get(region);
            if (base != null) {
              constraints.add(
                  new CellSuppression.Constraint(
                      base + Column.GEOGRAPHICAL.ordinal(), ints(cells)));
            }
          });
      for (RegionTotals r : rows) {
        if (r.kind() == RegionTotals.Kind.OUTSIDE_MEMBERSHIP && !outsideCell.isEmpty()) {
          constraints.add(
              new CellSuppression.Constraint(
                  regionBase.get(r.region()) + Column.GEOGRAPHICAL.ordinal(),
                  ints(new ArrayList<>(outsideCell.values()))));
        }
      }
    }
    // the summary's two totals, and the total of staff subject to geographical distribution that
    // the report prints whatever is withheld (pinned): nationals + outside = that total, so a
    // withheld non-member count is not its difference from the nationals shown
    // (the regional table alone shows neither the States nor the summary: only its total)
    if (rows != null && states.isEmpty()) {
      nationalsTotal = -1;
      outsideTotal = -1;
      pinned.set(total + Column.GEOGRAPHICAL.ordinal());
    } else {
      nationalsTotal = values.size();
      values.add(states.values().stream().mapToLong(Long::longValue).sum());
      constraints.add(
          new CellSuppression.Constraint(
              nationalsTotal, ints(new ArrayList<>(stateCell.values()))));
      outsideTotal = values.size();
      values.add(outside.values().stream().mapToLong(Long::longValue).sum());
      constraints.add(
          new CellSuppression.Constraint(
              outsideTotal, ints(new ArrayList<>(outsideCell.values()))));
      if (outsideCell.isEmpty()) {
        pinned.set(outsideTotal); // no one outside the membership: a total of nothing is 0
      }
      int subject;
      if (rows != null) {
        subject = total + Column.GEOGRAPHICAL.ordinal();
      } else {
        subject = values.size();
        values.add(values.get(nationalsTotal) + values.get(outsideTotal));
      }
      pinned.set(subject);
      constraints.add(
          new CellSuppression.Constraint(subject, new int[] {nationalsTotal, outsideTotal}));
    }
    long[] v = values.stream().mapToLong(Long::longValue).toArray();
    // What a reader knows besides the equations. The staff counted are printed in every report's
    // header (the population's "N of M"): the regional total of staff is pinned like the subject
    // total. Floors come from the statuses. A reader who can tell from the population, the
    // filters and the scheme's rules that geographical staff are among the staff knows that
    // geographical <= staff in each row; whenever the counts allow that reading, it is assumed
    // (a warning too many is better than a count given away).
    long[] floors = new long[v.length];
    stateCell.forEach((iso3, cell) -> floors[cell] = bounds.stateFloors().getOrDefault(iso3, 0L));
    List<int[]> atMost = new ArrayList<>();
    if (rows != null) {
      pinned.set(total + Column.STAFF.ordinal());
      boolean within = true;
      for (int base : regionBase.values()) {
        within &= v[base + Column.GEOGRAPHICAL.ordinal()] <= v[base + Column.STAFF.ordinal()];
      }
      for (Map.Entry<String, Integer> e : regionBase.entrySet()) {
        int base = e.getValue();
        int staff = base + Column.STAFF.ordinal();
        int geographical = base + Column.GEOGRAPHICAL.ordinal();
        floors[geographical] = bounds.regionFloors().getOrDefault(e.getKey(), 0L);
        if (v[staff] == 0) {
          // no staff: its counts by sex are zeros anyone can tell
          pinned.set(base, geographical);
        }
        if (bounds.regionsWithoutNationals().contains(e.getKey())) {
          pinned.set(geographical); // all its States are shown unrepresented
        }
        if (bounds.staffIsGeographical()) {
          constraints.add(new CellSuppression.Constraint(staff, new int[] {geographical}));
        } else if (within) {
          atMost.add(new int[] {geographical, staff});
          if (v[staff] == 0) {
            pinned.set(geographical);
          }
        }
      }
    }
    BitSet s =
        CellSuppression.suppressBounded(
            v, constraints, minCell, pinned, floors, atMost, new BitSet());
    Map<String, Set<Column>> regions = new HashMap<>();
    regionBase.forEach(
        (region, base) -> {
          Set<Column> cols = EnumSet.noneOf(Column.class);
          for (Column c : Column.values()) {
            if (s.get(base + c.ordinal())) {
              cols.add(c);
            }
          }
          if (!cols.isEmpty()) {
            regions.put(region, cols);
          }
        });
    Set<String> hiddenStates = new TreeSet<>();
    stateCell.forEach(
        (iso3, cell) -> {
          if (s.get(cell)) {
            hiddenStates.add(iso3);
          }
        });
    Set<String> hiddenOutside = new TreeSet<>();
    outsideCell.forEach(
        (code, cell) -> {
          if (s.get(cell)) {
            hiddenOutside.add(code);
          }
        });
    Set<String> totals = new TreeSet<>();
    if (nationalsTotal >= 0 && s.get(nationalsTotal)) {
      totals.add("nationals");
    }
    if (outsideTotal >= 0 && s.get(outsideTotal)) {
      totals.add("outside");
    }
    // what each cell is, for naming those a reader can still work out
    String[] names = new String[v.length];
    regionBase.forEach(
        (region, base) -> {
          for (Column c : Column.values()) {
            names[base + c.ordinal()] = columnName(c) + " of " + region;
          }
        });
    stateCell.forEach((iso3, cell) -> names[cell] = "nationals of " + iso3);
    outsideCell.forEach((code, cell) -> names[cell] = "staff of nationality " + code);
    if (nationalsTotal >= 0) {
      names[nationalsTotal] = "nationals counted";
    }
    if (outsideTotal >= 0) {
      names[outsideTotal] = "staff whose nationality is not a Member State";
    }
    BitSet exposed = CellSuppression.exposed(v, constraints, s, floors, atMost, minCell);
    List<String> named = new ArrayList<>();
    for (int i = exposed.nextSetBit(0); i >= 0; i = exposed.nextSetBit(i + 1)) {
      named.add(names[i] == null ? "cell " + i : names[i]);
    }
    return new Withheld(regions, hiddenStates, hiddenOutside, totals, s.cardinality(), named);
  }

  private static String columnName(Column c) {
    return switch (c) {
      case STAFF -> "staff";
      case WOMEN -> "women";
      case MEN -> "men";
      case OTHER -> "other";
      case NOT_RECORDED -> "not recorded";
      case GEOGRAPHICAL -> "geographical staff";
    };
  }

  private static int[] ints(List<Integer> list) {
    return list.stream().mapToInt(Integer::intValue).toArray();
  }
}
