package org.scrmportal.stix.store;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, completes the statuses of submissions that a stopped server left pending, as failed:
 * their processing lived in memory only, and nothing of them was kept.
 */
@Singleton
@Startup
public class InterruptedSubmissions {

  @Inject Ingester ingester;

  @PostConstruct
  void completeInterrupted() {
    int count = ingester.completeInterrupted();
    if (count > 0) {
      Logger.getLogger(InterruptedSubmissions.class.getName())
          .warning(count + " submissions were interrupted by a restart and are marked failed");
    }
  }
}
