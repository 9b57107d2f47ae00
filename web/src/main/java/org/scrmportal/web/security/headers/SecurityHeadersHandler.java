package org.scrmportal.web.security.headers;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderMap;
import io.undertow.util.HttpString;
import java.util.Collection;

/**
 * Runs around the whole deployment, security handlers included, so that every response gets the
 * headers of {@link SecurityHeaders}: pages, resources, the machine interfaces, errors and the
 * sign-in redirects alike. It sets them when the response is committed, after PrimeFaces has named
 * the page's nonce, and after anything that reset the response; the session cookie gets its
 * SameSite and Secure attributes at the same moment.
 */
final class SecurityHeadersHandler implements HttpHandler {

  private static final HttpString CSP = new HttpString(SecurityHeaders.CSP);
  private static final HttpString FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");

  private final HttpHandler next;
  private final SecurityHeaders headers;

  SecurityHeadersHandler(HttpHandler next, SecurityHeaders headers) {
    this.next = next;
    this.headers = headers;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    exchange.addResponseCommitListener(this::beforeCommit);
    next.handleRequest(exchange);
  }

  private void beforeCommit(HttpServerExchange exchange) {
    HeaderMap response = exchange.getResponseHeaders();
    Collection<String> faces = response.remove(CSP);
    String facesPolicy = faces == null || faces.isEmpty() ? null : String.join("; ", faces);
    headers
        .headers(exchange.getRelativePath(), facesPolicy)
        .forEach((name, value) -> response.put(new HttpString(name), value));
    boolean secure =
        headers.secureCookies(
            exchange.isSecure(), exchange.getRequestHeaders().getFirst(FORWARDED_PROTO));
    for (Cookie cookie : exchange.responseCookies()) {
      if (cookie.getSameSiteMode() == null) {
        cookie.setSameSiteMode(headers.sameSite());
      }
      if (secure) {
        cookie.setSecure(true);
      }
    }
  }
}
