package org.scrmportal.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SSRF-guarded fetcher over a real (loopback) server: loopback is read only when allowed,
 * redirects are not followed, bodies are read up to the limit, 404 is empty; the Accept header is
 * the one its user gave.
 */
class RemoteFetcherTest {

  private HttpServer server;
  private String accepted;
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/doc",
        exchange -> {
          accepted = exchange.getRequestHeaders().getFirst("Accept");
          byte[] body = "0123456789".getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    server.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().add("Location", base + "/doc");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private static RemoteFetcher allowing(String... hosts) {
    return new RemoteFetcher(Set.of(hosts), Duration.ofSeconds(5), "application/samlmetadata+xml");
  }

  @Test
  void loopbackIsReadOnlyWhenItsHostIsAllowed() throws FetchRefused {
    URI doc = URI.create(base + "/doc");
    assertThrows(FetchRefused.class, () -> allowing().fetch(doc, 100));
    assertEquals(null, accepted, "nothing was asked of a refused host");

    Optional<byte[]> body = allowing("127.0.0.1").fetch(doc, 100);
    assertArrayEquals("0123456789".getBytes(StandardCharsets.US_ASCII), body.orElseThrow());
    assertEquals("application/samlmetadata+xml", accepted);
  }

  @Test
  void aLargerBodyIsRefusedAndRedirectsAreNotFollowed() throws FetchRefused {
    RemoteFetcher fetcher = allowing("127.0.0.1");
    FetchRefused large =
        assertThrows(FetchRefused.class, () -> fetcher.fetch(URI.create(base + "/doc"), 9));
    assertTrue(large.getMessage().contains("larger than 9"));
    FetchRefused moved =
        assertThrows(FetchRefused.class, () -> fetcher.fetch(URI.create(base + "/moved"), 100));
    assertTrue(moved.getMessage().contains("redirects are not followed"));
    assertEquals(Optional.empty(), fetcher.fetch(URI.create(base + "/missing"), 100));
  }

  @Test
  void configuredHostsAreSplitAndCompared() {
    assertEquals(Set.of("127.0.0.1", "localhost"), RemoteFetcher.hosts(" 127.0.0.1, ,localhost"));
    assertEquals(Set.of(), RemoteFetcher.hosts(" "));
    RemoteFetcher fetcher = allowing("LocalHost");
    assertTrue(fetcher.allowed("localhost"));
    assertFalse(fetcher.allowed("127.0.0.1"));
    assertFalse(fetcher.allowed(null));
  }
}
