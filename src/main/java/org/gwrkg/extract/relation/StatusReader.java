package org.gwrkg.extract.relation;

import org.gwrkg.extract.Clauses;
import org.gwrkg.extract.ProjectStatus;
import org.gwrkg.extract.StatusCues;

/**
 * Where a project stands, from the status cue of its clause: the first cue after it (X 建成投用),
 * else the last one before it (新签约 X); where two cues join (落地并开工建设), the later state.
 */
final class StatusReader {
    private final StatusCues statusCues = StatusCues.standard();
    private final Cues cues;

    StatusReader(Cues cues) {
        this.cues = cues;
    }

    /** The status of the project named at {@code project} in {@code text}, or null. */
    ProjectStatus of(String text, Mention project) {
        int clauseEnd = Clauses.end(text, project.end());
        for (int p = project.end(); p < clauseEnd; p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && cue.projectFirst()) {
                return laterJoined(text, p, cue).status();
            }
        }
        ProjectStatus before = null;
        for (int p = Clauses.start(text, project.start()); p < project.start(); p++) {
            StatusCues.Cue cue = statusCues.at(text, p);
            if (cue != null && !cue.projectFirst()) {
                before = cue.status();
            }
        }
        return before;
    }

    private StatusCues.Cue laterJoined(String text, int at, StatusCues.Cue cue) {
        int p = at + cue.word().length();
        String joint = Cues.startingWith(text, p, cues.statusJoints);
        int next = joint == null ? p : p + joint.length();
        StatusCues.Cue later = statusCues.at(text, next);
        return later == null || !later.projectFirst() ? cue : laterJoined(text, next, later);
    }
}
