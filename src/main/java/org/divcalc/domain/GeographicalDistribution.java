package org.divcalc.domain;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts staff subject to geographical distribution by nationality as rows stream past, then gives
 * every Member State's status against its desirable range.
 */
public final class GeographicalDistribution implements StaffCounter {
  private final GeographicalRules rules;
  private final List<MemberState> membership;
  private final DesirableRanges ranges;
  private final Map<String, Long> nationals = new HashMap<>();
  private final Map<String, NonMemberCount.Kind> outside = new TreeMap<>();
  private final Map<String, Long> outsideCounts = new TreeMap<>();

  /** Counts the staff offered, those subject, and why the others are not. */
  private final GeographicalFunnel funnel;

  /**
   * A distribution.
   *
   * @param rules who is subject to geographical distribution
   * @param membership the Member States on the as-of date
   * @param ranges their desirable ranges (a published table may lack some)
   */
  public GeographicalDistribution(
      GeographicalRules rules, List<MemberState> membership, DesirableRanges ranges) {
    this.rules = rules;
    this.funnel = new GeographicalFunnel(rules);
    this.membership = List.copyOf(membership);
    this.ranges = ranges;
    for (MemberState m : membership) {
      nationals.put(m.iso3(), 0L);
    }
  }

  @Override
  public void accept(StaffMember staff, long count) {
    // the rules once: the hand-over of a large roster's counts runs this per combination
    if (funnel.count(staff, count) != null) {
      return;
    }
    Nationality n = staff.nationality();
    if (nationals.containsKey(n.code())) {
      nationals.merge(n.code(), count, Long::sum);
      return;
    }
    NonMemberCount.Kind kind =
        switch (n.kind()) {
          case OBSERVER_STATE -> NonMemberCount.Kind.OBSERVER_STATE;
          case MEMBER_STATE -> NonMemberCount.Kind.NOT_A_MEMBER_ON_DATE;
          case OTHER_AREA -> NonMemberCount.Kind.OTHER_AREA;
          case STATELESS -> NonMemberCount.Kind.STATELESS;
          case UNKNOWN -> NonMemberCount.Kind.UNKNOWN;
        };
    outside.put(n.code(), kind);
    outsideCounts.merge(n.code(), count, Long::sum);
  }

  /** Who the rules left out, and why. */
  public GeographicalFunnel funnel() {
    return funnel;
  }

  /** Counted roster rows offered. */
  public long offered() {
    return funnel.offered();
  }

  /** Rows subject to geographical distribution. */
  public long subject() {
    return funnel.subject();
  }

  /** Every Member State's representation, in membership order. */
  public List<StateRepresentation> states() {
    Map<String, DesirableRange> byIso3 = new HashMap<>();
    for (DesirableRange r : ranges.ranges()) {
      byIso3.put(r.iso3(), r);
    }
    List<StateRepresentation> out = new ArrayList<>();
    for (MemberState m : membership) {
      out.add(StateRepresentation.of(m, nationals.get(m.iso3()), byIso3.get(m.iso3())));
    }
    return out;
  }

  /** Staff outside the membership, by code. */
  public List<NonMemberCount> nonMembers() {
    List<NonMemberCount> out = new ArrayList<>();
    outside.forEach(
        (code, kind) -> out.add(new NonMemberCount(code, kind, outsideCounts.get(code))));
    return out;
  }

  /** The counts per status, checked to partition the membership. */
  public Summary summary() {
    return Summary.of(states(), nonMembers());
  }

  /**
   * The published summary: Member States per status.
   *
   * @param memberStates N, the size of the membership
   * @param byStatus Member States per status, every status present (0 included)
   * @param withinBelowMidpoint within range and below the midpoint
   * @param withinAtOrAboveMidpoint within range and at or above the midpoint
   * @param withinMidpointUnknown within range, midpoint not given (published table)
   * @param nationals staff counted against the ranges
   * @param outsideMembership staff whose nationality is not a Member State
   */
  public record Summary(
      int memberStates,
      Map<RepresentationStatus, Integer> byStatus,
      int withinBelowMidpoint,
      int withinAtOrAboveMidpoint,
      int withinMidpointUnknown,
      long nationals,
      long outsideMembership) {
    public Summary {
      byStatus = java.util.Collections.unmodifiableMap(new EnumMap<>(byStatus));
      int sum = byStatus.values().stream().mapToInt(Integer::intValue).sum();
      if (sum != memberStates) {
        throw new IllegalStateException(
            "statuses count " + sum + " States for a membership of " + memberStates);
      }
      if (withinBelowMidpoint + withinAtOrAboveMidpoint + withinMidpointUnknown
          != byStatus.get(RepresentationStatus.WITHIN_RANGE)) {
        throw new IllegalStateException("the within-range split does not add up");
      }
    }

    static Summary of(List<StateRepresentation> states, List<NonMemberCount> outside) {
      Map<RepresentationStatus, Integer> by = new EnumMap<>(RepresentationStatus.class);
      for (RepresentationStatus s : RepresentationStatus.values()) {
        by.put(s, 0);
      }
      int below = 0;
      int above = 0;
      int unknown = 0;
      long counted = 0;
      for (StateRepresentation s : states) {
        by.merge(s.status(), 1, Integer::sum);
        counted += s.nationals();
        if (s.status() == RepresentationStatus.WITHIN_RANGE) {
          if (s.belowMidpoint() == null) {
            unknown++;
          } else if (s.belowMidpoint()) {
            below++;
          } else {
            above++;
          }
        }
      }
      long out = outside.stream().mapToLong(NonMemberCount::staff).sum();
      return new Summary(states.size(), by, below, above, unknown, counted, out);
    }
  }
}
