package org.scrmportal.baseline.oscal;

import java.util.List;
import java.util.Objects;

/**
 * One {@code import} of a profile (OSCAL profile resolution, "import"): {@code href} as written;
 * when it is {@code #uuid}, {@code locations} are the hrefs of that back-matter resource's rlinks
 * and {@code title} its title (else {@code null}); otherwise {@code locations} is {@code [href]}.
 */
public record ImportRef(String href, List<String> locations, String title) {

  public ImportRef {
    Objects.requireNonNull(href, "href");
    locations = locations == null ? List.of() : List.copyOf(locations);
  }

  /** Whether the import names a back-matter resource ({@code #uuid}). */
  public boolean internal() {
    return href.startsWith("#");
  }
}
