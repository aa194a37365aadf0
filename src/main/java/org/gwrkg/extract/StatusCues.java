package org.gwrkg.extract;

import java.util.List;

/**
 * The words that say where a project stands ({@code status-cues.tsv}): 新签约 X, X 建成投用.
 * Read by the entity pass (a thing that is 建成 is a project) and the relation pass.
 *
 * <pre>{@code
 * StatusCues.Cue cue = StatusCues.standard().at("科技片场启动建设", 4);  // started, before
 * }</pre>
 */
public final class StatusCues {

    /**
     * A status cue.
     *
     * @param word         the cue as written
     * @param status       the status it gives
     * @param projectFirst true when the project stands before the cue (X 建成), false when after (签约 X)
     */
    public record Cue(String word, ProjectStatus status, boolean projectFirst) {
    }

    private static final StatusCues STANDARD = new StatusCues(Lexicons.tsv("/org/gwrkg/extract/status-cues.tsv"),
            Lexicons.words("/org/gwrkg/extract/status-cue-nouns.txt"));

    private final WordTable<Cue> cues;
    private final WordTrie nounEndings;

    StatusCues(List<String[]> rows, List<String> nounEndings) {
        this.nounEndings = WordTrie.of(nounEndings);
        cues = WordTable.of(rows.stream().map(r -> new Cue(r[0], ProjectStatus.ofCode(r[1]), "before".equals(r[2])))
                .toList(), Cue::word);
    }

    /** The cues of the guidelines. */
    public static StatusCues standard() {
        return STANDARD;
    }

    /** The longest cue written at {@code pos}, or null; none when the cue is part of a noun (开工率). */
    public Cue at(String text, int pos) {
        Cue cue = cues.at(text, pos);
        return cue == null || nounEndings.longestAt(text, pos + cue.word().length()) > 0 ? null : cue;
    }
}
