// The search page. Its whole state lives in the URL (/?q=...&lang=ko&page=2), so a search can be shared.
'use strict';

const FACETS = [
  ['lang', 'Language', v => LANG_NAMES[v] || v],
  ['script', 'Chinese script', v => SCRIPT_NAMES[v] || v],
  ['source', 'Source', v => v],
  ['month', 'Published', v => v],
];
const MULTI = ['lang', 'script', 'source', 'month'];

function stateFromUrl() {
  const p = new URLSearchParams(location.search);
  const state = {q: p.get('q') || '', page: parseInt(p.get('page') || '1', 10) || 1, xlang: p.get('xlang') !== 'false'};
  for (const f of MULTI) state[f] = p.getAll(f);
  state.from = p.get('from') || '';
  state.to = p.get('to') || '';
  return state;
}

function urlFromState(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  for (const f of MULTI) for (const v of state[f]) p.append(f, v);
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.page > 1) p.set('page', state.page);
  if (!state.xlang) p.set('xlang', 'false');
  const s = p.toString();
  return s ? `/?${s}` : '/';
}

function go(state) {
  history.pushState(null, '', urlFromState(state));
  render();
}

async function render() {
  const state = stateFromUrl();
  document.getElementById('q').value = state.q;
  document.getElementById('xlang').checked = state.xlang;
  const status = document.getElementById('status');
  const hits = document.getElementById('hits');
  const facets = document.getElementById('facets');
  const pager = document.getElementById('pager');
  const expansions = document.getElementById('expansions');
  document.getElementById('help').hidden = !!state.q;
  for (const n of [hits, facets, pager, expansions]) n.replaceChildren();
  if (!state.q) {
    status.textContent = '';
    document.title = 'crosscheck — search';
    return;
  }
  document.title = `${state.q} — crosscheck`;
  status.textContent = 'Searching…';
  status.className = 'status';
  const api = '/api/search' + urlFromState(state).slice(1) + (urlFromState(state).includes('?') ? '&' : '?') + 'size=10';
  let result;
  try {
    result = await getJson(api);
  } catch (e) {
    status.textContent = e.message;
    status.className = 'status error';
    return;
  }
  const first = (result.page - 1) * result.size + 1;
  status.textContent = result.total === 0
    ? `No article matches “${result.query}”.`
    : `${result.total} article${result.total === 1 ? '' : 's'} — showing ${first}–${first + result.hits.length - 1}`;
  renderExpansions(expansions, result.expansions, state);
  for (const h of result.hits) hits.append(renderHit(h));
  renderFacets(facets, result.facets, state);
  renderPager(pager, result, state);
}

function renderExpansions(container, list, state) {
  if (!state.xlang) {
    container.append(el('span', {}, 'Cross-language expansion is off. '),
      el('a', {href: urlFromState({...state, xlang: true, page: 1})}, 'Turn it on'));
    return;
  }
  if (!list || list.length === 0) return;
  const terms = [];
  for (const e of list) {
    for (const [lang, ts] of Object.entries(e.terms)) {
      for (const t of ts) if (!terms.includes(t) && t.toLowerCase() !== (e.from || '').toLowerCase()) terms.push(t);
    }
  }
  container.append(el('span', {class: 'label'}, 'also searched: '),
    el('span', {class: 'terms'}, terms.slice(0, 24).join(' · ') + (terms.length > 24 ? ' …' : '')),
    ' ', el('a', {href: urlFromState({...state, xlang: false, page: 1}), class: 'off'}, 'search only my words'));
}

function renderHit(h) {
  const snippet = el('p', {class: 'snippet'});
  snippet.innerHTML = h.snippet; // escaped by the server; only <mark> is markup
  const meta = el('div', {class: 'meta'},
    el('span', {class: `badge lang-${h.lang}`}, langLabel(h.lang, h.script)),
    h.source ? el('span', {class: 'source'}, h.source) : null,
    h.published ? el('time', {datetime: h.published}, h.published) : null,
    el('span', {class: 'path'}, h.path));
  return el('li', {class: 'hit'},
    el('h2', {}, el('a', {href: `/doc.html?id=${encodeURIComponent(h.id)}`}, h.title || h.path)),
    meta, snippet);
}

function renderFacets(container, facets, state) {
  for (const [name, label, show] of FACETS) {
    const counts = facets[name] || {};
    const values = Object.entries(counts);
    if (values.length === 0) continue;
    const list = el('ul', {});
    for (const [value, count] of values) {
      const active = state[name].includes(value);
      const next = {...state, page: 1, [name]: active ? state[name].filter(v => v !== value) : [...state[name], value]};
      list.append(el('li', {class: active ? 'active' : ''},
        el('a', {href: urlFromState(next), 'data-facet': name, 'data-value': value, onclick: ev => { ev.preventDefault(); go(next); }},
          el('span', {class: 'value'}, show(value)), el('span', {class: 'count'}, count))));
    }
    container.append(el('section', {class: 'facet', 'data-facet': name}, el('h3', {}, label), list));
  }
  const dates = el('form', {class: 'facet dates', onsubmit: ev => {
    ev.preventDefault();
    go({...state, page: 1, from: ev.target.from.value, to: ev.target.to.value});
  }}, el('h3', {}, 'Date range'),
    el('label', {}, 'from ', el('input', {name: 'from', type: 'date', value: state.from})),
    el('label', {}, 'to ', el('input', {name: 'to', type: 'date', value: state.to})),
    el('button', {type: 'submit'}, 'Apply'));
  container.append(dates);
}

function renderPager(container, result, state) {
  const pages = Math.ceil(result.total / result.size);
  if (pages <= 1) return;
  const link = (page, text) => el('a', {href: urlFromState({...state, page}), onclick: ev => { ev.preventDefault(); go({...state, page}); }}, text);
  if (state.page > 1) container.append(link(state.page - 1, '← previous'));
  container.append(el('span', {}, ` page ${state.page} of ${pages} `));
  if (state.page < pages) container.append(link(state.page + 1, 'next →'));
}

document.getElementById('search-form').addEventListener('submit', ev => {
  ev.preventDefault();
  const state = stateFromUrl();
  go({...state, q: document.getElementById('q').value.trim(), page: 1, xlang: document.getElementById('xlang').checked});
});
document.getElementById('xlang').addEventListener('change', ev => {
  const state = stateFromUrl();
  if (state.q) go({...state, page: 1, xlang: ev.target.checked});
});
window.addEventListener('popstate', render);
render();
