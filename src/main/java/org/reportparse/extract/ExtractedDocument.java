package org.reportparse.extract;

import java.util.List;

/**
 * The plain text of a document with its blocks in reading order; every span points into text.
 *
 * @param sha256 hex digest of the input bytes
 */
public record ExtractedDocument(String path, String mediaType, String sha256, String text, List<Block> blocks) {}
