// gwrkg's query page: YASGUI on this server's endpoint, with gwrkg's prefixes and research queries.
// Everything comes from this server: YASQE's completers that call prefix.cc and LOV on the
// internet are replaced or left out, so the page works offline.
(function () {
  "use strict";
  const endpoint = new URL("/kg/sparql", window.location.href).href;
  const prefixesUrl = new URL("/web/prefixes.json", window.location.href).href;

  function prologue(prefixes) {
    return Object.keys(prefixes).sort()
      .map((p) => "PREFIX " + (p + ":").padEnd(9) + "<" + prefixes[p] + ">").join("\n");
  }

  function start(queries, prefixes) {
    // The prefixes completer reads {prefix: namespace} from prefixCcApi: point it here.
    Yasgui.Yasqe.defaults.prefixCcApi = prefixesUrl;
    Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
    Yasgui.Yasqe.defaults.value = prologue(prefixes) +
      "\n\nSELECT ?report ?region ?period WHERE {\n  ?report a gwr:Report ; gwr:region/rdfs:label ?region ; gwr:period ?period .\n} ORDER BY ?region ?period";
    const yasgui = new Yasgui(document.getElementById("yasgui"), {
      requestConfig: { endpoint: endpoint, method: "POST" },
      copyEndpointOnNewTab: true,
      persistenceId: "gwrkg",
      endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }], keys: [] },
    });
    // Tabs kept from an earlier visit may name another port: this page queries this server.
    Object.keys(yasgui._tabs || {}).forEach((id) => yasgui.getTab(id).setEndpoint(endpoint));

    const select = document.getElementById("queries");
    select.innerHTML = "";
    select.appendChild(new Option("— pick one of the " + queries.length + " shipped queries —", ""));
    queries.forEach((q, i) => {
      const option = new Option(q.name + ": " + q.question, String(i));
      option.title = q.question;
      select.appendChild(option);
    });
    select.disabled = false;
    select.addEventListener("change", () => {
      const q = queries[Number(select.value)];
      if (!q) return;
      const tab = yasgui.getTab();
      tab.setQuery(q.text);
      tab.setName(q.name.replace(/\.rq$/, ""));
    });
    document.getElementById("endpoint").textContent = endpoint;
    window.gwrkg = { yasgui: yasgui, queries: queries, endpoint: endpoint };
  }

  Promise.all([
    fetch("/web/queries.json").then((r) => r.json()),
    fetch(prefixesUrl).then((r) => r.json()),
  ]).then(([queries, prefixes]) => start(queries, prefixes), (e) => {
    document.getElementById("yasgui").textContent = "Could not load the page's data: " + e;
  });
})();
