package org.scrmportal.launcher;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The WildFly that the build provisioned, started on 127.0.0.1 with a fresh copy of its {@code
 * standalone} directory as base directory, so that the provisioned server stays pristine for the
 * tests, with the portal's EAR in its deployments.
 */
public final class WildFlyServer implements AutoCloseable {

  private final URI baseUrl;
  private final URI managementUrl;
  private final ChildProcess process;

  private WildFlyServer(URI baseUrl, URI managementUrl, ChildProcess process) {
    this.baseUrl = baseUrl;
    this.managementUrl = managementUrl;
    this.process = process;
  }

  /**
   * @param home the provisioned server
   * @param baseDir where the server's configuration, deployments and logs live for this run
   * @param ear the application to deploy
   * @param env settings for the portal (MicroProfile Config reads environment variables)
   */
  public static WildFlyServer start(
      Path home, Path baseDir, Path ear, Map<String, String> env, Duration timeout)
      throws IOException, InterruptedException {
    return start(home, baseDir, ear, env, 0, timeout);
  }

  /**
   * As {@link #start(Path, Path, Path, Map, Duration)}, with every port moved by {@code portOffset}
   * (the portal on 8080 + offset, management and health on 9990 + offset).
   */
  public static WildFlyServer start(
      Path home, Path baseDir, Path ear, Map<String, String> env, int portOffset, Duration timeout)
      throws IOException, InterruptedException {
    Objects.requireNonNull(ear, "ear");
    Path script = home.resolve("bin/standalone.sh");
    if (!Files.isRegularFile(script) || !Files.isRegularFile(ear)) {
      throw new IllegalArgumentException(
          "No provisioned server at " + home + " or no EAR at " + ear + " (run the build first)");
    }
    script.toFile().setExecutable(true);
    deleteRecursively(baseDir);
    copyRecursively(home.resolve("standalone"), baseDir);
    Files.copy(
        ear,
        baseDir.resolve("deployments").resolve(ear.getFileName()),
        StandardCopyOption.REPLACE_EXISTING);
    List<String> command =
        new ArrayList<>(
            List.of(
                script.toString(),
                "-b",
                "127.0.0.1",
                "-bmanagement",
                "127.0.0.1",
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath(),
                "-Djboss.socket.binding.port-offset=" + portOffset));
    ChildProcess process =
        ChildProcess.start("WildFly", command, home, env, baseDir.resolve("wildfly.log"));
    WildFlyServer server =
        new WildFlyServer(
            URI.create("http://127.0.0.1:" + (8080 + portOffset)),
            URI.create("http://127.0.0.1:" + (9990 + portOffset)),
            process);
    try {
      process.awaitHttp(server.managementUrl.resolve("/health/ready"), timeout);
    } catch (RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public URI baseUrl() {
    return baseUrl;
  }

  /** The management interface, where {@code /health} answers. */
  public URI managementUrl() {
    return managementUrl;
  }

  /** The server's JVM, which {@code standalone.sh} runs as its child (e.g. for {@code jcmd}). */
  public Optional<ProcessHandle> jvm() {
    return process
        .handle()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false))
        .findFirst();
  }

  @Override
  public void close() {
    process.close();
  }

  private static void copyRecursively(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Files.createDirectories(to.resolve(from.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.REPLACE_EXISTING);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
