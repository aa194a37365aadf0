package org.gwrkg.serve;

import org.apache.jena.fuseki.servlets.GSP_RW;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.riot.web.HttpNames;

/**
 * Fuseki's Graph Store Protocol with writes to named graphs only ({@code ?graph=IRI}). The default
 * graph is the union of the named graphs, so there is nothing to put there, and a write without a
 * graph would replace or add to the whole dataset, vocabularies included: both get 400 with a
 * message instead of Fuseki's internal error on a read-only graph.
 */
final class NamedGraphWrites extends GSP_RW {

    private static final String ONLY_NAMED = "name the graph to write with ?graph=IRI: the default graph is the union"
            + " of all named graphs and takes no writes, and the whole dataset is not replaced through this endpoint";

    @Override
    protected void doPut(HttpAction action) {
        checkNamed(action);
        super.doPut(action);
    }

    @Override
    protected void doPost(HttpAction action) {
        checkNamed(action);
        super.doPost(action);
    }

    @Override
    protected void doDelete(HttpAction action) {
        checkNamed(action);
        super.doDelete(action);
    }

    @Override
    protected void doPatch(HttpAction action) {
        checkNamed(action);
        super.doPatch(action);
    }

    private static void checkNamed(HttpAction action) {
        String graph = action.getRequestParameter(HttpNames.paramGraph);
        if (graph == null || graph.isBlank() || HttpNames.graphTargetDefault.equals(graph)
                || action.getRequestParameter(HttpNames.paramGraphDefault) != null) {
            ServletOps.errorBadRequest(ONLY_NAMED);
        }
    }
}
