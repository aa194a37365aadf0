package org.gwrkg.extract.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.gwrkg.extract.EntityMention;
import org.gwrkg.extract.EntityType;
import org.gwrkg.structure.Sentence;

/**
 * A company named in full once (某省某某股份有限公司) is then named by its short form (某某), which
 * has no head for the entity pass to see. This finds those short forms in the rest of the report,
 * so that what is said of 某某 is said of the company.
 *
 * <pre>{@code
 * Set<String> forms = ShortForms.of(mentionsPerSentence);          // [某某]
 * List<EntityMention> more = ShortForms.addTo(sentence, mentions, forms);
 * }</pre>
 */
public final class ShortForms {
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司)$");
    private static final Pattern LEADING_UNIT = Pattern.compile("^[\\u4e00-\\u9fa5]{2,4}?[省市]");
    /** Shorter forms would be found inside too many other words. */
    private static final int MIN_LENGTH = 3;

    private ShortForms() {
    }

    /** The short forms of the companies named with a legal form among {@code mentions}. */
    public static Set<String> of(List<List<EntityMention>> mentions) {
        EntityLexicon lexicon = EntityLexicon.standard();
        Set<String> forms = new LinkedHashSet<>();
        for (List<EntityMention> sentence : mentions) {
            for (EntityMention m : sentence) {
                if (m.type() != EntityType.Organization || !LEGAL_FORM.matcher(m.name()).find()) {
                    continue;
                }
                String form = LEGAL_FORM.matcher(m.name()).replaceFirst("");
                form = LEADING_UNIT.matcher(form).replaceFirst("");
                for (String province : lexicon.provinces) {
                    if (form.startsWith(province)) {
                        form = form.substring(province.length());
                        break;
                    }
                }
                if (form.length() >= MIN_LENGTH) {
                    forms.add(form);
                }
            }
        }
        return forms;
    }

    /** {@code mentions} of {@code sentence} with the short forms it names outside the names already found. */
    public static List<EntityMention> addTo(Sentence sentence, List<EntityMention> mentions, Set<String> forms) {
        List<EntityMention> all = new ArrayList<>(mentions);
        String text = sentence.text();
        for (String form : forms) {
            for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length())) {
                int start = sentence.start() + at;
                int end = start + form.length();
                if (all.stream().noneMatch(m -> m.start() < end && start < m.end())) {
                    all.add(new EntityMention(form, EntityType.Organization, start, end, sentence.index()));
                }
            }
        }
        all.sort(Comparator.comparingInt(EntityMention::start));
        return all;
    }
}
