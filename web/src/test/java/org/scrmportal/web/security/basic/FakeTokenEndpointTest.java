package org.scrmportal.web.security.basic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The exchange against a real HTTP token endpoint on 127.0.0.1 that counts its calls: it knows one
 * client, {@code machine} with secret {@code right}, and answers others as Keycloak does (401 with
 * {@code invalid_client}).
 */
class FakeTokenEndpointTest {

  private static final Duration CONNECT = Duration.ofMillis(500);
  private static final Duration READ = Duration.ofMillis(500);

  private final AtomicInteger calls = new AtomicInteger();
  private volatile int status = 0; // 0: answer by the credentials
  private volatile long sleepMillis;
  private HttpServer server;
  private ExecutorService serverThreads;

  private URI start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    serverThreads = Executors.newFixedThreadPool(16);
    server.setExecutor(serverThreads);
    server.createContext("/realms/scrm/protocol/openid-connect/token", this::token);
    server.start();
    return OidcTokenEndpoint.of(
        "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/scrm");
  }

  private void token(HttpExchange exchange) throws IOException {
    calls.incrementAndGet();
    String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    if (sleepMillis > 0) {
      try {
        Thread.sleep(sleepMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    int code =
        status != 0
            ? status
            : form.contains("client_id=machine&client_secret=right&") || form.endsWith("=right")
                ? 200
                : 401;
    String body =
        code == 200
            ? "{\"access_token\":\"token-"
                + calls.get()
                + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":300}"
            : code == 401
                ? "{\"error\":\"invalid_client\",\"error_description\":\"Invalid client\"}"
                : "{\"error\":\"server\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(code, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
      serverThreads.shutdownNow();
    }
  }

  private static BasicAuthSettings settings(int perClient, int perAddress, int concurrent) {
    return new BasicAuthSettings(
        1000,
        Duration.ofSeconds(30),
        Duration.ofSeconds(30),
        1000,
        perClient,
        perAddress,
        1000,
        concurrent,
        CONNECT,
        READ);
  }

  private static BasicToBearer basic(URI uri, BasicAuthSettings settings) {
    return new BasicToBearer(
        new OidcTokenEndpoint(uri, settings.connectTimeout(), settings.readTimeout()),
        settings,
        Clock.systemUTC());
  }

  private static String header(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void rightCredentialsGetTheTokenOnceAndWrongOnesAreRefused() throws Exception {
    BasicToBearer basic = basic(start(), settings(100, 100, 8));
    assertEquals(
        new Exchange.Granted("token-1"), basic.exchange(header("machine:right"), "192.0.2.1"));
    assertEquals(
        new Exchange.Granted("token-1"), basic.exchange(header("machine:right"), "192.0.2.1"));
    assertInstanceOf(Exchange.Refused.class, basic.exchange(header("machine:wrong"), "192.0.2.1"));
    assertEquals(2, calls.get());
  }

  @Test
  void aFloodOfTheSameBadCredentialsCallsTheEndpointOnce() throws Exception {
    BasicToBearer basic = basic(start(), settings(10_000, 10_000, 8));
    ExecutorService flood = Executors.newFixedThreadPool(20);
    try {
      List<Future<Exchange>> results = new ArrayList<>();
      for (int i = 0; i < 500; i++) {
        results.add(flood.submit(() -> basic.exchange(header("machine:wrong"), "192.0.2.1")));
      }
      for (Future<Exchange> result : results) {
        assertInstanceOf(Exchange.Refused.class, result.get(10, TimeUnit.SECONDS));
      }
    } finally {
      flood.shutdownNow();
    }
    assertEquals(1, calls.get());
  }

  @Test
  void aFloodOfGuessedSecretsCallsTheEndpointAtMostThePerClientLimit() throws Exception {
    BasicToBearer basic = basic(start(), settings(10, 10_000, 8));
    int refused = 0;
    int limited = 0;
    for (int i = 0; i < 200; i++) {
      // as if from many addresses: only the client id's limit holds
      Exchange result = basic.exchange(header("machine:guess-" + i), "198.51.100." + (i % 250));
      if (result instanceof Exchange.Refused) {
        refused++;
      } else if (result instanceof Exchange.Limited) {
        limited++;
      }
    }
    assertEquals(10, refused);
    assertEquals(190, limited);
    assertEquals(10, calls.get());
  }

  @Test
  void aFloodFromOneAddressCallsTheEndpointAtMostThePerAddressLimit() throws Exception {
    BasicToBearer basic = basic(start(), settings(10_000, 20, 8));
    for (int i = 0; i < 200; i++) {
      basic.exchange(header("client-" + i + ":guess"), "203.0.113.7");
    }
    assertEquals(20, calls.get());
    assertInstanceOf(
        Exchange.Refused.class,
        basic.exchange(header("client-0:guess"), "203.0.113.8"),
        "another address still gets an answer");
  }

  @Test
  void concurrentExchangesBeyondTheCapAreUnavailable() throws Exception {
    URI uri = start();
    sleepMillis = 300;
    BasicToBearer basic = basic(uri, settings(10_000, 10_000, 3));
    ExecutorService clients = Executors.newFixedThreadPool(12);
    try {
      List<Future<Exchange>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        String client = "client-" + i;
        results.add(clients.submit(() -> basic.exchange(header(client + ":x"), "192.0.2.1")));
      }
      int unavailable = 0;
      for (Future<Exchange> result : results) {
        if (result.get(10, TimeUnit.SECONDS) instanceof Exchange.Unavailable) {
          unavailable++;
        }
      }
      assertTrue(calls.get() <= 3 + 12 - unavailable, "calls " + calls.get());
      assertTrue(unavailable >= 12 - 3 * 2, "unavailable " + unavailable);
      assertTrue(calls.get() <= 6, "calls " + calls.get());
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aClosedPortIsUnavailableQuickly() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    BasicToBearer basic =
        basic(OidcTokenEndpoint.of("http://127.0.0.1:" + port + "/realms/scrm"), settings(5, 5, 8));
    long start = System.nanoTime();
    Exchange result = basic.exchange(header("machine:right"), "192.0.2.1");
    assertInstanceOf(Exchange.Unavailable.class, result);
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2));
  }

  @Test
  void aHangingEndpointIsUnavailableAfterTheReadTimeout() throws Exception {
    URI uri = start();
    sleepMillis = 5_000;
    BasicToBearer basic = basic(uri, settings(5, 5, 8));
    long start = System.nanoTime();
    Exchange result = basic.exchange(header("machine:right"), "192.0.2.1");
    long took = System.nanoTime() - start;
    assertInstanceOf(Exchange.Unavailable.class, result);
    assertTrue(took < TimeUnit.MILLISECONDS.toNanos(READ.toMillis() + 1_000), "took " + took);
  }

  @Test
  void anEndpointThatFailsIsUnavailableNotARefusal() throws Exception {
    URI uri = start();
    BasicToBearer basic = basic(uri, settings(5, 5, 8));
    for (int failure : new int[] {500, 502, 503, 429}) {
      status = failure;
      assertInstanceOf(
          Exchange.Unavailable.class,
          basic.exchange(header("machine:right"), "192.0.2.1"),
          String.valueOf(failure));
    }
    status = 0;
    assertInstanceOf(Exchange.Granted.class, basic.exchange(header("machine:right"), "192.0.2.1"));
  }
}
