package org.scrmportal.baseline.oscal;

import java.util.Objects;

/** An OSCAL link: href, relation ({@code null} if none) and text ({@code null} if none). */
public record Link(String href, String rel, String text) {

  public Link {
    Objects.requireNonNull(href, "href");
  }
}
