package org.scrmportal.supplier;

/**
 * The answer of a version or product comparison: yes, no, or unknown where the versions cannot be
 * compared (an unparseable version is never guessed at).
 */
public enum Match {
  YES,
  NO,
  UNKNOWN;

  /** Both: NO if either is NO, YES if both are YES, otherwise UNKNOWN. */
  public Match and(Match other) {
    if (this == NO || other == NO) {
      return NO;
    }
    return this == YES && other == YES ? YES : UNKNOWN;
  }

  /** Either: YES if either is YES, NO if both are NO, otherwise UNKNOWN. */
  public Match or(Match other) {
    if (this == YES || other == YES) {
      return YES;
    }
    return this == NO && other == NO ? NO : UNKNOWN;
  }

  static Match of(boolean value) {
    return value ? YES : NO;
  }
}
