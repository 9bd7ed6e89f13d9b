package org.divcalc.reference;

/**
 * A choice made on the user's behalf (membership, scale period, population year), with the reason,
 * so that a report can say why it used what it used.
 *
 * @param item what was chosen ("membership", "scale period", "population year")
 * @param value the value chosen
 * @param reason why
 */
public record Choice(String item, String value, String reason) {}
