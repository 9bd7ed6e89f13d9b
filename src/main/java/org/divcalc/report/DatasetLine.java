package org.divcalc.report;

/**
 * An input dataset and its fingerprint.
 *
 * @param dataset what it is
 * @param origin "embedded:FILE" or the user's path
 * @param sha256 hex SHA-256 of the bytes
 * @param selection the part used
 */
public record DatasetLine(String dataset, String origin, String sha256, String selection) {}
