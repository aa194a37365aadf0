package org.gwrkg.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.shared.PrefixMapping;
import org.gwrkg.rdf.RdfMapper;

/**
 * The query page: YASGUI (vendored under {@code org/gwrkg/serve/web/}, MIT) on this server's
 * endpoint, with gwrkg's prefixes and the research queries of {@code queries/} to pick from. The
 * page is served at {@code /query}, its files under {@code /web/}, together with
 * {@code /web/queries.json} and {@code /web/prefixes.json}; nothing is fetched from elsewhere.
 */
final class QueryPage extends HttpServlet {

    /** Where the page's files are mapped. */
    static final String ASSETS = "/web/*";
    /** The page's other addresses. */
    static final List<String> PAGES = List.of("/query");

    private static final String BASE = "/org/gwrkg/serve/web/";
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html;charset=utf-8",
            "gwrkg.js", "text/javascript;charset=utf-8",
            "gwrkg.css", "text/css;charset=utf-8",
            "yasgui.min.js", "text/javascript;charset=utf-8",
            "yasgui.min.css", "text/css;charset=utf-8",
            "yasgui-LICENSE.txt", "text/plain;charset=utf-8",
            "yasgui.min.js.LICENSE.txt", "text/plain;charset=utf-8");
    private static final String JSON = "application/json;charset=utf-8";

    private final Map<String, byte[]> generated = new LinkedHashMap<>();

    QueryPage() {
        ObjectMapper mapper = new ObjectMapper();
        try {
            generated.put("queries.json", mapper.writeValueAsBytes(QueryCatalog.load()));
            generated.put("prefixes.json", mapper.writeValueAsBytes(prefixes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** gwrkg's prefixes with the standard ones (rdf, rdfs, xsd, owl …), for the editor. */
    static Map<String, String> prefixes() {
        Map<String, String> all = new TreeMap<>(PrefixMapping.Standard.getNsPrefixMap());
        all.remove("dc");
        all.putAll(RdfMapper.PREFIXES.getNsPrefixMap());
        return all;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = "/web".equals(request.getServletPath()) ? file(request.getPathInfo()) : "index.html";
        byte[] body = generated.get(name);
        String type = body != null ? JSON : FILES.get(name);
        if (body == null && type != null) {
            body = resource(name);
        }
        if (body == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(type);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static String file(String pathInfo) {
        return pathInfo == null ? "" : pathInfo.replaceFirst("^/", "");
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = QueryPage.class.getResourceAsStream(BASE + name)) {
            return in == null ? null : in.readAllBytes();
        }
    }
}
