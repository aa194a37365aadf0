package org.gwrkg.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * Extraction against HanLP's own segmentation, single-threaded, after the warm-up, in the same
 * pass over the same reports. Both throughputs count the same characters, so their ratio is HanLP's
 * time over ours: the share of extraction time that segmentation with
 * name recognition would take alone (issue 8's target: at least 0.40). Characters are those of the
 * report files as decoded (code points), as {@code corpus.json} counts them.
 *
 * @param reports        reports measured
 * @param extraction     read + structure + annotate + extract ({@code Pipeline.extract}) per report, in characters
 * @param hanlp          {@code TextAnalyzer.hanlpNameRecognizer()} over every sentence that our annotator segments
 * @param sentences      the sentences HanLP segmented
 * @param sentenceChars  their characters (headings and line breaks are no sentence)
 * @param ratio          {@code extraction.perSecond / hanlp.perSecond}
 * @param cpuRatio       the same from CPU time, steadier on a busy machine
 * @param target         the ratio aimed at
 */
@JsonPropertyOrder({"reports", "extraction", "hanlp", "sentences", "sentenceChars", "ratio", "cpuRatio", "target"})
public record ExtractionResult(int reports, Throughput extraction, Throughput hanlp, long sentences, long sentenceChars,
                               double ratio, double cpuRatio, double target) {

    /** Issue 8: extraction at least 40% of HanLP's organisation and place segmentation throughput. */
    public static final double TARGET = 0.40;

    static ExtractionResult of(int reports, Throughput extraction, Throughput hanlp, long sentences, long sentenceChars) {
        return new ExtractionResult(reports, extraction, hanlp, sentences, sentenceChars,
                ratio(extraction.perSecond(), hanlp.perSecond()), ratio(extraction.perCpuSecond(), hanlp.perCpuSecond()), TARGET);
    }

    private static double ratio(double ours, double theirs) {
        return theirs > 0 ? ours / theirs : 0;
    }
}
