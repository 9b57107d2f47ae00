package org.scrmportal.web.error;

/** Which paths of the application are machine interfaces, and which of them is TAXII's. */
public final class MachineInterfaces {

  private MachineInterfaces() {}

  /** Paths of the TAXII 2.1 server, whose errors are TAXII error resources. */
  public static boolean isTaxii(String path) {
    return path != null && (path.equals("/taxii2") || path.startsWith("/taxii2/"));
  }

  /** Paths under the machine interfaces, which never redirect to a login page. */
  public static boolean isMachineInterface(String path) {
    return path != null && (path.equals("/api") || path.startsWith("/api/") || isTaxii(path));
  }
}
