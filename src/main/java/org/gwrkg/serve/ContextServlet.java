package org.gwrkg.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.gwrkg.rdf.JsonLdContext;

/**
 * Serves gwrkg's JSON-LD context ({@code ontology/context.jsonld}) at {@value #PATH}, so that a web
 * page can reference it, or fetch it to compact SPARQL CONSTRUCT results into plain keys.
 */
final class ContextServlet extends HttpServlet {

    /** Where the context is served. */
    static final String PATH = "/context.jsonld";

    private final byte[] body = JsonLdContext.text().getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/ld+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
