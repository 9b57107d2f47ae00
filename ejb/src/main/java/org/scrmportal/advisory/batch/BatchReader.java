package org.scrmportal.advisory.batch;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Turns uploaded files into the documents of a batch: {@code .json} files are documents, {@code
 * .zip} archives are opened (nested up to the limit), an {@code .asc} file beside a document with
 * the same base name ({@code x.json.asc} or {@code x.asc} beside {@code x.json}) is its supplier's
 * signature, and {@code .sha256}/{@code .sha512} files are recomputed by the store, so ignored.
 * Archives are read as streams, never trusting their headers: every entry and the whole batch are
 * counted as they expand, so a zip bomb stops at the limits.
 */
public final class BatchReader {

  /** An uploaded file. */
  public record File(String name, byte[] content) {
    public File {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(content, "content");
    }
  }

  /**
   * The documents found, and what was skipped on the way (each with why).
   *
   * @param documents in the order met
   */
  public record Expanded(List<BatchEntry> documents, List<DocumentResult> skipped) {}

  private final BatchLimits limits;

  public BatchReader(BatchLimits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The documents of {@code files}. */
  public Expanded expand(List<File> files) {
    State state = new State();
    for (File file : files) {
      add(state, file.name(), file.content(), 0);
    }
    List<BatchEntry> documents = new ArrayList<>();
    for (Map.Entry<String, byte[]> doc : state.documents.entrySet()) {
      String base = baseName(doc.getKey());
      byte[] signature = state.signatures.remove(base + ".json.asc");
      if (signature == null) {
        signature = state.signatures.remove(base + ".asc");
      }
      documents.add(new BatchEntry(doc.getKey(), doc.getValue(), signature));
    }
    state.signatures.keySet().stream()
        .sorted()
        .forEach(
            name ->
                state.skipped.add(
                    DocumentResult.skipped(name, "A signature without a document beside it.")));
    return new Expanded(documents, state.skipped);
  }

  private static final class State {
    final Map<String, byte[]> documents = new LinkedHashMap<>();
    final Map<String, byte[]> signatures = new LinkedHashMap<>();
    final List<DocumentResult> skipped = new ArrayList<>();
    long totalBytes;
    int files;
    boolean full;
  }

  private void add(State state, String name, byte[] content, int depth) {
    if (state.full) {
      state.skipped.add(DocumentResult.skipped(name, "Beyond the batch's limits."));
      return;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".zip")) {
      if (depth >= limits.maxNesting()) {
        state.skipped.add(
            DocumentResult.skipped(
                name, "Archives nest at most " + limits.maxNesting() + " deep."));
        return;
      }
      unzip(state, name, content, depth + 1);
      return;
    }
    if (lower.endsWith(".sha256") || lower.endsWith(".sha512")) {
      return;
    }
    if (!lower.endsWith(".json") && !lower.endsWith(".asc")) {
      state.skipped.add(
          DocumentResult.skipped(name, "Not a CSAF document (.json), signature (.asc) or .zip."));
      return;
    }
    if (++state.files > limits.maxDocuments()) {
      state.full = true;
      state.skipped.add(
          DocumentResult.skipped(
              name, "A batch holds at most " + limits.maxDocuments() + " files."));
      return;
    }
    if (content.length > limits.maxDocumentBytes()) {
      state.skipped.add(
          DocumentResult.skipped(
              name, "Larger than " + limits.maxDocumentBytes() + " bytes, the most per document."));
      return;
    }
    if (state.documents.containsKey(name) || state.signatures.containsKey(name)) {
      state.skipped.add(DocumentResult.skipped(name, "A second file of the same name."));
      return;
    }
    (lower.endsWith(".asc") ? state.signatures : state.documents).put(name, content);
  }

  private void unzip(State state, String archive, byte[] content, int depth) {
    long expanded = 0;
    long budget = Math.max(1, (long) content.length) * limits.maxRatio();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      boolean any = false;
      while ((entry = zip.getNextEntry()) != null) {
        any = true;
        String name = entry.getName();
        if (entry.isDirectory() || ignored(name)) {
          continue;
        }
        String where = archive + "!" + name;
        String problem = nameProblem(name);
        if (problem != null) {
          state.skipped.add(DocumentResult.skipped(Names.printable(where), problem));
          continue;
        }
        long room =
            Math.min(
                limits.maxDocumentBytes(),
                Math.min(limits.maxTotalBytes() - state.totalBytes, budget - expanded));
        byte[] bytes = readUpTo(zip, room + 1);
        expanded += bytes.length;
        if (bytes.length > room) {
          if (expanded > budget) {
            state.skipped.add(
                DocumentResult.skipped(
                    archive,
                    "The archive expands more than "
                        + limits.maxRatio()
                        + " times its size; the rest of it was not read."));
            return;
          }
          if (bytes.length > limits.maxDocumentBytes()) {
            state.skipped.add(
                DocumentResult.skipped(
                    where,
                    "Larger than " + limits.maxDocumentBytes() + " bytes, the most per document."));
            continue;
          }
          state.full = true;
          state.skipped.add(
              DocumentResult.skipped(
                  archive,
                  "The batch holds at most "
                      + limits.maxTotalBytes()
                      + " bytes uncompressed; the rest of it was not read."));
          return;
        }
        state.totalBytes += bytes.length;
        add(state, where, bytes, depth);
        if (state.full) {
          return;
        }
      }
      if (!any) {
        state.skipped.add(DocumentResult.skipped(archive, "Not a zip archive, or an empty one."));
      }
    } catch (IOException | IllegalArgumentException e) {
      state.skipped.add(
          DocumentResult.skipped(archive, "Not a readable zip archive; the rest was not read."));
    }
  }

  private static boolean ignored(String name) {
    String last = name.substring(name.lastIndexOf('/') + 1);
    return name.startsWith("__MACOSX/") || last.startsWith(".");
  }

  /** Why an entry's name is refused (absolute, climbing, control characters, too long), or null. */
  private String nameProblem(String name) {
    if (name.length() > limits.maxNameLength()) {
      return "A file name longer than " + limits.maxNameLength() + " characters.";
    }
    if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
      return "An absolute file name.";
    }
    for (String part : name.split("[/\\\\]")) {
      if (part.equals("..")) {
        return "A file name climbing out of the archive (..).";
      }
    }
    if (name.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return "A file name with control characters.";
    }
    return null;
  }

  private static byte[] readUpTo(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long left = max;
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      out.write(buffer, 0, n);
      left -= n;
    }
    return out.toByteArray();
  }

  private static String baseName(String name) {
    return name.substring(0, name.length() - ".json".length());
  }
}
