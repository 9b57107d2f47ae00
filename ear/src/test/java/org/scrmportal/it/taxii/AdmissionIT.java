package org.scrmportal.it.taxii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.scrmportal.it.taxii.TaxiiClient.SHARED;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.scrmportal.it.support.TestServers;
import org.scrmportal.it.support.Tokens;

/**
 * Who may write is decided before a byte of the body is read (TAXII 2.1 section 5.5): a client
 * announcing a 20 MiB body with {@code Expect: 100-continue} gets its refusal without ever being
 * asked for the body.
 */
@DisplayName("Admission before the body (TAXII 2.1 section 5.5; RFC 9110 section 10.1.1)")
class AdmissionIT extends TaxiiTest {

  private static final int TWENTY_MIB = 20 * 1024 * 1024;

  @Test
  @DisplayName("a 20 MiB body from a reader who may not write: 403 before the body is asked for")
  void aWriteWithoutPermissionIsRefusedBeforeTheBodyIsRead() throws IOException {
    // sam (standards-editor) reads the shared feed but may not add to it
    String answer = announce(Tokens.forUser("sam"), TaxiiClient.objectsPath(SHARED));
    assertFalse(answer.startsWith("HTTP/1.1 100"), () -> "asked for the body: " + answer);
    assertTrue(answer.startsWith("HTTP/1.1 403"), answer);
    assertTrue(answer.contains("\"title\""), () -> "a TAXII error resource: " + answer);
  }

  @Test
  @DisplayName("the same announcement from a submitter is asked for its body (the control)")
  void aSubmitterIsAskedForTheBody() throws IOException {
    String answer = announce(Tokens.forUser("alice"), TaxiiClient.objectsPath(SHARED));
    assertTrue(answer.startsWith("HTTP/1.1 100"), answer);
  }

  /**
   * Sends the head of a POST announcing a 20 MiB envelope and no body, then reads what the server
   * says within a few seconds: its status line and, where it answered, the rest.
   */
  private static String announce(String token, String path) throws IOException {
    try (Socket socket = new Socket(TestServers.PORTAL.getHost(), TestServers.PORTAL.getPort())) {
      socket.setSoTimeout(10_000);
      String head =
          "POST "
              + path
              + " HTTP/1.1\r\n"
              + "Host: "
              + TestServers.PORTAL.getHost()
              + ":"
              + TestServers.PORTAL.getPort()
              + "\r\n"
              + "Authorization: Bearer "
              + token
              + "\r\n"
              + "Accept: "
              + TaxiiClient.MEDIA_TYPE
              + "\r\n"
              + "Content-Type: "
              + TaxiiClient.MEDIA_TYPE
              + "\r\n"
              + "Content-Length: "
              + TWENTY_MIB
              + "\r\n"
              + "Expect: 100-continue\r\n\r\n";
      OutputStream out = socket.getOutputStream();
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      out.flush();
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      String status = in.readLine();
      assertEquals(false, status == null, "the server answered");
      if (status.startsWith("HTTP/1.1 100")) {
        return status;
      }
      StringBuilder answer = new StringBuilder(status).append('\n');
      char[] buffer = new char[4096];
      socket.setSoTimeout(2_000);
      try {
        int read;
        while ((read = in.read(buffer)) > 0 && answer.length() < 64 * 1024) {
          answer.append(buffer, 0, read);
          if (answer.indexOf("}") > 0) {
            break;
          }
        }
      } catch (java.net.SocketTimeoutException e) {
        // the body of the answer ended without the connection closing
      }
      return answer.toString();
    }
  }
}
