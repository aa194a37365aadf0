// The relation graph page: draws /graph/graph.json (the server's graph as Cytoscape JSON) with
// cytoscape.js, filters it by name, type and relation, and shows a clicked node's evidence and figures.
(async function () {
  const colours = { Project: '#1f77b4', Organization: '#d62728', Sector: '#2ca02c', Place: '#9467bd', Designation: '#ff7f0e' };
  const data = await (await fetch('/graph/graph.json')).json();
  const cy = cytoscape({
    container: document.getElementById('cy'),
    elements: data.elements,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'font-size': 8, width: 'mapData(degree, 0, 20, 8, 40)',
          height: 'mapData(degree, 0, 20, 8, 40)', 'background-color': n => colours[n.data('type')] || '#777' } },
      { selector: 'edge', style: { width: 'mapData(weight, 1, 5, 1, 4)', 'line-color': '#bbb', 'curve-style': 'bezier',
          'target-arrow-shape': e => e.data('relation') === 'cooccurs' ? 'none' : 'triangle', 'target-arrow-color': '#bbb' } },
      { selector: '.hidden', style: { display: 'none' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#000' } }
    ],
    layout: { name: 'cose', animate: false }
  });
  const fill = (id, values) => values.forEach(v => {
    const o = document.createElement('option'); o.value = v; o.textContent = v; document.getElementById(id).appendChild(o);
  });
  fill('type', [...new Set(cy.nodes().map(n => n.data('type')))].sort());
  fill('relation', [...new Set(cy.edges().map(e => e.data('relation')))].sort());

  function apply() {
    const q = document.getElementById('search').value.trim();
    const type = document.getElementById('type').value;
    const relation = document.getElementById('relation').value;
    cy.batch(() => {
      cy.nodes().forEach(n => n.toggleClass('hidden', (type && n.data('type') !== type) || (q && !n.data('label').includes(q))));
      cy.edges().forEach(e => e.toggleClass('hidden', (relation && e.data('relation') !== relation)
          || e.source().hasClass('hidden') || e.target().hasClass('hidden')));
    });
    document.getElementById('count').textContent =
        cy.nodes(':visible').length + ' nodes, ' + cy.edges(':visible').length + ' edges shown';
  }
  ['search', 'type', 'relation'].forEach(id => document.getElementById(id).addEventListener('input', apply));

  function show(n) {
    const info = document.getElementById('info');
    info.textContent = '';
    const h = document.createElement('h2'); h.textContent = n.data('label'); info.appendChild(h);
    const p = document.createElement('p');
    p.textContent = n.data('type') + ' · ' + n.data('region') + ' · years ' + n.data('years') + ' · degree ' + n.data('degree');
    info.appendChild(p);
    const ul = document.createElement('ul'); ul.id = 'evidence';
    n.connectedEdges().forEach(e => {
      const other = e.source().same(n) ? e.target() : e.source();
      const li = document.createElement('li');
      li.textContent = e.data('relation') + ' ' + other.data('label') + ' (×' + e.data('weight') + ')';
      const q = document.createElement('div'); q.className = 'quote'; q.textContent = e.data('evidence');
      li.appendChild(q); ul.appendChild(li);
    });
    info.appendChild(ul);
    const figures = n.data('figures') || [];
    if (figures.length) {
      const fh = document.createElement('h3'); fh.textContent = 'Figures'; info.appendChild(fh);
      const fl = document.createElement('ul'); fl.id = 'figures';
      figures.forEach(f => {
        const li = document.createElement('li');
        li.textContent = f.indicator + ' ' + f.value + (f.unit ? ' ' + f.unit : '') + (f.year ? ' (' + f.year + ')' : '');
        fl.appendChild(li);
      });
      info.appendChild(fl);
    }
  }
  cy.on('tap', 'node', ev => show(ev.target));
  apply();
  window.gwrkgGraph = { cy, show, drawn: true };
})();
