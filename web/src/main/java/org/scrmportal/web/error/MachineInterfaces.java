package org.scrmportal.web.error;

/**
 * Which paths of the application are machine interfaces, and which of them is TAXII's: the portal
 * API, the TAXII 2.1 server and the CSAF provider ({@code /.well-known/csaf}).
 */
public final class MachineInterfaces {

  private MachineInterfaces() {}

  /** Paths of the TAXII 2.1 server, whose errors are TAXII error resources. */
  public static boolean isTaxii(String path) {
    return path != null && (path.equals("/taxii2") || path.startsWith("/taxii2/"));
  }

  /** Paths of the CSAF 2.0 trusted provider (section 7.1.9: the well-known URL). */
  public static boolean isCsafProvider(String path) {
    return path != null
        && (path.equals("/.well-known/csaf") || path.startsWith("/.well-known/csaf/"));
  }

  /** Paths under the machine interfaces, which never redirect to a login page. */
  public static boolean isMachineInterface(String path) {
    return path != null
        && (path.equals("/api")
            || path.startsWith("/api/")
            || isTaxii(path)
            || isCsafProvider(path));
  }
}
