package org.divcalc.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * The scheme of desirable ranges a report used, every parameter written out.
 *
 * @param name scheme name
 * @param description what the scheme is
 * @param origin "built-in" or the scheme file
 * @param sha256 SHA-256 of the scheme file, empty for a built-in scheme
 * @param validFrom first day the scheme applies
 * @param validTo last day, or null when open-ended
 * @param membershipWeight membership weight
 * @param populationWeight population weight
 * @param contributionWeight contribution weight
 * @param flexibility flexibility, a fraction of the midpoint
 * @param minimumFlexibility minimum flexibility in posts
 * @param upperLimitFloor smallest upper limit in posts
 * @param minimumPosts smallest lower limit in posts
 * @param rounding rounding of limits to whole posts ("half-up")
 * @param compareWith "rounded" or "exact" limits
 * @param counting which staff are subject to geographical distribution
 */
public record SchemeSection(
    String name,
    String description,
    String origin,
    String sha256,
    String validFrom,
    String validTo,
    BigDecimal membershipWeight,
    BigDecimal populationWeight,
    BigDecimal contributionWeight,
    BigDecimal flexibility,
    BigDecimal minimumFlexibility,
    BigDecimal upperLimitFloor,
    BigDecimal minimumPosts,
    String rounding,
    String compareWith,
    Counting counting) {

  /**
   * The staff-counting rules of the scheme.
   *
   * @param categories grade categories counted
   * @param grades grade codes counted besides the categories
   * @param funding funding codes counted; empty means any
   * @param excludedAppointments appointment types not counted
   * @param excludedPostTypes post types not counted
   * @param override how the roster's explicit flag takes precedence
   */
  public record Counting(
      List<String> categories,
      List<String> grades,
      List<String> funding,
      List<String> excludedAppointments,
      List<String> excludedPostTypes,
      String override) {}
}
