package org.scrmportal.supplier;

import java.util.List;
import org.scrmportal.access.Viewer;

/** The product index of stored advisories. */
public interface ProductIndex {

  void store(IndexedProduct product);

  /** The indexed products of a stored revision, if the viewer may see the advisory. */
  List<IndexedProduct> ofAdvisory(Viewer viewer, long advisoryId);
}
