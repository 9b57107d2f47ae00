package org.scrmportal.identity.federation;

import java.net.URI;
import org.scrmportal.platform.FetchRefused;
import org.scrmportal.platform.RemoteFetcher;

/** Reads a remote document (metadata aggregate, discovery document) up to a size. */
@FunctionalInterface
interface RemoteDocuments {

  /**
   * @throws FetchRefused when the address is refused, not found, answers otherwise than 200 or the
   *     body is larger than {@code max}
   */
  byte[] fetch(URI uri, long max) throws FetchRefused;

  /** Reads through {@code fetcher}; a document not found is refused. */
  static RemoteDocuments of(RemoteFetcher fetcher) {
    return (uri, max) ->
        fetcher.fetch(uri, max).orElseThrow(() -> new FetchRefused("Not found: " + uri));
  }
}
