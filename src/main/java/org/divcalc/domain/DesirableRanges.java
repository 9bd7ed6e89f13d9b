package org.divcalc.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The desirable ranges a geographical count is compared with, one per Member State.
 *
 * @param basis where the limits come from ("formula, rounded limits", "published table FILE")
 * @param ranges one range per Member State
 */
public record DesirableRanges(String basis, List<DesirableRange> ranges) {
  public DesirableRanges {
    Objects.requireNonNull(basis, "basis");
    ranges = List.copyOf(ranges);
  }

  /** The range of one State, if it has one. */
  public Optional<DesirableRange> of(String iso3) {
    return ranges.stream().filter(r -> r.iso3().equals(iso3)).findFirst();
  }
}
