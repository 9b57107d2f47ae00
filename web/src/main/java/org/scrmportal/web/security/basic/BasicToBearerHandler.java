package org.scrmportal.web.security.basic;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.logging.Logger;
import org.scrmportal.web.error.ErrorServlet;
import org.scrmportal.web.error.Problems;
import org.scrmportal.web.security.PortalOidcConfigResolver;

/**
 * Runs before the deployment's security handlers: on the machine interfaces only, replaces {@code
 * Authorization: Basic} of a machine client (TAXII 2.1 section 1.6.9, "HTTP Basic") with {@code
 * Bearer} and the client's access token, so that the OIDC mechanism verifies that token as any
 * other. Credentials the token endpoint refuses stay as they are, and the request is answered 401
 * as without a token (by the mechanism, or by the principal filter on the public paths); every 401
 * there also offers Basic ({@code WWW-Authenticate: Basic realm="scrm"}). Too many attempts are
 * answered 429 (RFC 6585: the client is told to slow down, not that its credentials are wrong,
 * which may be false when another caller floods its client id), and no answer from the token
 * endpoint 503 (RFC 9110 section 15.6.4), both with {@code Retry-After} and in the error format of
 * the path. Pages are left alone: people sign in with the code flow, never with Basic.
 */
final class BasicToBearerHandler implements HttpHandler {

  static final String CHALLENGE = "Basic realm=\"scrm\"";

  private static final Logger LOG = Logger.getLogger(BasicToBearerHandler.class.getName());

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
      Exchange result = basic.exchange(authorization.getFirst(), remoteAddress(exchange));
      if (result instanceof Exchange.Granted granted) {
        exchange.getRequestHeaders().put(Headers.AUTHORIZATION, "Bearer " + granted.accessToken());
      } else if (result instanceof Exchange.Limited limited) {
        refuse(
            exchange,
            429,
            limited.retryAfter(),
            "Too many HTTP Basic sign-in attempts for this client or from this address.");
        return;
      } else if (result instanceof Exchange.Unavailable unavailable) {
        LOG.warning("HTTP Basic answered 503: " + unavailable.reason());
        refuse(
            exchange,
            503,
            unavailable.retryAfter(),
            "The identity provider could not check the HTTP Basic credentials now.");
        return;
      }
      // refused credentials are left as they are: answered 401 like any that sign nobody in
    }
    next.handleRequest(exchange);
  }

  /** Answers in the error format of the path, without running the request. */
  private static void refuse(
      HttpServerExchange exchange, int status, Duration retryAfter, String detail)
      throws IOException {
    long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    HttpServletResponse response =
        (HttpServletResponse)
            exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY).getServletResponse();
    response.setHeader("Retry-After", String.valueOf(seconds));
    ErrorServlet.writeMachineError(
        exchange.getRelativePath(),
        response,
        status,
        Problems.title(status),
        detail + " Retry after " + seconds + " s.");
  }

  private static String remoteAddress(HttpServerExchange exchange) {
    InetSocketAddress source = exchange.getSourceAddress();
    return source == null || source.getAddress() == null
        ? "unknown"
        : source.getAddress().getHostAddress();
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
