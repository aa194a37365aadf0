package org.gwrkg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gwrkg.extract.Lexicons;

/**
 * Made-up names from the syllables of {@code names.json} beside this class: two-character place
 * names (鹤岭), towns and rivers (鹤岭镇, 桂塘河), brands (瑞川) and their short company names
 * (瑞川科技), and people (王建华). None is looked up anywhere; a name that happens to exist does so
 * by chance.
 */
final class NameMaker {

    static final String RESOURCE = "/org/gwrkg/bench/names.json";

    private final String placeFirst;
    private final String placeSecond;
    private final List<String> townHeads;
    private final List<String> riverHeads;
    private final String brandFirst;
    private final String brandSecond;
    private final List<String> shortHeads;
    private final String surnames;
    private final String given;

    NameMaker(JsonNode names) {
        placeFirst = names.path("place_first").asText();
        placeSecond = names.path("place_second").asText();
        townHeads = strings(names.path("town_heads"));
        riverHeads = strings(names.path("river_heads"));
        brandFirst = names.path("brand_first").asText();
        brandSecond = names.path("brand_second").asText();
        shortHeads = strings(names.path("short_heads"));
        surnames = names.path("surnames").asText();
        given = names.path("given").asText();
        if (placeFirst.isEmpty() || placeSecond.isEmpty() || brandFirst.isEmpty() || brandSecond.isEmpty()
                || surnames.isEmpty() || given.isEmpty() || townHeads.isEmpty() || riverHeads.isEmpty() || shortHeads.isEmpty()) {
            throw new IllegalStateException(RESOURCE + ": a syllable pool is missing or empty");
        }
    }

    static NameMaker standard() {
        return new NameMaker(Lexicons.json(RESOURCE));
    }

    /** A two-character place-like name: 鹤岭. */
    String place(SplittableRandom rnd) {
        return "" + one(rnd, placeFirst) + one(rnd, placeSecond);
    }

    /** A town or subdistrict: 鹤岭镇, 桂塘街道. */
    String town(SplittableRandom rnd) {
        return place(rnd) + Pick.one(rnd, townHeads);
    }

    /** A river: 桂塘河. */
    String river(SplittableRandom rnd) {
        String head = Pick.one(rnd, riverHeads);
        String name = place(rnd);
        // 鹤溪溪 reads as a slip: a name ending in the head's own character takes 河 instead.
        return name.endsWith(head) ? name + "河" : name + head;
    }

    /** A brand of two different syllables: 瑞川. */
    String brandName(SplittableRandom rnd) {
        char a = one(rnd, brandFirst);
        char b = one(rnd, brandSecond);
        while (b == a) {
            b = one(rnd, brandSecond);
        }
        return "" + a + b;
    }

    /** A company's short name as reports write it: 瑞川科技. */
    String brand(SplittableRandom rnd) {
        return brandName(rnd) + Pick.one(rnd, shortHeads);
    }

    /** A person: surname and one or two given characters. */
    String person(SplittableRandom rnd) {
        StringBuilder b = new StringBuilder().append(one(rnd, surnames)).append(one(rnd, given));
        if (Pick.chance(rnd, 0.75)) {
            b.append(one(rnd, given));
        }
        return b.toString();
    }

    private static char one(SplittableRandom rnd, String pool) {
        return pool.charAt(rnd.nextInt(pool.length()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }
}
