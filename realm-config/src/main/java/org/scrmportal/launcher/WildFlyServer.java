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

/**
 * The WildFly that the build provisioned, started on 127.0.0.1 with a fresh copy of its {@code
 * standalone} directory as base directory, so that the provisioned server stays pristine for the
 * tests, with the portal's EAR in its deployments.
 */
public final class WildFlyServer implements AutoCloseable {

  private final URI baseUrl;
  private final ChildProcess process;

  private WildFlyServer(URI baseUrl, ChildProcess process) {
    this.baseUrl = baseUrl;
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
                "-Djboss.server.base.dir=" + baseDir.toAbsolutePath()));
    ChildProcess process =
        ChildProcess.start("WildFly", command, home, env, baseDir.resolve("wildfly.log"));
    WildFlyServer server = new WildFlyServer(URI.create("http://127.0.0.1:8080"), process);
    try {
      process.awaitHttp(URI.create("http://127.0.0.1:9990/health/ready"), timeout);
    } catch (RuntimeException | InterruptedException e) {
      server.close();
      throw e;
    }
    return server;
  }

  public URI baseUrl() {
    return baseUrl;
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
