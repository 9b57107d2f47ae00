package org.scrmportal.web.error;

import java.io.IOException;
import java.io.InputStream;
import org.scrmportal.platform.DomainException;

/** Request bodies of the machine interfaces, read up to a limit. */
public final class RequestBodies {

  private RequestBodies() {}

  /**
   * The body, refused as {@link DomainException.Kind#TOO_LARGE} (413 in either error format) when
   * it is longer than {@code limit} bytes.
   */
  public static byte[] readLimited(InputStream body, long limit) throws IOException {
    byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    if (bytes.length > limit) {
      throw new DomainException(
          DomainException.Kind.TOO_LARGE, "The body is larger than " + limit + " bytes.");
    }
    return bytes;
  }
}
