package org.gwrkg.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Debian's Chromium, headless, driven through the DevTools protocol over a WebSocket: navigate,
 * evaluate JavaScript in the page, see every request the page makes, take a screenshot. The flags
 * are those this machine needs (no sandbox as root, no background connections to Google), and host
 * names other than 127.0.0.1 resolve to nothing, so a page that reaches outside fails here.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final StringBuilder partial = new StringBuilder();

    /** The browser's executable, if installed. */
    public static Optional<Path> executable() {
        return CANDIDATES.stream().map(Path::of).filter(Files::isExecutable).findFirst();
    }

    private HeadlessChromium(Process process, String pageSocket) {
        this.process = process;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(pageSocket), new Listener()).join();
    }

    /** Starts the browser with a fresh profile in {@code profile} and attaches to its first page. */
    public static HeadlessChromium start(Path executable, Path profile) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--disable-dev-shm-usage",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=1280,900", "about:blank")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String browserSocket = devtoolsUrl(p);
        int port = URI.create(browserSocket).getPort();
        HttpResponse<String> targets = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                HttpResponse.BodyHandlers.ofString());
        for (JsonNode t : JSON.readTree(targets.body())) {
            if ("page".equals(t.path("type").asText())) {
                return new HeadlessChromium(p, t.path("webSocketDebuggerUrl").asText());
            }
        }
        p.destroyForcibly();
        throw new IOException("Chromium opened no page: " + targets.body());
    }

    private static String devtoolsUrl(Process p) throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = err.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (err.readLine() != null) {
                            // Chromium's chatter; read so that it never blocks on a full pipe.
                        }
                    } catch (IOException e) {
                        // The browser ended.
                    }
                }, "chromium-stderr");
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("Chromium ended before it listened: " + seen);
    }

    /** Sends a DevTools command and waits for its result. */
    public JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
        message.set("params", JSON.valueToTree(params));
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(JSON.writeValueAsString(message), true).join();
        JsonNode reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return reply.path("result");
    }

    /** Evaluates {@code expression} in the page (awaiting a promise) and returns its value. */
    public JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("page threw: " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    /** Evaluates {@code expression} until it is true; false if it never is within {@code timeout}. */
    public boolean waitFor(String expression, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (eval("Boolean(" + expression + ")").asBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** Every DevTools event received so far (after the domain was enabled). */
    public List<JsonNode> events() {
        return List.copyOf(events);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        } catch (RuntimeException e) {
            // Already closed.
        }
        // Chromium's helper processes outlive the browser for a moment and still write to the profile,
        // which then races the test's @TempDir clean-up (seen in a full run): end and await them all.
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        for (ProcessHandle h : helpers) {
            h.destroy();
            try {
                h.onExit().get(5, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                h.destroyForcibly();
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    JsonNode message = JSON.readTree(text);
                    if (message.has("id")) {
                        CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
                        if (f != null) {
                            f.complete(message);
                        }
                    } else {
                        events.add(message);
                    }
                } catch (IOException e) {
                    pending.values().forEach(f -> f.completeExceptionally(e));
                }
            }
            ws.request(1);
            return null;
        }
    }
}
