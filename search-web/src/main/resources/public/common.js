// Helpers shared by crosscheck's pages. Everything from an article goes into the page as text, never as HTML,
// except the server's snippets, which the server escapes itself and marks with <mark>.
'use strict';

const LANG_NAMES = {zh: '中文', ko: '한국어', id: 'Bahasa Indonesia', en: 'English', fr: 'Français', und: 'unknown'};
const SCRIPT_NAMES = {Hant: 'Traditional', Hans: 'Simplified'};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

function langLabel(lang, script) {
  const name = LANG_NAMES[lang] || lang;
  return script ? `${name} (${SCRIPT_NAMES[script] || script})` : name;
}

async function getJson(url) {
  const response = await fetch(url, {headers: {Accept: 'application/json'}});
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`the server answered ${response.status} without JSON`);
  }
  if (!response.ok) throw new Error(body.error || `the server answered ${response.status}`);
  return body;
}
