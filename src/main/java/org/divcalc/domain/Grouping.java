package org.divcalc.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A way of sorting States into regions (UN regional groups, M49 regions, ILO regions, or a user's
 * file): which region each State belongs to, and where the assignment comes from.
 *
 * @param name short name ("un-regional-groups", or the file name for a user's grouping)
 * @param description what the grouping is, for reports
 * @param origin "embedded:FILE" or the path the user gave
 * @param sha256 hex SHA-256 of the file the grouping was read from
 * @param regionOf region by ISO 3166-1 alpha-3 code; a State absent from it is in no region
 * @param notes special cases the reader of a report must know about, sorted
 */
public record Grouping(
    String name,
    String description,
    String origin,
    String sha256,
    Map<String, String> regionOf,
    List<String> notes) {

  /** The row for Member States the grouping puts in no region. */
  public static final String NO_GROUP = "no group";

  /** The row for staff who are not nationals of a Member State (observers, stateless, unknown). */
  public static final String OUTSIDE_MEMBERSHIP = "non-member / unknown nationality";

  public Grouping {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(sha256, "sha256");
    // in code order, as sorted, and hashed for the lookup of every row counted
    regionOf = Collections.unmodifiableMap(new LinkedHashMap<>(new TreeMap<>(regionOf)));
    for (Map.Entry<String, String> e : regionOf.entrySet()) {
      String region = e.getValue();
      if (region == null || region.isBlank()) {
        throw new IllegalArgumentException(e.getKey() + ": blank region name");
      }
      if (region.equals(NO_GROUP) || region.equals(OUTSIDE_MEMBERSHIP)) {
        throw new IllegalArgumentException(
            e.getKey() + ": '" + region + "' is reserved for the rows divcalc adds itself");
      }
    }
    notes = List.copyOf(notes);
  }

  /** The region of a State, if the grouping gives one. */
  public Optional<String> region(String iso3) {
    return Optional.ofNullable(regionOf.get(iso3));
  }

  /** The regions the grouping names, sorted. */
  public SortedSet<String> regions() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(regionOf.values()));
  }

  /**
   * The row a staff member's nationality goes to: the region of a Member State, {@link #NO_GROUP}
   * for a Member State the grouping leaves out, {@link #OUTSIDE_MEMBERSHIP} for everyone else.
   *
   * @param nationality the staff member's nationality
   * @param isMember whether an alpha-3 code is a Member State (on the report's date)
   */
  public String rowOf(Nationality nationality, Predicate<String> isMember) {
    if (nationality.kind() != Nationality.Kind.MEMBER_STATE || !isMember.test(nationality.code())) {
      return OUTSIDE_MEMBERSHIP;
    }
    return regionOf.getOrDefault(nationality.code(), NO_GROUP);
  }
}
