package org.scrmportal.baseline.mapping;

/**
 * One thing wrong with a mapping document.
 *
 * @param row the data row, counted from 1 (the CSV header is row 0; 0 also for the whole document)
 * @param column the column or JSON member, or {@code ""} when none applies
 */
public record MappingProblem(int row, String column, String message) {}
