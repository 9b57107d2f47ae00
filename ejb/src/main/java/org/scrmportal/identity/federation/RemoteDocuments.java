package org.scrmportal.identity.federation;

import java.net.URI;
import org.scrmportal.platform.FetchRefused;

/** Reads a remote document (metadata aggregate, discovery document) up to a size. */
@FunctionalInterface
interface RemoteDocuments {

  /**
   * @throws FetchRefused when the address is refused, not found, answers otherwise than 200 or the
   *     body is larger than {@code max}
   */
  byte[] fetch(URI uri, long max) throws FetchRefused;
}
