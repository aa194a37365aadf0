package org.gwrkg.bench;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.gwrkg.extract.Entity;
import org.gwrkg.extract.EntityType;
import org.gwrkg.extract.Extraction;
import org.gwrkg.extract.Metric;

/**
 * How much of what the generator planted in a report the extractor read back: figures by value and
 * unit (each extracted metric used once, values equal to six significant digits, as the guidelines
 * score), projects and companies by name (one contains the other and the shorter has at least 60% of
 * the longer's characters, as the guidelines match entities). Companies count apart by their full
 * names (…有限公司) and their short names (瑞川科技).
 */
record PlantedRecall(int figures, int figuresFound, int projects, int projectsFound, int companies, int companiesFound,
                     int shortNames, int shortNamesFound, List<PlantedFigure> missedFigures, List<String> missedNames) {

    private static final MathContext SIX = new MathContext(6);

    static PlantedRecall of(GeneratedReport report, Extraction x) {
        List<Metric> open = new ArrayList<>(x.metrics());
        List<PlantedFigure> missed = new ArrayList<>();
        for (PlantedFigure f : report.figures()) {
            Metric hit = open.stream().filter(m -> m.unit().equals(f.unit()) && same(m.value(), f.value())).findFirst().orElse(null);
            if (hit == null) {
                missed.add(f);
            } else {
                open.remove(hit);
            }
        }
        List<String> missedNames = new ArrayList<>();
        List<String> full = report.companies().stream().filter(c -> c.endsWith("公司")).toList();
        List<String> shortNames = report.companies().stream().filter(c -> !c.endsWith("公司")).toList();
        int projects = found(report.projects(), x, EntityType.Project, missedNames);
        int companies = found(full, x, EntityType.Organization, missedNames);
        int shortFound = found(shortNames, x, EntityType.Organization, missedNames);
        return new PlantedRecall(report.figures().size(), report.figures().size() - missed.size(), report.projects().size(),
                projects, full.size(), companies, shortNames.size(), shortFound, missed, missedNames);
    }

    PlantedRecall plus(PlantedRecall o) {
        List<PlantedFigure> f = new ArrayList<>(missedFigures);
        f.addAll(o.missedFigures);
        List<String> n = new ArrayList<>(missedNames);
        n.addAll(o.missedNames);
        return new PlantedRecall(figures + o.figures, figuresFound + o.figuresFound, projects + o.projects,
                projectsFound + o.projectsFound, companies + o.companies, companiesFound + o.companiesFound,
                shortNames + o.shortNames, shortNamesFound + o.shortNamesFound, f, n);
    }

    double figureRecall() {
        return figuresFound / (double) figures;
    }

    double projectRecall() {
        return projectsFound / (double) projects;
    }

    double companyRecall() {
        return companiesFound / (double) companies;
    }

    double shortNameRecall() {
        return shortNamesFound / (double) shortNames;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.round(SIX).compareTo(b.round(SIX)) == 0;
    }

    private static int found(List<String> names, Extraction x, EntityType type, List<String> missed) {
        int n = 0;
        for (String name : names) {
            if (x.entities().stream().anyMatch(e -> e.type() == type && matches(e, name))) {
                n++;
            } else {
                missed.add(type + " " + name);
            }
        }
        return n;
    }

    private static boolean matches(Entity e, String name) {
        String a = plain(e.name());
        String b = plain(name);
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return longer.contains(shorter) && shorter.length() >= 0.6 * longer.length();
    }

    private static String plain(String s) {
        return s.replaceAll("[“”\"'‘’\\s（）()]", "");
    }
}
