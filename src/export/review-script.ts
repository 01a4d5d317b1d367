/**
 * Script of the review page (`writeHtml`): the "needs review" filter and
 * keyboard navigation (j/k or ↓/↑ between rows, Home/End; rows use a roving
 * tabindex). It reads the page, holds no data, and makes no requests; the
 * page's Content-Security-Policy allows it by its hash.
 */
export const REVIEW_SCRIPT = `
(function () {
  'use strict';
  var table = document.getElementById('links');
  var toggle = document.getElementById('only-review');
  var shown = document.getElementById('shown');
  var empty = document.getElementById('empty-row');
  if (!table || !toggle || !shown) return;
  var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr.link'));
  function visibleRows() {
    return rows.filter(function (row) { return !row.hidden; });
  }
  function makeCurrent(row, focus) {
    rows.forEach(function (other) { other.tabIndex = other === row ? 0 : -1; });
    if (focus) row.focus();
  }
  function applyFilter() {
    var only = toggle.checked;
    rows.forEach(function (row) { row.hidden = only && row.getAttribute('data-review') !== 'true'; });
    var visible = visibleRows();
    shown.textContent = 'Showing ' + visible.length + ' of ' + rows.length + ' links';
    if (empty) empty.hidden = visible.length > 0;
    var current = rows.filter(function (row) { return row.tabIndex === 0; })[0];
    if (visible.length > 0 && (!current || current.hidden)) makeCurrent(visible[0], false);
  }
  function move(step) {
    var visible = visibleRows();
    if (visible.length === 0) return;
    var at = visible.indexOf(document.activeElement);
    var next = at < 0 ? (step > 0 ? 0 : visible.length - 1) : Math.min(visible.length - 1, Math.max(0, at + step));
    makeCurrent(visible[next], true);
  }
  function typing(target) {
    if (!target || !target.tagName) return false;
    if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
    return target.tagName === 'INPUT' && target.type !== 'checkbox';
  }
  document.addEventListener('keydown', function (event) {
    if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented || typing(event.target)) return;
    var onRow = rows.indexOf(document.activeElement) >= 0;
    var key = event.key;
    if (key === 'j' || (onRow && key === 'ArrowDown')) move(1);
    else if (key === 'k' || (onRow && key === 'ArrowUp')) move(-1);
    else if (onRow && key === 'Home') move(-rows.length);
    else if (onRow && key === 'End') move(rows.length);
    else return;
    event.preventDefault();
  });
  table.addEventListener('focusin', function (event) {
    if (rows.indexOf(event.target) >= 0) makeCurrent(event.target, false);
  });
  window.addEventListener('hashchange', function () {
    var target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && target.hidden) { toggle.checked = false; applyFilter(); target.scrollIntoView(); }
  });
  toggle.addEventListener('change', applyFilter);
  applyFilter();
})();
`
