package org.scrmportal.baseline.oscal;

import java.util.List;

/**
 * A parameter's selection: {@code howMany} is {@code null} (one), {@code one} or {@code
 * one-or-more}; choices as markdown.
 */
public record Select(String howMany, List<String> choices) {

  public Select {
    choices = choices == null ? List.of() : List.copyOf(choices);
  }
}
