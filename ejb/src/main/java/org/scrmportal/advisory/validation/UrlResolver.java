package org.scrmportal.advisory.validation;

/**
 * Tells whether a URL of a CSAF document resolves, for the informative tests 6.3.6 and 6.3.7. The
 * portal never fetches the URLs of a submitted document on its own (that would let any submitter
 * make the server send requests where they like): the default, {@link #OFFLINE}, answers {@link
 * Resolution#UNKNOWN} for every URL, and an unknown URL is no finding. Whoever wants these tests
 * run passes a resolver that knows the answers (a cache, an allow-listed fetcher, a test double).
 */
@FunctionalInterface
public interface UrlResolver {

  /** What is known of a URL. */
  enum Resolution {
    /** Resolves with an HTTP status code of the 2xx or 3xx class. */
    RESOLVES,
    /** Does not resolve, or answers with a status code of 400 or more. */
    FAILS,
    /** Not known (not tried): no finding. */
    UNKNOWN;

    /** The resolution of a request that got the HTTP status code {@code status}. */
    public static Resolution ofStatus(int status) {
      return status >= 200 && status < 400 ? RESOLVES : FAILS;
    }
  }

  /** Never touches the network: every URL is {@link Resolution#UNKNOWN}. */
  UrlResolver OFFLINE = url -> Resolution.UNKNOWN;

  /** What is known of {@code url}; never null. */
  Resolution resolve(String url);
}
