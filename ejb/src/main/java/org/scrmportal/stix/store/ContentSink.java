package org.scrmportal.stix.store;

import java.io.IOException;

/** Where the verbatim JSON of stored objects goes, one object at a time, as it is read. */
@FunctionalInterface
public interface ContentSink {

  void accept(String json) throws IOException;
}
