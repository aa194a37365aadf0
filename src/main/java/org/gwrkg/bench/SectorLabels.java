package org.gwrkg.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gwrkg.rdf.Ontology;

/**
 * The sector names reports use, by group (industry, services, digital, agriculture): the Chinese
 * preferred labels of the concepts of {@code ontology/sectors.ttl} whose notations
 * {@code templates.json} lists under {@code sectors}.
 */
final class SectorLabels {

    private final Map<String, List<String>> byGroup = new LinkedHashMap<>();

    SectorLabels(Map<String, List<String>> notations, Map<String, List<String>> labelsByNotation) {
        notations.forEach((group, list) -> {
            List<String> labels = new ArrayList<>();
            for (String n : list) {
                List<String> l = labelsByNotation.get(n);
                if (l == null) {
                    throw new IllegalStateException(Templates.RESOURCE + ": sectors." + group + " names " + n
                            + ", no notation of ontology/sectors.ttl");
                }
                labels.add(l.get(0));
            }
            byGroup.put(group, List.copyOf(labels));
        });
    }

    static SectorLabels of(Templates templates) {
        return new SectorLabels(templates.sectors(), IndicatorTable.vocabularyLabels(Ontology.sectors()));
    }

    boolean has(String group) {
        return byGroup.containsKey(group);
    }

    String one(String group, SplittableRandom rnd) {
        return Pick.one(rnd, byGroup.get(group));
    }

    /** A label as the field of a name: without a closing 产业, so that 汽车产业 makes 汽车产业园, not 汽车产业产业园. */
    String field(String group, SplittableRandom rnd) {
        String label = one(group, rnd);
        return label.endsWith("产业") && label.length() > 3 ? label.substring(0, label.length() - 2) : label;
    }

    /** {@code n} different labels of a group. */
    List<String> some(String group, int n, SplittableRandom rnd) {
        List<String> pool = new ArrayList<>(byGroup.get(group));
        List<String> out = new ArrayList<>();
        while (out.size() < n && !pool.isEmpty()) {
            out.add(pool.remove(rnd.nextInt(pool.size())));
        }
        return out;
    }
}
