package org.divcalc.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.divcalc.domain.GeographicalDistribution;
import org.divcalc.domain.Grouping;
import org.divcalc.domain.MemberState;
import org.divcalc.domain.NonMemberCount;
import org.divcalc.domain.RegionTotals;
import org.divcalc.domain.RegionalDistribution;
import org.divcalc.domain.RepresentationStatus;
import org.divcalc.domain.RepresentationSuppression;
import org.divcalc.domain.StateRepresentation;

/** Works out what {@code --min-cell} withholds in the geographical and regional tables. */
final class Withholding {
  private Withholding() {}

  /** The per-State and non-member counts of {@code geo}, alone. */
  static RepresentationSuppression.Withheld geo(GeographicalDistribution geo, int minCell) {
    return RepresentationSuppression.suppress(
        null,
        Map.of(),
        states(geo),
        outside(geo),
        minCell,
        new RepresentationSuppression.Bounds(floors(geo), Map.of(), Set.of(), false));
  }

  /**
   * The regional table, and with it the per-State counts ({@code withStates}) and the non-member
   * counts ({@code withOutside}) that a combined report also shows.
   */
  static RepresentationSuppression.Withheld regions(
      RegionalDistribution regions,
      GeographicalDistribution geo,
      List<MemberState> membership,
      boolean withStates,
      boolean withOutside,
      int minCell) {
    if (minCell <= 1) {
      return RepresentationSuppression.Withheld.NONE;
    }
    // with the States' representations, each row carries its States by status
    RegionalDistribution.Breakdown b = regions.breakdown(geo == null ? null : geo.states());
    List<RegionTotals> rows = new ArrayList<>(b.rows());
    rows.add(b.total());
    Grouping g = regions.grouping();
    Map<String, String> regionOf = new HashMap<>();
    for (MemberState m : membership) {
      regionOf.put(m.iso3(), g.region(m.iso3()).orElse(Grouping.NO_GROUP));
    }
    // with ranges, the regional table shows each region's States by status: those with
    // nationals have at least one each, and a region of unrepresented States has none
    Map<String, Long> regionFloors = new HashMap<>();
    Set<String> withoutNationals = new HashSet<>();
    for (RegionTotals r : b.rows()) {
      if (r.ranges() == null) {
        continue;
      }
      long floor = 0;
      for (Map.Entry<RepresentationStatus, Integer> e : r.ranges().byStatus().entrySet()) {
        floor += hasNationals(e.getKey()) ? e.getValue() : 0;
      }
      regionFloors.put(r.region(), floor);
      if (r.memberStates() > 0
          && r.ranges().byStatus().get(RepresentationStatus.UNREPRESENTED) == r.memberStates()) {
        withoutNationals.add(r.region());
      }
    }
    return RepresentationSuppression.suppress(
        rows,
        regionOf,
        withStates ? states(geo) : Map.of(),
        withOutside && geo != null ? outside(geo) : Map.of(),
        minCell,
        new RepresentationSuppression.Bounds(
            withStates ? floors(geo) : Map.of(),
            regionFloors,
            withoutNationals,
            regions.staffIsGeographical()));
  }

  /** Whether a State's printed status says it has nationals. */
  private static boolean hasNationals(RepresentationStatus status) {
    return status == RepresentationStatus.UNDER_REPRESENTED
        || status == RepresentationStatus.WITHIN_RANGE
        || status == RepresentationStatus.OVER_REPRESENTED;
  }

  /** 1 for each State whose printed status says it has nationals: the least count it can have. */
  private static Map<String, Long> floors(GeographicalDistribution geo) {
    Map<String, Long> out = new HashMap<>();
    for (StateRepresentation s : geo.states()) {
      if (hasNationals(s.status())) {
        out.put(s.state().iso3(), 1L);
      }
    }
    return out;
  }

  private static Map<String, Long> states(GeographicalDistribution geo) {
    Map<String, Long> out = new HashMap<>();
    for (StateRepresentation s : geo.states()) {
      out.put(s.state().iso3(), s.nationals());
    }
    return out;
  }

  private static Map<String, Long> outside(GeographicalDistribution geo) {
    Map<String, Long> out = new HashMap<>();
    for (NonMemberCount c : geo.nonMembers()) {
      out.put(c.code(), c.staff());
    }
    return out;
  }
}
