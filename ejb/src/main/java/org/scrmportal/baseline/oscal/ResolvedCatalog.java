package org.scrmportal.baseline.oscal;

import java.util.Objects;

/** A profile resolved into a catalog: our model and the resolved catalog as OSCAL JSON. */
public record ResolvedCatalog(Catalog catalog, byte[] json) {

  public ResolvedCatalog {
    Objects.requireNonNull(catalog, "catalog");
    json = json.clone();
  }

  @Override
  public byte[] json() {
    return json.clone();
  }
}
