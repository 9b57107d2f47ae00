package org.scrmportal.supplier;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import org.scrmportal.access.CurrentViewer;
import org.scrmportal.access.Viewer;
import org.scrmportal.platform.DomainException;

/**
 * The inbox of "my affected products": the caller organization's open notices, newest first, each
 * only while the caller may see its advisory (TLP:RED ones only for the named person).
 */
@Stateless
@PermitAll
public class Notices {

  /** The most notices one listing returns. */
  public static final int MAX = 500;

  @Inject NoticeRepository notices;

  @Inject CurrentViewer viewer;

  @Inject Clock clock;

  public List<Notice> open(Viewer viewer) {
    return notices.open(viewer, MAX);
  }

  public long countOpen(Viewer viewer) {
    return notices.countOpen(viewer);
  }

  /** The caller's open notices. */
  public List<Notice> open() {
    return open(viewer.get());
  }

  /** Marks a notice of the caller's inbox read. */
  public Notice markRead(long id) {
    Notice notice = mine(id);
    notice.markRead(clock.instant());
    return notice;
  }

  /** Closes a notice of the caller's inbox (handled, or not relevant). */
  public Notice dismiss(long id) {
    Notice notice = mine(id);
    notice.dismiss(clock.instant());
    return notice;
  }

  private Notice mine(long id) {
    return notices
        .find(viewer.get(), id)
        .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "No such notice"));
  }
}
