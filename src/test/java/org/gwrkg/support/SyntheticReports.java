package org.gwrkg.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Report texts made up at test time, for loads that must be long: a district's report with as many
 * figure sentences as asked, in the style of any district's report (no sentence of a real one), and
 * a sidecar giving its region code and year.
 */
public final class SyntheticReports {

    private static final String[] FIELDS = {"电子信息", "装备制造", "新材料", "生物医药", "现代物流", "文化旅游",
            "数字经济", "现代农业", "商贸服务", "节能环保", "汽车零部件", "食品加工"};
    private static final String[] PLACES = {"东部", "西部", "南部", "北部", "滨江", "高新", "临港", "城南"};

    private SyntheticReports() {
    }

    /**
     * Writes {@code name}.txt with {@code sentences} figure sentences and its sidecar {@code name}.json
     * (region {@code regionCode}, year {@code period}); returns the text file.
     */
    public static Path write(Path dir, String name, String regionCode, String period, int sentences, long seed)
            throws IOException {
        Random r = new Random(seed);
        StringBuilder t = new StringBuilder("示例区人民政府工作报告\n");
        t.append("一、").append(period).append("年工作回顾\n");
        for (int i = 0; i < sentences; i++) {
            String field = FIELDS[r.nextInt(FIELDS.length)];
            String place = PLACES[r.nextInt(PLACES.length)];
            t.append("全区").append(field).append("产业营业收入达到").append(10 + r.nextInt(900)).append('.')
                    .append(1 + r.nextInt(9)).append("亿元，同比增长").append(1 + r.nextInt(15)).append('.')
                    .append(r.nextInt(10)).append("%。").append(place).append(field).append("产业园新建项目")
                    .append(2 + r.nextInt(50)).append("个，第").append(i + 1).append("批").append(field)
                    .append("示范基地建成投用。\n");
        }
        Path text = dir.resolve(name + ".txt");
        Files.writeString(text, t, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(name + ".json"), "{\"regionCode\": \"" + regionCode + "\", \"period\": \""
                + period + "\"}", StandardCharsets.UTF_8);
        return text;
    }
}
