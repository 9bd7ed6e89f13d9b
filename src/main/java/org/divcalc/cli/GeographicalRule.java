package org.divcalc.cli;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.divcalc.domain.StaffMember;

/**
 * The staff-counting rule of the UN Secretariat's system of desirable ranges, 1988–2023:
 * Professional and higher, regular budget, not a language post, not a temporary appointment; an
 * explicit "geographical" column overrides it.
 */
final class GeographicalRule {
  private GeographicalRule() {}

  static Predicate<StaffMember> builtIn() {
    return s -> {
      if (s.geographical() != null) {
        return s.geographical();
      }
      return s.grade().category().isProfessionalAndHigher()
          && s.funding().toUpperCase(Locale.ROOT).equals("RB")
          && !s.postType().toLowerCase(Locale.ROOT).equals("language")
          && !s.appointment().toLowerCase(Locale.ROOT).equals("temporary");
    };
  }

  static List<String> builtInDescription() {
    return List.of(
        "the roster's geographical column, where it has a value, decides",
        "otherwise: grade category ungraded, director or professional",
        "and funding RB (regular budget)",
        "and post type not 'language'",
        "and appointment not 'temporary'");
  }
}
