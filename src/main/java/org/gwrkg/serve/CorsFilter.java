package org.gwrkg.serve;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Fuseki's CORS filter set up for the origins given with {@code --cors}, so that a page served from
 * elsewhere may query the endpoint from a browser. Without {@code --cors} it is not installed, and
 * browsers keep other sites' pages from reading the answers.
 */
final class CorsFilter extends CrossOriginFilter {

    private final Map<String, String> parameters;

    /** @param origins comma-separated origins, e.g. {@code https://lab.example.org}, or {@code *} */
    CorsFilter(String origins) {
        this.parameters = Map.of(
                ALLOWED_ORIGINS_PARAM, origins,
                ALLOWED_METHODS_PARAM, "GET,POST,PUT,DELETE,HEAD,OPTIONS",
                ALLOWED_HEADERS_PARAM, "X-Requested-With, Content-Type, Accept, Origin, Authorization",
                EXPOSED_HEADERS_PARAM, "Content-Type, Content-Length, " + BoundedQuery.HEADER,
                // No cookies or cached basic-auth credentials ride along with another site's request;
                // a page that writes sets the Authorization header itself.
                ALLOW_CREDENTIALS_PARAM, "false",
                CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig container) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return "gwrkg-cors";
            }

            @Override
            public ServletContext getServletContext() {
                return container.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return parameters.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }
        });
    }
}
