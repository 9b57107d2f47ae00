package org.scrmportal.advisory.batch;

/**
 * What one batch may hold, whether uploaded (files, zip archives) or imported from another
 * provider: the same limits for both.
 *
 * @param maxDocuments the most documents (and files inside archives) in one batch
 * @param maxDocumentBytes the largest document, and the largest file inside an archive
 * @param maxTotalBytes the most bytes of all documents together, uncompressed
 * @param maxRatio the most an archive may expand (uncompressed bytes per compressed byte): a zip
 *     bomb stops here, whatever its headers claim
 * @param maxNesting how deep archives may nest in archives (1: an archive, no archive in it)
 * @param maxNameLength the longest file name in an archive
 */
public record BatchLimits(
    int maxDocuments,
    long maxDocumentBytes,
    long maxTotalBytes,
    int maxRatio,
    int maxNesting,
    int maxNameLength) {

  public static final BatchLimits DEFAULTS =
      new BatchLimits(10_000, 20L << 20, 256L << 20, 100, 2, 255);

  public BatchLimits {
    if (maxDocuments < 1
        || maxDocumentBytes < 1
        || maxTotalBytes < maxDocumentBytes
        || maxRatio < 1
        || maxNesting < 0
        || maxNameLength < 1) {
      throw new IllegalArgumentException("batch limits out of range");
    }
  }
}
