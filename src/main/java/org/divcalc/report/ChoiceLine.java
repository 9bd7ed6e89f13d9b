package org.divcalc.report;

/**
 * A choice the command made, and why.
 *
 * @param item what was chosen
 * @param value the value
 * @param reason why
 */
public record ChoiceLine(String item, String value, String reason) {}
