package org.scrmportal.it.csaf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.scrmportal.it.support.Deployments;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * Published advisories of real CSAF providers (CISA and NI, {@code csaf/real} in the test
 * resources, byte for byte as their publishers serve them; see SOURCES.md there) import through
 * {@code POST /api/csaf/advisories} with every validation on, once an operator has granted the
 * providers' publisher namespaces to a demo organization, and are served back by {@code GET
 * /api/csaf/advisories/{id}} with the same bytes, so with the same SHA-512 as their publishers'
 * ({@code sha512sums.txt}), to the submitter and, being TLP:WHITE (CLEAR), to anyone.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RealAdvisoriesIT {

  /** The OASIS CSAF TC's examples, as the validator's tests in the ejb module keep them. */
  private static final Path EXAMPLES =
      Path.of("..", "ejb", "src", "test", "resources", "csaf", "examples");

  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A demo company with the submitter role; the providers' namespaces are granted to it. */
  private static final String SUBMITTER = "northgrid-energy-machine";

  private static final String OPERATOR = "portal-operations-machine";

  /** Requests per bearer token: the realm's tokens live five minutes. */
  private static final int REQUESTS_PER_TOKEN = 60;

  @Deployment(testable = false)
  static EnterpriseArchive portal() {
    return Deployments.portal();
  }

  @Test
  void everyRealAdvisoryImportsAndIsServedBackWithItsPublishersBytes() throws Exception {
    Map<String, String> manifest = manifest();
    assertTrue(manifest.size() >= 250, "the real advisories are in the test resources");
    Map<String, byte[]> documents = new LinkedHashMap<>();
    for (String file : manifest.keySet()) {
      byte[] bytes = resource(file);
      assertEquals(manifest.get(file), sha512(bytes), file + " is the publisher's file");
      documents.put(file, bytes);
    }
    importAndReadBack(documents, manifest, "real advisories");
  }

  /**
   * Every CSAF example of the OASIS CSAF TC (the same files the validator's tests check, in the ejb
   * module's test resources) imports and is served back byte for byte; the unlabelled ones are
   * shared as TLP:CLEAR, as the submitter asks.
   */
  @Test
  void everyOfficialExampleImportsAndIsServedBackUnchanged() throws Exception {
    Map<String, byte[]> documents = new LinkedHashMap<>();
    Map<String, String> sums = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        if (!JSON.readTree(bytes).has("document")) {
          continue; // a provider-metadata or aggregator example
        }
        documents.put(EXAMPLES.relativize(file).toString(), bytes);
        sums.put(EXAMPLES.relativize(file).toString(), sha512(bytes));
      }
    }
    assertTrue(documents.size() >= 19, "the CSAF examples: " + documents.keySet());
    importAndReadBack(documents, sums, "official examples");
  }

  /**
   * Posts each document (its publisher's namespace granted first), then reads it back as the
   * submitter and anonymously: the same bytes, with the SHA-512 of {@code manifest}.
   */
  private static void importAndReadBack(
      Map<String, byte[]> documents, Map<String, String> manifest, String what) throws Exception {
    Set<String> namespaces = new LinkedHashSet<>();
    for (byte[] bytes : documents.values()) {
      namespaces.add(JSON.readTree(bytes).at("/document/publisher/namespace").asText());
    }

    String submitter = Tokens.forMachine(SUBMITTER);
    JsonNode me = JSON.readTree(send(get("/api/me", submitter), 200, "GET /api/me").body());
    String organization = me.at("/organization/id").asText();
    assertTrue(!organization.isEmpty(), "the submitter belongs to an organization");
    grant(organization, namespaces);

    List<String> failures = new ArrayList<>();
    int requests = 0;
    for (Map.Entry<String, byte[]> entry : documents.entrySet()) {
      if (++requests % REQUESTS_PER_TOKEN == 0) {
        submitter = Tokens.forMachine(SUBMITTER);
      }
      String file = entry.getKey();
      byte[] sent = entry.getValue();
      String expected = manifest.get(file);
      HttpResponse<byte[]> posted =
          HTTP.send(
              HttpRequest.newBuilder(TestServers.PORTAL.resolve("/api/csaf/advisories?tlp=CLEAR"))
                  .header("Authorization", "Bearer " + submitter)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(sent))
                  .build(),
              HttpResponse.BodyHandlers.ofByteArray());
      JsonNode answer = JSON.readTree(posted.body());
      // 201 the first time; 200 "alreadyStored" only if this database saw the same bytes before
      boolean stored =
          posted.statusCode() == 201
              || posted.statusCode() == 200 && answer.path("alreadyStored").asBoolean();
      if (!stored) {
        failures.add(file + ": POST " + posted.statusCode() + " " + cut(answer.toString()));
        continue;
      }
      if (!expected.equals(answer.path("sha512").asText())) {
        failures.add(file + ": stored with SHA-512 " + answer.path("sha512").asText());
      }
      String trackingId = JSON.readTree(sent).at("/document/tracking/id").asText();
      if (!trackingId.equals(answer.path("trackingId").asText())) {
        failures.add(file + ": tracking id " + answer.path("trackingId").asText());
      }
      URI location =
          TestServers.PORTAL.resolve("/api/csaf/advisories/" + answer.path("id").asLong());
      for (String token : Arrays.asList(submitter, null)) {
        HttpRequest.Builder read = HttpRequest.newBuilder(location).GET();
        if (token != null) {
          read.header("Authorization", "Bearer " + token);
        }
        HttpResponse<byte[]> served =
            HTTP.send(read.build(), HttpResponse.BodyHandlers.ofByteArray());
        String who = token == null ? "anonymously" : "as the submitter";
        if (served.statusCode() != 200) {
          failures.add(file + ": GET " + who + " " + served.statusCode());
        } else if (!Arrays.equals(sent, served.body())) {
          failures.add(
              file + ": served " + who + " with other bytes, SHA-512 " + sha512(served.body()));
        } else if (!expected.equals(sha512(served.body()))) {
          failures.add(file + ": served " + who + " with another SHA-512");
        }
      }
    }
    assertTrue(
        failures.isEmpty(),
        () ->
            failures.size()
                + " of "
                + documents.size()
                + " "
                + what
                + " failed:\n"
                + String.join("\n", failures.subList(0, Math.min(30, failures.size()))));
  }

  /** The operator grants each namespace to the organization (or it has it already). */
  private static void grant(String organization, Set<String> namespaces) throws Exception {
    String operator = Tokens.forMachine(OPERATOR);
    for (String namespace : namespaces) {
      String body =
          JSON.writeValueAsString(Map.of("organization", organization, "namespace", namespace));
      HttpResponse<String> granted =
          HTTP.send(
              HttpRequest.newBuilder(TestServers.PORTAL.resolve("/api/csaf/namespaces"))
                  .header("Authorization", "Bearer " + operator)
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      boolean ours =
          granted.statusCode() == 201
              || granted.statusCode() == 409 && granted.body().contains(organization);
      assertTrue(
          ours, () -> "granting " + namespace + ": " + granted.statusCode() + " " + granted.body());
    }
  }

  /** {@code sha512sums.txt}: file (e.g. {@code cisa/icsa-23-341-03.json}) to its SHA-512. */
  private static Map<String, String> manifest() {
    Map<String, String> manifest = new LinkedHashMap<>();
    for (String line :
        new String(resource("sha512sums.txt"), StandardCharsets.US_ASCII).split("\n")) {
      if (!line.isBlank()) {
        String[] parts = line.split(" {2}", 2);
        manifest.put(parts[1].strip(), parts[0]);
      }
    }
    return manifest;
  }

  private static byte[] resource(String name) {
    try (InputStream in = RealAdvisoriesIT.class.getResourceAsStream("/csaf/real/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No test resource csaf/real/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static HttpRequest get(String path, String token) {
    return HttpRequest.newBuilder(TestServers.PORTAL.resolve(path))
        .header("Authorization", "Bearer " + token)
        .GET()
        .build();
  }

  private static HttpResponse<String> send(HttpRequest request, int status, String what)
      throws Exception {
    HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(status, response.statusCode(), () -> what + ": " + response.body());
    return response;
  }

  private static String sha512(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String cut(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "...";
  }
}
