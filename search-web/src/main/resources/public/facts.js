// The fact pages: /compare.html?q=… (every source's figure for a question) and /overview.html (the corpus's
// fact sheet). The whole state is in the URL (q, lang, kind, source), so a comparison can be shared.
// Everything from articles goes into the page as text; the chart is SVG built node by node.
'use strict';

const PAGE = document.body.dataset.page; // "compare" or "overview"
const SVG = 'http://www.w3.org/2000/svg';

function stateFromUrl() {
  const p = new URLSearchParams(location.search);
  return {q: p.get('q') || '', lang: p.get('lang') || '', kind: p.get('kind') || '', source: p.getAll('source')};
}

function query(state, extra) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.lang) p.set('lang', state.lang);
  if (state.kind) p.set('kind', state.kind);
  for (const s of state.source) p.append('source', s);
  for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
  const s = p.toString();
  return s ? `?${s}` : '';
}

function go(state) {
  const page = state.q ? '/compare.html' : (PAGE === 'overview' ? '/overview.html' : '/compare.html');
  if (page !== location.pathname) {
    location.assign(page + query(state));
    return;
  }
  history.pushState(null, '', page + query(state));
  render();
}

async function render() {
  const state = stateFromUrl();
  document.getElementById('q').value = state.q;
  document.getElementById('lang').value = state.lang;
  document.getElementById('kind').value = state.kind;
  const status = document.getElementById('status');
  const groups = document.getElementById('groups');
  const resolved = document.getElementById('resolved');
  const exports = document.getElementById('exports');
  for (const n of [groups, resolved, exports]) n.replaceChildren();
  status.className = 'status';
  const help = document.getElementById('help');
  if (PAGE === 'compare' && !state.q) {
    help.hidden = false;
    status.textContent = '';
    return;
  }
  help.hidden = PAGE === 'compare';
  const api = PAGE === 'compare' ? '/api/facts/compare' : '/api/facts/overview';
  document.title = PAGE === 'compare' ? `${state.q} — compare — crosscheck` : 'fact sheet — crosscheck';
  status.textContent = 'Comparing…';
  let result;
  try {
    result = await getJson(api + query(state));
  } catch (e) {
    status.textContent = e.message;
    status.className = 'status error';
    return;
  }
  if (PAGE === 'compare') renderResolved(resolved, result);
  const conflicts = result.groups.filter(g => g.agreement.conflict).length;
  status.textContent = result.groups.length === 0
    ? (PAGE === 'compare' ? `No figures found for “${result.query}”.` : 'No figure is reported by two sources.')
    : `${result.groups.length} group${result.groups.length === 1 ? '' : 's'} of figures, ${conflicts} in conflict`;
  exports.append('Download: ',
    el('a', {href: api + query(state, {format: 'csv'}), download: ''}, 'CSV'), ' · ',
    el('a', {href: api + query(state, {format: 'json'}), download: ''}, 'JSON'));
  for (const g of result.groups) groups.append(renderGroup(g));
}

function renderResolved(container, result) {
  const found = [...result.concepts, ...result.entities];
  if (found.length === 0) {
    container.append('No concept or name of the lexicon recognised in the question.');
    return;
  }
  container.append(el('span', {class: 'label'}, 'understood as: '));
  found.forEach((c, i) => {
    const terms = Object.entries(c.terms).map(([lang, ts]) => `${lang}: ${ts.slice(0, 3).join(', ')}`).join(' · ');
    container.append(i ? ', ' : '', el('span', {class: 'terms', title: terms, 'data-concept': c.id}, c.id));
  });
  if (result.kind) container.append(` — asking for a ${result.kind}`);
}

function renderGroup(g) {
  const a = g.agreement;
  const badge = el('span', {class: a.conflict ? 'badge conflict' : 'badge agree'}, a.conflict ? 'conflict' : 'no conflict');
  const head = el('div', {class: 'group-head'},
    el('h2', {}, g.label), badge,
    el('span', {class: 'meta'}, `${a.sources} source${a.sources === 1 ? '' : 's'} · ${g.kind}${g.unit && g.kind !== 'duration' && g.kind !== 'percent' ? ` · ${g.unit}` : ''}`));
  const reason = el('p', {class: a.conflict ? 'reason conflict' : 'reason'}, a.reason);
  const rows = g.facts.map(f => el('tr', {},
    el('td', {}, f.source),
    el('td', {}, el('span', {class: 'badge'}, LANG_NAMES[f.lang] || f.lang)),
    el('td', {class: 'num'}, f.display),
    el('td', {}, f.qualifier === 'exact' ? '' : f.qualifier),
    el('td', {class: 'sentence', lang: f.lang}, ...sentence(f)),
    el('td', {class: 'article-link'}, el('a', {href: `/doc.html?id=${encodeURIComponent(f.docId)}`, title: f.path}, short(f.title || f.path)))));
  const table = el('table', {class: 'facts'},
    el('thead', {}, el('tr', {}, ['source', 'language', 'value', 'qualifier', 'sentence', 'article'].map(h => el('th', {}, h)))),
    el('tbody', {}, rows));
  const more = g.factCount > g.facts.length
    ? el('p', {class: 'help'}, `Showing ${g.facts.length} of ${g.factCount} figures (every source's first); the CSV and JSON downloads have them all.`)
    : '';
  return el('section', {class: 'group', 'data-conflict': String(a.conflict)}, head, reason, chart(g), table, more);
}

function short(text) {
  return text.length > 60 ? text.slice(0, 59) + '…' : text;
}

/** The sentence as text nodes, with the number's words in a <mark>. */
function sentence(f) {
  const s = f.sentence || f.text;
  if (!f.mark) return [s];
  const [start, end] = f.mark;
  return [s.slice(0, start), el('mark', {}, s.slice(start, end)), s.slice(end)];
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** A bar per figure, labelled with its source; dates (not quantities) get no chart. */
function chart(g) {
  if (g.kind === 'date') return el('p', {class: 'help'}, 'Dates are listed below.');
  const facts = g.facts;
  const max = Math.max(...facts.map(f => Number(f.value)), 0) || 1;
  const rowH = 22, labelW = 260, barW = 360, valueW = 170;
  const chart = svg('svg', {class: 'chart', width: labelW + barW + valueW, height: facts.length * rowH + 6,
    role: 'img', 'aria-label': `${g.label}: values per source`});
  facts.forEach((f, i) => {
    const y = i * rowH + 3;
    const w = Math.max(2, Math.round(barW * Number(f.value) / max));
    const name = f.source.length > 32 ? f.source.slice(0, 31) + '…' : f.source;
    chart.append(svg('text', {x: labelW - 6, y: y + 14, 'text-anchor': 'end', class: 'chart-label'}, `${name} (${f.lang})`));
    const bar = svg('rect', {x: labelW, y, width: w, height: rowH - 6, rx: 2,
      class: `bar ${f.qualifier.replace(/ /g, '-')}${g.agreement.conflict ? ' in-conflict' : ''}`});
    bar.append(svg('title', {}, `${f.source}: ${f.qualifier === 'exact' ? '' : f.qualifier + ' '}${f.display}`));
    chart.append(bar);
    chart.append(svg('text', {x: labelW + w + 6, y: y + 14, class: 'chart-value'},
      `${f.qualifier === 'exact' ? '' : f.qualifier + ' '}${f.display}`));
  });
  return el('div', {class: 'chart-box'}, chart);
}

document.getElementById('facts-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const state = stateFromUrl();
  go({...state, q: document.getElementById('q').value.trim(), lang: document.getElementById('lang').value,
    kind: document.getElementById('kind').value});
});
for (const id of ['lang', 'kind']) {
  document.getElementById(id).addEventListener('change', ev => {
    const state = stateFromUrl();
    if (PAGE === 'overview' || state.q) go({...state, [id]: ev.target.value});
  });
}
window.addEventListener('popstate', render);
render();
