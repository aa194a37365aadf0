package org.gwrkg.serve;

import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;

/**
 * Fuseki's query operation with a cap on the rows of a SELECT: a query without LIMIT, or with a
 * larger one, gets LIMIT {@code maxRows}, and the response says so in the header
 * {@value #HEADER}, since the SPARQL result formats have no place for it.
 */
final class BoundedQuery extends SPARQL_QueryDataset {

    /** Response header naming the row cap, present when the cap was applied to the query. */
    static final String HEADER = "X-Gwrkg-Max-Rows";

    private final long maxRows;

    BoundedQuery(long maxRows) {
        this.maxRows = maxRows;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > maxRows)) {
            query.setLimit(maxRows);
            action.getResponse().setHeader(HEADER, Long.toString(maxRows));
        }
    }
}
