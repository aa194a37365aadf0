package org.gwrkg.batch;

import java.nio.file.Path;

/**
 * One report file of a batch once read and checked: which file, the graph it will go into, and its
 * size, which is all a batch keeps of it until a worker reads it again to extract it.
 *
 * @param file      the report file
 * @param graphName the named graph of the report (its IRI, from region code and year)
 * @param chars     the length of its normalised text, in characters
 */
public record ReportInput(Path file, String graphName, int chars) {
}
