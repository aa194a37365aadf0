package org.gwrkg.read;

/**
 * A report as read: its normalised text and its metadata. All character offsets elsewhere in
 * gwrkg point into {@link #text()}.
 *
 * @param source   the file name the report was read from (no directories), used in provenance
 * @param text     the normalised text (see {@link TextNormalizer})
 * @param metadata the merged metadata of sidecar, header and command line
 */
public record Report(String source, String text, ReportMetadata metadata) {
}
