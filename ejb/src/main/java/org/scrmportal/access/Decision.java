package org.scrmportal.access;

/**
 * What the access policy decided for one viewer and one marking, and why, in words a member (or a
 * partner's lawyer) can read.
 *
 * @param permitted whether the viewer may see the object's content
 * @param rule the rule that decided, as named in the README's policy table
 * @param reason the decision in a sentence
 */
public record Decision(boolean permitted, String rule, String reason) {

  static Decision permit(String rule, String reason) {
    return new Decision(true, rule, reason);
  }

  static Decision deny(String rule, String reason) {
    return new Decision(false, rule, reason);
  }
}
