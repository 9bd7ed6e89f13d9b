package org.divcalc.report;

import java.math.BigDecimal;
import java.util.List;

/**
 * One Member State's desirable range worked out step by step, with every input and its source, so
 * that an auditor can redo it by hand.
 *
 * @param tool always "divcalc"
 * @param schemaVersion version of the JSON format, see {@link ReportSchema}
 * @param toolVersion version of divcalc
 * @param command always "ranges --explain"
 * @param asOf snapshot date
 * @param iso3 the State's alpha-3 code
 * @param name the State's UN short name
 * @param scheme the scheme and its parameters
 * @param inputs the inputs, each with its source
 * @param steps the arithmetic, in order
 * @param range the resulting range (exact and rounded)
 * @param notes precision and comparison rules
 * @param warnings things the user must know
 */
public record ExplainReport(
    String tool,
    String schemaVersion,
    String toolVersion,
    String command,
    String asOf,
    String iso3,
    String name,
    SchemeSection scheme,
    List<Input> inputs,
    List<Step> steps,
    RangeRow range,
    List<String> notes,
    List<String> warnings) {
  public ExplainReport {
    inputs = List.copyOf(inputs);
    steps = List.copyOf(steps);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  /**
   * An input of the formula.
   *
   * @param symbol the letter used in the steps (B, N, a, p, P)
   * @param quantity what it is
   * @param value its value
   * @param source where it comes from (dataset, selection, SHA-256)
   */
  public record Input(String symbol, String quantity, BigDecimal value, String source) {}

  /**
   * A step of the arithmetic.
   *
   * @param quantity what is computed
   * @param formula the formula in symbols
   * @param substituted the formula with the values put in
   * @param value the result, exact
   */
  public record Step(String quantity, String formula, String substituted, BigDecimal value) {}
}
