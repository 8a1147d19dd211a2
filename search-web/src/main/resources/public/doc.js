// The article page: the text with every extracted number marked (normalised value on hover), the table of
// figures, and the related coverage in other languages.
'use strict';

function describeFact(f) {
  const q = f.qualifier && f.qualifier !== 'exact' ? `${f.qualifier} ` : '';
  const unit = f.unit ? ` ${f.unit}` : '';
  const value = typeof f.value === 'number' ? f.value.toLocaleString('en') : f.value;
  return `${f.kind}: ${q}${value}${unit}` + (f.concepts.length ? ` — ${f.concepts.join(', ')}` : '');
}

function markedBody(body, facts) {
  const nodes = [];
  let at = 0;
  const spans = facts.filter(f => f.span && f.span[0] >= 0).sort((a, b) => a.span[0] - b.span[0]);
  for (const f of spans) {
    const [start, end] = f.span;
    if (start < at) continue; // overlapping: keep the first
    nodes.push(body.slice(at, start));
    nodes.push(el('mark', {class: 'fact', title: describeFact(f), 'data-kind': f.kind}, body.slice(start, end)));
    at = end;
  }
  nodes.push(body.slice(at));
  return nodes;
}

async function load() {
  const id = new URLSearchParams(location.search).get('id');
  const status = document.getElementById('status');
  if (!id) {
    status.textContent = 'No article given: open one from the search results.';
    return;
  }
  let doc;
  try {
    doc = await getJson(`/api/docs/${encodeURIComponent(id)}`);
  } catch (e) {
    status.textContent = e.message;
    status.className = 'status error';
    return;
  }
  status.hidden = true;
  document.title = `${doc.title} — crosscheck`;
  document.getElementById('title').textContent = doc.title;
  document.getElementById('meta').append(...[
    el('span', {class: 'badge'}, langLabel(doc.lang, doc.script)),
    doc.source ? el('span', {}, doc.source) : null,
    doc.published ? el('time', {datetime: doc.published}, doc.published) : null,
    doc.author ? el('span', {}, doc.author) : null,
    doc.url ? el('a', {href: doc.url, rel: 'noopener noreferrer'}, 'original') : null,
    el('span', {class: 'path'}, doc.path)].filter(Boolean));
  const body = document.getElementById('body');
  body.setAttribute('lang', doc.script ? `${doc.lang}-${doc.script}` : doc.lang);
  body.append(...markedBody(doc.body, doc.facts));
  const facts = document.getElementById('facts');
  if (doc.facts.length === 0) {
    facts.append(el('p', {class: 'help'}, 'No figures were extracted from this article.'));
  } else {
    const rows = doc.facts.map(f => el('tr', {},
      el('td', {}, f.text), el('td', {}, f.kind),
      el('td', {class: 'num'}, typeof f.value === 'number' ? f.value.toLocaleString('en') : f.value),
      el('td', {}, f.unit || ''), el('td', {}, f.qualifier || ''), el('td', {}, f.concepts.join(', '))));
    facts.append(el('table', {}, el('thead', {}, el('tr', {},
      ['words', 'kind', 'value', 'unit', 'qualifier', 'what it measures'].map(h => el('th', {}, h)))), el('tbody', {}, rows)));
  }
  const related = document.getElementById('related');
  if (doc.related.length === 0) related.append(el('li', {class: 'help'}, 'No article in another language shares its names or concepts.'));
  for (const r of doc.related) {
    related.append(el('li', {},
      el('span', {class: 'badge'}, LANG_NAMES[r.lang] || r.lang), ' ',
      el('a', {href: `/doc.html?id=${encodeURIComponent(r.id)}`}, r.title), r.source ? ` — ${r.source}` : '',
      el('div', {class: 'shared'}, `shares: ${r.shared.join(', ')}`)));
  }
  document.getElementById('doc').hidden = false;
}

load();
