package org.gwrkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The gwrkg vocabulary ({@code ontology/gwr.ttl}) as Jena constants, in the style of
 * {@link org.apache.jena.vocabulary.DCTerms}, plus the namespaces of the other vocabularies the
 * mapper uses that Jena has no class for (RDF Data Cube, PROV, vann).
 */
public class GWR {
    /** The namespace of the ontology's terms: {@value}. */
    public static final String NS = "https://w3id.org/gwrkg/ontology#";
    /** The ontology's own IRI, also the name of the graph it is loaded into: {@value}. */
    public static final String ONTOLOGY_IRI = "https://w3id.org/gwrkg/ontology";
    /** The base of every instance IRI: {@value}. */
    public static final String ID = "https://w3id.org/gwrkg/id/";
    /** The namespace of the SHACL shapes: {@value}. */
    public static final String SHAPES_NS = "https://w3id.org/gwrkg/shapes#";

    /** RDF Data Cube. */
    public static final String QB_NS = "http://purl.org/linked-data/cube#";
    /** PROV-O. */
    public static final String PROV_NS = "http://www.w3.org/ns/prov#";
    /** The base of the vocabularies' IRIs (concept schemes, and the graphs that hold them): {@value}. */
    public static final String VOCAB = "https://w3id.org/gwrkg/vocab/";

    /** The namespace as a string. */
    public static String getURI() {
        return NS;
    }

    protected static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    protected static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    /** The namespace as a resource. */
    public static final Resource NAMESPACE = ResourceFactory.createResource(NS);
    /** The ontology as a resource. */
    public static final Resource ONTOLOGY = ResourceFactory.createResource(ONTOLOGY_IRI);

    // Classes
    public static final Resource Report = resource("Report");
    public static final Resource Region = resource("Region");
    public static final Resource Observation = resource("Observation");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource Project = resource("Project");
    public static final Resource Organization = resource("Organization");
    public static final Resource Sector = resource("Sector");
    public static final Resource Place = resource("Place");
    public static final Resource Designation = resource("Designation");
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Measure = resource("Measure");
    public static final Resource Qualifier = resource("Qualifier");
    public static final Resource ProjectStatus = resource("ProjectStatus");

    // Report and region
    public static final Property region = property("region");
    public static final Property regionName = property("regionName");
    public static final Property period = property("period");
    public static final Property adminCode = property("adminCode");
    public static final Property partOf = property("partOf");
    public static final Property adminLevel = property("adminLevel");
    public static final Property wikidataCode = property("wikidataCode");

    // Observations
    public static final Property indicator = property("indicator");
    public static final Property measure = property("measure");
    public static final Property value = property("value");
    public static final Property unitCode = property("unitCode");
    public static final Property rawValue = property("rawValue");
    public static final Property qualifier = property("qualifier");
    public static final Property refArea = property("refArea");
    public static final Property refPeriod = property("refPeriod");
    public static final Property subject = property("subject");
    public static final Property indicatorText = property("indicatorText");
    public static final Property unit = property("unit");

    // Evidence
    public static final Property evidence = property("evidence");
    public static final Property quote = property("quote");
    public static final Property start = property("start");
    public static final Property end = property("end");
    public static final Property report = property("report");

    // Relations
    public static final Property status = property("status");
    public static final Property partner = property("partner");
    public static final Property locatedIn = property("locatedIn");
    public static final Property inSector = property("inSector");
    public static final Property awarded = property("awarded");

    // Measures (concepts of gwr:measures)
    public static final Resource measures = resource("measures");
    public static final Resource level = resource("level");
    public static final Resource changeRate = resource("changeRate");
    public static final Resource changeAbs = resource("changeAbs");

    // Qualifiers (concepts of gwr:qualifiers)
    public static final Resource qualifiers = resource("qualifiers");
    public static final Resource approx = resource("approx");
    public static final Resource over = resource("over");
    public static final Resource under = resource("under");
    public static final Resource estimate = resource("estimate");
    public static final Resource target = resource("target");

    // Project statuses (concepts of gwr:projectStatuses)
    public static final Resource projectStatuses = resource("projectStatuses");
    public static final Resource signed = resource("signed");
    public static final Resource started = resource("started");
    public static final Resource underConstruction = resource("underConstruction");
    public static final Resource completed = resource("completed");
    public static final Resource inOperation = resource("inOperation");

    /** The data structure definition of every report's data set. */
    public static final Resource dsd = resource("dsd");

    /** The few RDF Data Cube terms the mapper writes. */
    public static final class QB {
        public static final String NS = QB_NS;
        public static final Resource DataSet = ResourceFactory.createResource(NS + "DataSet");
        public static final Resource Observation = ResourceFactory.createResource(NS + "Observation");
        public static final Property dataSet = ResourceFactory.createProperty(NS, "dataSet");
        public static final Property structure = ResourceFactory.createProperty(NS, "structure");

        private QB() {
        }
    }

    /** The concept schemes of {@code ontology/indicators.ttl} and {@code ontology/sectors.ttl}. */
    public static final class SCHEMES {
        /** The standard indicators. */
        public static final Resource indicators = ResourceFactory.createResource(VOCAB + "indicators");
        /** Indicators as worded in reports, for wordings that match no standard indicator. */
        public static final Resource indicatorWordings = ResourceFactory.createResource(VOCAB + "indicator-wordings");
        /** The standard sectors. */
        public static final Resource sectors = ResourceFactory.createResource(VOCAB + "sectors");
        /** Sectors as named in reports, for names that match no standard sector. */
        public static final Resource sectorWordings = ResourceFactory.createResource(VOCAB + "sector-wordings");
        /** The 20 sections of GB/T 4754-2017. */
        public static final Resource gbt4754 = ResourceFactory.createResource(VOCAB + "gbt4754-2017");
        /** The nine strategic emerging industries of the 2018 classification. */
        public static final Resource sei = ResourceFactory.createResource(VOCAB + "sei-2018");

        private SCHEMES() {
        }
    }

    /** The few QUDT terms the mapper and the units vocabulary use. */
    public static final class QUDT {
        public static final String NS = "http://qudt.org/schema/qudt/";
        /** QUDT's units and currencies. */
        public static final String UNIT_NS = "http://qudt.org/vocab/unit/";
        public static final Resource Unit = ResourceFactory.createResource(NS + "Unit");
        public static final Property conversionMultiplier = ResourceFactory.createProperty(NS, "conversionMultiplier");
        public static final Property hasQuantityKind = ResourceFactory.createProperty(NS, "hasQuantityKind");
        public static final Property scalingOf = ResourceFactory.createProperty(NS, "scalingOf");

        private QUDT() {
        }
    }

    /** The few PROV-O terms the mapper writes. */
    public static final class PROV {
        public static final String NS = PROV_NS;
        public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
        public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");

        private PROV() {
        }
    }

    /** The concept of a measure. */
    public static Resource of(org.gwrkg.extract.Measure m) {
        return switch (m) {
            case LEVEL -> level;
            case CHANGE_RATE -> changeRate;
            case CHANGE_ABS -> changeAbs;
        };
    }

    /** The concept of a qualifier. */
    public static Resource of(org.gwrkg.extract.Qualifier q) {
        return switch (q) {
            case APPROX -> approx;
            case OVER -> over;
            case UNDER -> under;
            case ESTIMATE -> estimate;
            case TARGET -> target;
        };
    }

    /** The concept of a project status. */
    public static Resource of(org.gwrkg.extract.ProjectStatus s) {
        return switch (s) {
            case SIGNED -> signed;
            case STARTED -> started;
            case UNDER_CONSTRUCTION -> underConstruction;
            case COMPLETED -> completed;
            case IN_OPERATION -> inOperation;
        };
    }

    /** The class of an entity type. */
    public static Resource of(org.gwrkg.extract.EntityType t) {
        return switch (t) {
            case Project -> Project;
            case Organization -> Organization;
            case Sector -> Sector;
            case Place -> Place;
            case Designation -> Designation;
        };
    }

    /** The property of a relation type between entities ({@code status} included). */
    public static Property of(org.gwrkg.extract.RelationType t) {
        return switch (t) {
            case STATUS -> status;
            case PARTNER -> partner;
            case LOCATED_IN -> locatedIn;
            case IN_SECTOR -> inSector;
            case AWARDED -> awarded;
        };
    }

    private GWR() {
    }
}
