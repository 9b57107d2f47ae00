package org.scrmportal.web.security;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scrmportal.identity.InvalidClaimsException;
import org.scrmportal.identity.SignInService;
import org.scrmportal.web.error.ErrorServlet;
import org.wildfly.security.http.oidc.OidcPrincipal;

/**
 * Runs after WildFly's OIDC mechanism has verified the token (signature, issuer, expiry, audience)
 * and hands its claims to {@link SignInService}; a token whose claims make no portal principal is
 * answered 401 before any resource runs. So are credentials that signed nobody in on the machine
 * interfaces: on the public paths (web.xml) the mechanism lets a request without a valid token
 * through as anonymous, but a bad, expired or refused credential must never read as "no
 * credential".
 */
@WebFilter(urlPatterns = "/*")
public class PrincipalFilter extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject SignInService signIn;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Principal principal = request.getUserPrincipal();
    String path = request.getRequestURI().substring(request.getContextPath().length());
    String authorization = request.getHeader("Authorization");
    if (principal == null
        && authorization != null
        && PortalOidcConfigResolver.isMachineInterface(path)) {
      response.setHeader(
          "WWW-Authenticate",
          authorization.regionMatches(true, 0, "Bearer ", 0, 7)
              ? "Bearer error=\"invalid_token\""
              : "Bearer");
      ErrorServlet.writeMachineError(path, response, HttpServletResponse.SC_UNAUTHORIZED);
      return;
    }
    if (principal instanceof OidcPrincipal<?> oidc) {
      try {
        signIn.signIn(claims(oidc.getOidcSecurityContext().getTokenString()));
      } catch (InvalidClaimsException e) {
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        ErrorServlet.writeMachineError(
            path,
            response,
            HttpServletResponse.SC_UNAUTHORIZED,
            "Invalid token claims",
            e.getMessage());
        return;
      }
    }
    chain.doFilter(request, response);
  }

  /** The payload of a JWT whose signature the OIDC mechanism has already verified. */
  static Map<String, Object> claims(String jwt) {
    String[] parts = jwt.split("\\.");
    if (parts.length != 3) {
      throw new InvalidClaimsException("Token is not a signed JWT");
    }
    String json = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      return toMap(reader.readObject());
    }
  }

  private static Map<String, Object> toMap(JsonObject object) {
    Map<String, Object> map = new LinkedHashMap<>();
    object.forEach((name, value) -> map.put(name, toJava(value)));
    return map;
  }

  private static Object toJava(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> toMap(value.asJsonObject());
      case ARRAY -> value.asJsonArray().stream().map(PrincipalFilter::toJava).toList();
      case STRING -> ((JsonString) value).getString();
      case NUMBER -> ((JsonNumber) value).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }
}
