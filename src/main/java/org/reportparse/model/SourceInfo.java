package org.reportparse.model;

/** Where a report came from. characters counts code points of the extracted text. */
public record SourceInfo(String path, String mediaType, String sha256, int characters) {}
