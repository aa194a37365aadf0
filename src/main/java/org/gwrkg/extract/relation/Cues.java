package org.gwrkg.extract.relation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Pattern;
import org.gwrkg.extract.Lexicons;

/** The cues of {@code relation-cues.json}, and how the readers of the relation pass look for them. */
final class Cues {
    private static final JsonNode JSON = Lexicons.json("/org/gwrkg/extract/relation/relation-cues.json");

    final List<String> partnerOpeners = words("partnerOpeners");
    final List<String> partnerVerbs = words("partnerVerbs");
    final List<String> locationVerbs = words("locationVerbs");
    final List<String> locationGuests = words("locationGuests");
    final List<String> awardAfter = words("awardTriggersAfter");
    final List<String> awardBefore = words("awardTriggersBefore");
    final List<String> adverbs = words("subjectAdverbs");
    final Pattern adverbPhrase = Pattern.compile(JSON.get("subjectAdverbPhrase").asText());
    final List<String> statusJoints = words("statusJoints");
    final int topicMaxLength = JSON.get("topicSentenceMaxLength").asInt();

    private static final Cues STANDARD = new Cues();

    private Cues() {
    }

    static Cues standard() {
        return STANDARD;
    }

    private static List<String> words(String field) {
        return Lexicons.longestFirst(JSON.get(field));
    }

    /** The longest of {@code words} that {@code text} ends with, or null. */
    static String endingWith(String text, List<String> words) {
        return words.stream().filter(text::endsWith).findFirst().orElse(null);
    }

    /** The longest of {@code words} written at {@code pos}, or null. */
    static String startingWith(String text, int pos, List<String> words) {
        return words.stream().filter(w -> text.startsWith(w, pos)).findFirst().orElse(null);
    }
}
