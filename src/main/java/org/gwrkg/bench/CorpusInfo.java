package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The corpus measured.
 *
 * @param source  the directory given, or how it was generated
 * @param seed    the generator's seed when the benchmark generated it, else null
 * @param reports report files
 * @param chars   their characters as decoded (code points), as {@code corpus.json} counts them
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorpusInfo(String source, Long seed, int reports, long chars) {
}
