package org.scrmportal.advisory.batch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.scrmportal.platform.FetchRefused;
import org.scrmportal.platform.RemoteFetcher;

/**
 * Reads documents and listings of other CSAF providers over http(s) through the portal's
 * SSRF-guarded {@link RemoteFetcher}: internal addresses refused unless listed in {@code
 * allowedHosts} (configuration); redirects are not followed (CSAF 2.0 section 7.1.6 says they
 * should not be used), so each address read is one checked; every body is read up to a limit.
 */
public final class CsafFetcher {

  /** What the test of one host's addresses answers (for tests: no DNS). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] addresses(String host) throws UnknownHostException;
  }

  private static final String ACCEPT = "application/json, text/plain, text/csv, */*";

  private final RemoteFetcher fetcher;

  public CsafFetcher(Set<String> allowedHosts, Duration timeout) {
    this(allowedHosts, timeout, InetAddress::getAllByName);
  }

  CsafFetcher(Set<String> allowedHosts, Duration timeout, Resolver resolver) {
    this.fetcher = new RemoteFetcher(allowedHosts, timeout, ACCEPT, resolver::addresses);
  }

  /**
   * Checks that {@code uri} may be read.
   *
   * @throws ImportRefused naming why not
   */
  public void check(URI uri) throws ImportRefused {
    try {
      fetcher.check(uri);
    } catch (FetchRefused e) {
      throw new ImportRefused(e.getMessage());
    }
  }

  /** Whether {@code address} is not on the public internet. */
  static boolean internal(InetAddress address) {
    return RemoteFetcher.internal(address);
  }

  /**
   * The body at {@code uri}, at most {@code max} bytes; empty when the server answers 404 or 410.
   *
   * @throws ImportRefused when the address is refused, the server answers otherwise than 200, or
   *     the body is larger
   */
  public Optional<byte[]> fetch(URI uri, long max) throws ImportRefused {
    try {
      return fetcher.fetch(uri, max);
    } catch (FetchRefused e) {
      throw new ImportRefused(e.getMessage());
    }
  }
}
