package org.scrmportal.web.security.basic;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.util.Optional;

/**
 * An access token from the token endpoint (RFC 6749 section 5.1) and how long it lives ({@code
 * null} when the endpoint did not say, and then it is not cached).
 */
record IssuedToken(String accessToken, Duration expiresIn) {

  /** The token of a successful token response, or empty if it is not one. */
  static Optional<IssuedToken> parse(String json) {
    JsonObject response;
    try (JsonReader reader = Json.createReader(new StringReader(json))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        return Optional.empty();
      }
      response = value.asJsonObject();
    } catch (JsonException e) {
      return Optional.empty();
    }
    if (!(response.get("access_token") instanceof JsonString token)
        || token.getString().isEmpty()
        || !(response.get("token_type") instanceof JsonString type)
        || !type.getString().equalsIgnoreCase("Bearer")) {
      return Optional.empty();
    }
    Duration expiresIn =
        response.get("expires_in") instanceof JsonNumber seconds && seconds.longValue() > 0
            ? Duration.ofSeconds(seconds.longValue())
            : null;
    return Optional.of(new IssuedToken(token.getString(), expiresIn));
  }

  @Override
  public String toString() {
    return "IssuedToken[expiresIn=" + expiresIn + "]";
  }
}
