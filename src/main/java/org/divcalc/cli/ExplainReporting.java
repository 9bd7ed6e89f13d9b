package org.divcalc.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.divcalc.domain.FormulaRanges;
import org.divcalc.domain.RangeParameters;
import org.divcalc.domain.StateRange;
import org.divcalc.reference.DatasetUse;
import org.divcalc.report.ExplainReport;
import org.divcalc.report.ExplainReport.Input;
import org.divcalc.report.ExplainReport.Step;

/** Writes out the arithmetic of one State's range, with every input and its source. */
final class ExplainReporting {
  private ExplainReporting() {}

  static ExplainReport explain(RangeSetup setup, StateRange s) {
    FormulaRanges f = setup.formula();
    RangeParameters p = f.parameters();
    String scheme =
        "scheme " + setup.scheme().scheme().name() + " (" + setup.scheme().origin() + ")";
    String b = g(f.baseFigure());
    String n = Integer.toString(f.memberCount());
    String bigP = Long.toString(f.totalPopulation());
    String a = g(s.input().ratePct());
    String pop = Long.toString(s.input().population());

    List<Input> inputs = new ArrayList<>();
    inputs.add(new Input("B", "base figure", f.baseFigure(), "--base-figure"));
    inputs.add(
        new Input(
            "N",
            "number of States in the membership",
            BigDecimal.valueOf(f.memberCount()),
            source(setup.basis().membership())));
    inputs.add(
        new Input(
            "a",
            "assessment rate of " + s.input().name() + ", per cent",
            s.input().ratePct(),
            source(setup.basis().scale())));
    inputs.add(
        new Input(
            "p",
            "population of " + s.input().name(),
            BigDecimal.valueOf(s.input().population()),
            source(setup.basis().population())));
    inputs.add(
        new Input(
            "P",
            "population of the " + n + " States (sum)",
            BigDecimal.valueOf(f.totalPopulation()),
            source(setup.basis().population())));
    inputs.add(new Input("wm", "membership weight", p.membershipWeight(), scheme));
    inputs.add(new Input("wp", "population weight", p.populationWeight(), scheme));
    inputs.add(new Input("wc", "contribution weight", p.contributionWeight(), scheme));
    inputs.add(new Input("f", "flexibility (fraction of midpoint)", p.flexibility(), scheme));
    inputs.add(new Input("fmin", "minimum flexibility, posts", p.minimumFlexibility(), scheme));
    inputs.add(new Input("U", "upper-limit floor, posts", p.upperLimitFloor(), scheme));
    inputs.add(new Input("L", "lower-limit floor (minimum posts)", p.minimumPosts(), scheme));

    String m = v(s.membership());
    String pf = v(s.populationFactor());
    String c = v(s.contribution());
    String mid = v(s.midpoint());
    String flex = v(s.flexibility());
    BigDecimal scaled = p.flexibility().multiply(s.midpoint());
    String rounding = RangesReporting.rounding(p);
    List<Step> steps = new ArrayList<>();
    steps.add(
        new Step(
            "membership factor",
            "wm × B ÷ N",
            g(p.membershipWeight()) + " × " + b + " ÷ " + n,
            s.membership()));
    steps.add(
        new Step(
            "population factor",
            "wp × B × p ÷ P",
            g(p.populationWeight()) + " × " + b + " × " + pop + " ÷ " + bigP,
            s.populationFactor()));
    steps.add(
        new Step(
            "contribution factor",
            "wc × B × a ÷ 100",
            g(p.contributionWeight()) + " × " + b + " × " + a + " ÷ 100",
            s.contribution()));
    steps.add(
        new Step(
            "midpoint",
            "membership + population + contribution",
            m + " + " + pf + " + " + c,
            s.midpoint()));
    steps.add(
        new Step(
            "flexibility",
            "max(f × midpoint, fmin)",
            "max("
                + g(p.flexibility())
                + " × "
                + mid
                + ", "
                + g(p.minimumFlexibility())
                + ") = max("
                + v(scaled)
                + ", "
                + g(p.minimumFlexibility())
                + ")",
            s.flexibility()));
    steps.add(
        new Step(
            "lower limit, exact",
            "max(midpoint − flexibility, L)",
            "max(" + mid + " − " + flex + ", " + g(p.minimumPosts()) + ")",
            s.lowerExact()));
    steps.add(
        new Step(
            "upper limit, exact",
            "max(midpoint + flexibility, U, lower limit)",
            "max("
                + mid
                + " + "
                + flex
                + ", "
                + g(p.upperLimitFloor())
                + ", "
                + v(s.lowerExact())
                + ")",
            s.upperExact()));
    steps.add(
        new Step(
            "lower limit, rounded",
            "round " + rounding + "(lower limit)",
            "round " + rounding + "(" + v(s.lowerExact()) + ")",
            s.lower()));
    steps.add(
        new Step(
            "midpoint, rounded",
            "round " + rounding + "(midpoint)",
            "round " + rounding + "(" + mid + ")",
            s.midpointRounded()));
    steps.add(
        new Step(
            "upper limit, rounded",
            "round " + rounding + "(upper limit)",
            "round " + rounding + "(" + v(s.upperExact()) + ")",
            s.upper()));
    return new ExplainReport(
        "divcalc",
        org.divcalc.report.ReportSchema.VERSION,
        VersionProvider.version(),
        "ranges --explain",
        setup.asOf().toString(),
        s.input().iso3(),
        s.input().name(),
        RangesReporting.scheme(setup.scheme()),
        inputs,
        steps,
        RangesReporting.row(s),
        List.of(
            RangesReporting.PRECISION_NOTE,
            "Counts are compared with the " + p.comparison().key() + " limits."),
        setup.warnings());
  }

  private static String source(DatasetUse d) {
    return d.origin() + ", " + d.selection() + ", sha256 " + d.sha256();
  }

  /** An input, as given ("0.40"). */
  private static String g(BigDecimal value) {
    return org.divcalc.render.Decimals.given(value);
  }

  /** A result, every digit and no trailing zeros. */
  private static String v(BigDecimal value) {
    return RangesReporting.plain(value);
  }
}
