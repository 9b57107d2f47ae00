package org.scrmportal.advisory;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.scrmportal.platform.DomainException;

/**
 * Publisher namespaces (CSAF 2.0 section 3.2.1.8.2: "the namespace of the publisher", a URI, e.g.
 * {@code https://www.example.com}), compared in one normal form: the scheme and host in lower case,
 * no default port, no trailing slash, no query or fragment. A granted namespace matches exactly
 * that namespace, not the paths below it.
 */
public final class Namespaces {

  private Namespaces() {}

  /**
   * The normal form of {@code namespace}.
   *
   * @throws DomainException INVALID when it is not an absolute http(s) URI with a host
   */
  public static String normalize(String namespace) {
    URI uri;
    try {
      uri = new URI(namespace.strip());
    } catch (URISyntaxException e) {
      throw invalid(namespace);
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"https".equals(scheme) && !"http".equals(scheme) || uri.getHost() == null) {
      throw invalid(namespace);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw invalid(namespace);
    }
    int port = uri.getPort();
    boolean defaultPort =
        port == -1 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return scheme
        + "://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (defaultPort ? "" : ":" + port)
        + path;
  }

  private static DomainException invalid(String namespace) {
    return new DomainException(
        DomainException.Kind.INVALID,
        "A publisher namespace is an absolute http or https URI with a host and no query, such as"
            + " https://www.example.com: "
            + Texts.cut(namespace, 200));
  }
}
