package org.scrmportal.web.security.basic;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import org.scrmportal.web.security.PortalOidcConfigResolver;

/**
 * Runs before the deployment's security handlers: on the machine interfaces only, replaces {@code
 * Authorization: Basic} of a machine client (TAXII 2.1 section 1.6.9, "HTTP Basic") with {@code
 * Bearer} and the client's access token, so that the OIDC mechanism verifies that token as any
 * other. Credentials the token endpoint refuses stay as they are, and the mechanism answers 401 as
 * it does without a token; every 401 there also offers Basic ({@code WWW-Authenticate: Basic
 * realm="scrm"}). Pages are left alone: people sign in with the code flow, never with Basic.
 */
final class BasicToBearerHandler implements HttpHandler {

  static final String CHALLENGE = "Basic realm=\"scrm\"";

  private final HttpHandler next;
  private final BasicToBearer basic;

  BasicToBearerHandler(HttpHandler next, BasicToBearer basic) {
    this.next = next;
    this.basic = basic;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (!PortalOidcConfigResolver.isMachineInterface(exchange.getRelativePath())) {
      next.handleRequest(exchange);
      return;
    }
    HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
    boolean basicHeader =
        authorization != null
            && authorization.size() == 1
            && authorization.getFirst().regionMatches(true, 0, "Basic ", 0, 6);
    if (basicHeader && exchange.isInIoThread()) {
      exchange.dispatch(this); // the token endpoint is blocking HTTP
      return;
    }
    exchange.addResponseCommitListener(BasicToBearerHandler::offerBasic);
    if (basicHeader) {
      basic
          .accessToken(authorization.getFirst())
          .ifPresent(
              token -> exchange.getRequestHeaders().put(Headers.AUTHORIZATION, "Bearer " + token));
    }
    next.handleRequest(exchange);
  }

  /** Adds the Basic challenge beside the mechanism's Bearer challenge to a 401. */
  private static void offerBasic(HttpServerExchange exchange) {
    if (exchange.getStatusCode() != StatusCodes.UNAUTHORIZED) {
      return;
    }
    HeaderValues challenges = exchange.getResponseHeaders().get(Headers.WWW_AUTHENTICATE);
    if (challenges == null
        || challenges.stream().noneMatch(c -> c.regionMatches(true, 0, "Basic", 0, 5))) {
      exchange.getResponseHeaders().add(Headers.WWW_AUTHENTICATE, CHALLENGE);
    }
  }
}
