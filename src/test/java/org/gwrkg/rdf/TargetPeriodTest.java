package org.gwrkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Measure;
import org.gwrkg.extract.Metric;
import org.gwrkg.extract.Qualifier;
import org.junit.jupiter.api.Test;

/** A figure set for a later year than the report reviews keeps that year as its reference period. */
class TargetPeriodTest {

    @Test
    void aTargetRefersToItsOwnYearAndAResultToTheReportsPeriod() {
        Extraction x = Fixtures.yongchuan();
        Metric target = new Metric("固定资产投资", null, Measure.CHANGE_RATE, new BigDecimal("5"), "percent", "5%",
                Set.of(Qualifier.TARGET, Qualifier.APPROX), "2025", Fixtures.ev("力争2025年固定资产投资增长5%左右"));
        Metric result = new Metric("地区生产总值", null, Measure.LEVEL, new BigDecimal("123450000000"), "CNY",
                "1234.5亿元", Set.of(), Fixtures.ev("全区地区生产总值达1234.5亿元"));
        Extraction y = new Extraction(x.source(), x.metadata(), x.text(), List.of(target, result), x.entities(),
                x.relations());
        Model m = new RdfMapper().map(y).model();

        assertEquals(year("2025"), refPeriod(m, "5%"));
        assertEquals(year(x.metadata().period()), refPeriod(m, "1234.5亿元"));
    }

    private static Literal refPeriod(Model m, String raw) {
        Resource o = m.listSubjectsWithProperty(GWR.rawValue, raw).next();
        assertEquals(1, o.listProperties(GWR.refPeriod).toList().size(), raw);
        return o.getProperty(GWR.refPeriod).getLiteral();
    }

    private static Literal year(String y) {
        return ResourceFactory.createTypedLiteral(y, XSDDatatype.XSDgYear);
    }
}
