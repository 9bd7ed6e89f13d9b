package org.divcalc.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Counts staff by region as rows stream past (memory bounded by the number of regions), then adds
 * each region's Member States and, when ranges are known, their statuses and limits.
 */
public final class RegionalDistribution implements StaffCounter {
  /** The name of the total row. */
  public static final String TOTAL_ROW = "Total";

  private final Grouping grouping;
  private final List<MemberState> membership;
  private final Set<String> members = new HashSet<>();
  private final StaffSelection selection;
  private final Predicate<StaffMember> geographical;
  // looked up by region, never walked: hashed rather than sorted, for the many rows counted
  // counts by Sex ordinal, added to in place: one lookup and no allocation per combination
  private final Map<String, long[]> staff = new HashMap<>();
  private final Map<String, Long> geographicalStaff = new HashMap<>();
  private long selected;
  private long geographicalTotal;

  /**
   * A distribution.
   *
   * @param grouping the regions
   * @param membership the Member States of the report
   * @param selection who counts as staff (population and filters)
   * @param geographical who is subject to geographical distribution (the scheme's rules, whatever
   *     the selection)
   */
  public RegionalDistribution(
      Grouping grouping,
      List<MemberState> membership,
      StaffSelection selection,
      Predicate<StaffMember> geographical) {
    this.grouping = Objects.requireNonNull(grouping, "grouping");
    this.membership = List.copyOf(membership);
    this.selection = Objects.requireNonNull(selection, "selection");
    this.geographical = Objects.requireNonNull(geographical, "geographical");
    for (MemberState m : membership) {
      members.add(m.iso3());
    }
  }

  @Override
  public void accept(StaffMember s, long count) {
    String row = grouping.rowOf(s.nationality(), members::contains);
    if (selection.test(s, count)) {
      selected += count;
      long[] bySex = staff.get(row);
      if (bySex == null) {
        bySex = new long[Sex.values().length];
        staff.put(row, bySex);
      }
      bySex[s.sex().ordinal()] += count;
    }
    if (geographical.test(s)) {
      geographicalTotal += count;
      geographicalStaff.merge(row, count, Long::sum);
    }
  }

  private static GenderCount count(long[] bySex) {
    GenderCount c = GenderCount.ZERO;
    if (bySex != null) {
      for (Sex sex : Sex.values()) {
        c = c.plus(sex, bySex[sex.ordinal()]);
      }
    }
    return c;
  }

  /**
   * Whether every row's staff are exactly its staff subject to geographical distribution (the
   * geographical population, no filters), as anyone can tell.
   */
  public boolean staffIsGeographical() {
    return selection.filters().isEmpty() && selection.population() == Population.GEOGRAPHICAL;
  }

  /** The grouping counted by. */
  public Grouping grouping() {
    return grouping;
  }

  /** Staff kept by the selection. */
  public long selected() {
    return selected;
  }

  /** Staff subject to geographical distribution. */
  public long geographical() {
    return geographicalTotal;
  }

  /**
   * The breakdown: every region of the grouping (sorted by name), then "no group" when some Member
   * State is in none, then the staff outside the membership, and the total.
   *
   * @param states every Member State's representation (from {@link GeographicalDistribution}), or
   *     null when no ranges were given
   */
  public Breakdown breakdown(List<StateRepresentation> states) {
    Map<String, Integer> statesIn = new LinkedHashMap<>();
    Map<String, RegionTotals.RangeTotals> rangesIn = new TreeMap<>();
    Map<String, Long> nationalsIn = new TreeMap<>();
    for (String region : grouping.regions()) {
      statesIn.put(region, 0);
    }
    for (MemberState m : membership) {
      statesIn.merge(regionOf(m.iso3()), 1, Integer::sum);
    }
    if (states != null) {
      if (states.size() != membership.size()) {
        throw new IllegalArgumentException(
            states.size() + " representations for " + membership.size() + " Member States");
      }
      for (StateRepresentation s : states) {
        String region = regionOf(s.state().iso3());
        rangesIn.merge(
            region, RegionTotals.RangeTotals.NONE.plus(s), RegionTotals.RangeTotals::plus);
        nationalsIn.merge(region, s.nationals(), Long::sum);
      }
    }
    List<RegionTotals> rows = new ArrayList<>();
    statesIn.forEach(
        (region, n) -> {
          if (n > 0 || !region.equals(Grouping.NO_GROUP)) {
            RegionTotals.Kind kind =
                region.equals(Grouping.NO_GROUP)
                    ? RegionTotals.Kind.NO_GROUP
                    : RegionTotals.Kind.REGION;
            rows.add(row(region, kind, n, states == null ? null : rangesIn, nationalsIn));
          }
        });
    rows.add(
        row(
            Grouping.OUTSIDE_MEMBERSHIP,
            RegionTotals.Kind.OUTSIDE_MEMBERSHIP,
            0,
            states == null ? null : rangesIn,
            nationalsIn));
    return Breakdown.of(rows, selected, geographicalTotal);
  }

  private String regionOf(String iso3) {
    return grouping.region(iso3).orElse(Grouping.NO_GROUP);
  }

  private RegionTotals row(
      String region,
      RegionTotals.Kind kind,
      int memberStates,
      Map<String, RegionTotals.RangeTotals> ranges,
      Map<String, Long> nationals) {
    long geo = geographicalStaff.getOrDefault(region, 0L);
    if (ranges != null
        && kind != RegionTotals.Kind.OUTSIDE_MEMBERSHIP
        && nationals.getOrDefault(region, 0L) != geo) {
      throw new IllegalStateException(
          region
              + ": "
              + geo
              + " geographical staff counted, but its States' counts sum to "
              + nationals.getOrDefault(region, 0L));
    }
    return new RegionTotals(
        region,
        kind,
        memberStates,
        count(staff.get(region)),
        geo,
        ranges == null ? null : ranges.getOrDefault(region, RegionTotals.RangeTotals.NONE));
  }

  /**
   * The rows of a regional breakdown and their total, checked to add up to the staff counted.
   *
   * @param rows the regions and special rows, in report order
   * @param total their sum
   */
  public record Breakdown(List<RegionTotals> rows, RegionTotals total) {
    public Breakdown {
      rows = List.copyOf(rows);
      Objects.requireNonNull(total, "total");
    }

    static Breakdown of(List<RegionTotals> rows, long selected, long geographical) {
      GenderCount staff = GenderCount.ZERO;
      long geo = 0;
      int states = 0;
      RegionTotals.RangeTotals ranges =
          rows.get(0).ranges() == null ? null : RegionTotals.RangeTotals.NONE;
      for (RegionTotals r : rows) {
        staff = staff.plus(r.staff());
        geo += r.geographical();
        states += r.memberStates();
        if (ranges != null) {
          ranges = ranges.plus(r.ranges());
        }
      }
      if (staff.total() != selected || geo != geographical) {
        throw new IllegalStateException(
            "regions add up to "
                + staff.total()
                + " staff and "
                + geo
                + " geographical, but "
                + selected
                + " and "
                + geographical
                + " were counted");
      }
      return new Breakdown(
          rows, new RegionTotals(TOTAL_ROW, RegionTotals.Kind.TOTAL, states, staff, geo, ranges));
    }
  }
}
