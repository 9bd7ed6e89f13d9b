package org.divcalc.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.divcalc.domain.RangeInput;

/**
 * The inputs of the range formula on a date: the membership with each State's rate and population,
 * the choices made to get them, and the datasets they came from.
 *
 * @param asOf the snapshot date
 * @param inputs one input per Member State, sorted by name
 * @param scalePeriod the scale period used
 * @param populationYear the population year used, or 0 for an undated population file
 * @param membership where the membership came from
 * @param scale where the rates came from
 * @param population where the population figures came from
 * @param choices the choices made, with reasons
 * @param warnings things the user should know about the inputs
 */
public record RangeBasis(
    LocalDate asOf,
    List<RangeInput> inputs,
    ScalePeriod scalePeriod,
    int populationYear,
    DatasetUse membership,
    DatasetUse scale,
    DatasetUse population,
    List<Choice> choices,
    List<String> warnings) {

  public RangeBasis {
    Objects.requireNonNull(asOf, "asOf");
    inputs = List.copyOf(inputs);
    choices = List.copyOf(choices);
    warnings = List.copyOf(warnings);
  }

  /** The datasets used, membership first. */
  public List<DatasetUse> datasets() {
    return List.of(membership, scale, population);
  }
}
