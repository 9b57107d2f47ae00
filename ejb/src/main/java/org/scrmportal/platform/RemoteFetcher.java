package org.scrmportal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads documents from other servers over http(s), safe against server-side request forgery by
 * default: a host whose addresses include a loopback, private, link-local, unique-local, shared
 * (100.64/10), multicast or unspecified address is refused unless it is listed in {@code
 * allowedHosts} (configuration); redirects are not followed, so each address read is one checked;
 * every body is read up to a limit. Used by the CSAF importer and the federation metadata refresh.
 */
public final class RemoteFetcher {

  /** What the test of one host's addresses answers (for tests: no DNS). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] addresses(String host) throws UnknownHostException;
  }

  private final HttpClient http;
  private final Set<String> allowedHosts;
  private final Resolver resolver;
  private final Duration timeout;
  private final String accept;

  /**
   * @param accept the {@code Accept} header sent with every request
   */
  public RemoteFetcher(Set<String> allowedHosts, Duration timeout, String accept) {
    this(allowedHosts, timeout, accept, InetAddress::getAllByName);
  }

  public RemoteFetcher(
      Set<String> allowedHosts, Duration timeout, String accept, Resolver resolver) {
    this.allowedHosts =
        allowedHosts.stream()
            .map(h -> h.strip().toLowerCase(Locale.ROOT))
            .filter(h -> !h.isEmpty())
            .collect(Collectors.toUnmodifiableSet());
    this.resolver = resolver;
    this.timeout = timeout;
    this.accept = accept;
    this.http =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** The hosts of a comma-separated configuration value. */
  public static Set<String> hosts(String commaSeparated) {
    return Arrays.stream(commaSeparated == null ? new String[0] : commaSeparated.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  /**
   * Checks that {@code uri} may be read.
   *
   * @throws FetchRefused naming why not
   */
  public void check(URI uri) throws FetchRefused {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("https") && !scheme.equals("http")) {
      throw new FetchRefused(
          "Only http and https addresses are read: " + printable(uri.toString()));
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new FetchRefused("An address with a host and no user information is needed.");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    if (allowedHosts.contains(host)) {
      return;
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.addresses(host);
    } catch (UnknownHostException e) {
      throw new FetchRefused("Unknown host " + printable(host) + ".");
    }
    for (InetAddress address : addresses) {
      if (internal(address)) {
        throw new FetchRefused(
            "The host "
                + printable(host)
                + " is a loopback, private or link-local address, which the portal does not read"
                + " unless its operators allow that host.");
      }
    }
  }

  /** Whether {@code host} is one the operators allowed although it may be internal. */
  public boolean allowed(String host) {
    return host != null && allowedHosts.contains(host.toLowerCase(Locale.ROOT));
  }

  /** Whether {@code address} is not on the public internet. */
  public static boolean internal(InetAddress address) {
    if (address.isLoopbackAddress()
        || address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      return first == 0 || first == 100 && second >= 64 && second < 128 || first >= 240;
    }
    // IPv6: unique local fc00::/7, and IPv4-mapped or -compatible forms of internal IPv4
    if ((b[0] & 0xfe) == 0xfc) {
      return true;
    }
    boolean zeroPrefix = true;
    for (int i = 0; i < 10; i++) {
      zeroPrefix &= b[i] == 0;
    }
    if (zeroPrefix && (b[10] == (byte) 0xff && b[11] == (byte) 0xff || b[10] == 0 && b[11] == 0)) {
      try {
        return internal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
      } catch (UnknownHostException e) {
        return true;
      }
    }
    return false;
  }

  /**
   * The body at {@code uri}, at most {@code max} bytes; empty when the server answers 404 or 410.
   *
   * @throws FetchRefused when the address is refused, the server answers otherwise than 200, or the
   *     body is larger
   */
  public Optional<byte[]> fetch(URI uri, long max) throws FetchRefused {
    check(uri);
    HttpRequest request =
        HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", accept).GET().build();
    try {
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        int status = response.statusCode();
        if (status == 404 || status == 410) {
          return Optional.empty();
        }
        if (status != 200) {
          throw new FetchRefused(
              printable(uri.toString())
                  + " answered "
                  + status
                  + (status / 100 == 3 ? " (redirects are not followed)" : "")
                  + ".");
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
          throw new FetchRefused(printable(uri.toString()) + " is larger than " + max + " bytes.");
        }
        return Optional.of(bytes);
      }
    } catch (IOException e) {
      throw new FetchRefused("Could not read " + printable(uri.toString()) + ".");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchRefused("Interrupted while reading " + printable(uri.toString()) + ".");
    }
  }

  /** File names and URLs as reported back: printable, bounded. */
  public static String printable(String name) {
    StringBuilder out = new StringBuilder();
    name.codePoints().limit(300).forEach(c -> out.appendCodePoint(c < 0x20 || c == 0x7f ? '?' : c));
    return out.toString();
  }
}
