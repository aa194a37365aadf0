package org.gwrkg.rdf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Evidence;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.ProjectStatus;
import org.gwrkg.extract.Qualifier;
import org.gwrkg.extract.Relation;
import org.gwrkg.extract.RelationType;
import org.gwrkg.read.ReportMetadata;

/** Extractions built by hand: a few figures, entities of all five types, relations of all five. */
final class Fixtures {

    static final String TEXT = String.join("",
            "过去一年，全区地区生产总值达1234.5亿元，增长6.1%。",
            "规上工业增加值增长约8.2%。",
            "长城汽车整车下线突破100万辆。",
            "力争2025年固定资产投资增长5%左右。",
            "智能网联新能源汽车产业园建成投用。",
            "联合国家铁路创新研究院共建永川科技创新中心。",
            "长城汽车落户永川。",
            "智能网联新能源汽车产业园聚焦先进制造业。",
            "永川获批全国文明城区。",
            "区委坚强领导。");

    private Fixtures() {
    }

    /** The evidence of the first occurrence of {@code quote} in {@link #TEXT}. */
    static Evidence ev(String quote) {
        int i = TEXT.indexOf(quote);
        if (i < 0) {
            throw new IllegalArgumentException(quote);
        }
        return new Evidence(i, i + quote.length(), quote);
    }

    /** The full extraction of a report of 永川区 (500118) for 2024. */
    static Extraction yongchuan() {
        return report("永川区", "500118", "yongchuan-2024.txt");
    }

    /** The same figures and names, as if read from another region's report. */
    static Extraction report(String region, String code, String source) {
        ReportMetadata meta = new ReportMetadata(region, code, "重庆市", "2025-01-13", "2024",
                "2025年" + region + "人民政府工作报告", "区长");

        Entity greatWall = new Entity("长城汽车", EntityType.Organization, ev("长城汽车整车下线突破100万辆"));
        Entity institute = new Entity("国家铁路创新研究院", EntityType.Organization, ev("联合国家铁路创新研究院共建永川科技创新中心"));
        Entity committee = new Entity("区委", EntityType.Organization, ev("区委坚强领导"));
        Entity park = new Entity("智能网联新能源汽车产业园", EntityType.Project, ev("智能网联新能源汽车产业园建成投用"));
        Entity centre = new Entity("“永川科技创新中心”", EntityType.Project, ev("联合国家铁路创新研究院共建永川科技创新中心"));
        Entity sector = new Entity("先进制造业", EntityType.Sector, ev("智能网联新能源汽车产业园聚焦先进制造业"));
        Entity place = new Entity("永川", EntityType.Place, ev("长城汽车落户永川"));
        Entity title = new Entity("全国文明城区", EntityType.Designation, ev("永川获批全国文明城区"));

        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("地区生产总值", null, Measure.LEVEL, new BigDecimal("123450000000"), "CNY",
                "1234.5亿元", Set.of(), ev("全区地区生产总值达1234.5亿元")));
        metrics.add(new Metric("地区生产总值", null, Measure.CHANGE_RATE, new BigDecimal("6.1"), "percent",
                "6.1%", Set.of(), ev("增长6.1%")));
        metrics.add(new Metric("规上工业增加值", null, Measure.CHANGE_RATE, new BigDecimal("8.2"), "percent",
                "8.2%", Set.of(Qualifier.APPROX), ev("规上工业增加值增长约8.2%")));
        metrics.add(new Metric("整车下线", "长城汽车", Measure.LEVEL, new BigDecimal("1000000"), "vehicle",
                "100万辆", Set.of(Qualifier.OVER), ev("长城汽车整车下线突破100万辆")));
        metrics.add(new Metric("固定资产投资", null, Measure.CHANGE_RATE, new BigDecimal("5"), "percent",
                "5%", Set.of(Qualifier.TARGET, Qualifier.APPROX), ev("力争2025年固定资产投资增长5%左右")));

        List<Entity> entities = List.of(greatWall, institute, committee, park, centre, sector, place, title);

        List<Relation> relations = List.of(
                new Relation(RelationType.STATUS, park, null, ProjectStatus.IN_OPERATION, ev("智能网联新能源汽车产业园建成投用")),
                new Relation(RelationType.PARTNER, institute, centre, null, ev("联合国家铁路创新研究院共建永川科技创新中心")),
                new Relation(RelationType.LOCATED_IN, greatWall, place, null, ev("长城汽车落户永川")),
                new Relation(RelationType.IN_SECTOR, park, sector, null, ev("智能网联新能源汽车产业园聚焦先进制造业")),
                new Relation(RelationType.AWARDED, place, title, null, ev("永川获批全国文明城区")));

        return new Extraction(source, meta, TEXT, metrics, entities, relations);
    }
}
