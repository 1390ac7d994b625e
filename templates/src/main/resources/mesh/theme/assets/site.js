/*
 * Progressive enhancement for the mesh catalog. Every page is complete without this file.
 * - A dark/light theme toggle in the header; the choice is kept in localStorage when the browser allows it
 *   (pages opened from file:// may forbid storage, so every access is guarded).
 * - Sortable tables: <table class="sortable">, sorted by clicking (or pressing Enter/Space on) a column
 *   heading's button. Cells with a data-sort attribute sort numerically, others alphabetically.
 * No external libraries, no network requests, no eval, no inline handlers.
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'mesh-catalog-theme';
  var root = document.documentElement;

  // ---------- theme ----------

  function readStoredTheme() {
    try {
      var value = window.localStorage.getItem(STORAGE_KEY);
      return value === 'dark' || value === 'light' ? value : null;
    } catch (e) {
      return null;
    }
  }

  function storeTheme(value) {
    try {
      window.localStorage.setItem(STORAGE_KEY, value);
    } catch (e) {
      // Storage unavailable (file://, private mode): the choice lasts for this page only.
    }
  }

  function systemPrefersDark() {
    return typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-color-scheme: dark)').matches;
  }

  function currentTheme() {
    var chosen = root.getAttribute('data-theme');
    if (chosen === 'dark' || chosen === 'light') {
      return chosen;
    }
    return systemPrefersDark() ? 'dark' : 'light';
  }

  function applyTheme(value) {
    if (value === 'dark' || value === 'light') {
      root.setAttribute('data-theme', value);
    } else {
      root.removeAttribute('data-theme');
    }
  }

  // Apply a stored choice as early as possible (without one, the system setting decides).
  var stored = readStoredTheme();
  if (stored) {
    applyTheme(stored);
  }
  root.classList.add('js');

  function updateToggle(button) {
    var dark = currentTheme() === 'dark';
    button.setAttribute('aria-pressed', dark ? 'true' : 'false');
    button.setAttribute('title', dark ? 'Dark mode is on: switch to the light theme' : 'Switch to the dark theme');
  }

  function initThemeToggle() {
    var container = document.querySelector('.site-header .inner') || document.querySelector('header');
    if (!container || container.querySelector('.theme-toggle')) {
      return;
    }
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'theme-toggle';
    // The name stays "Dark mode"; aria-pressed tells whether it is on.
    var icon = document.createElement('span');
    icon.setAttribute('aria-hidden', 'true');
    icon.className = 'theme-toggle-icon';
    icon.textContent = '\u263E';
    button.appendChild(icon);
    button.appendChild(document.createTextNode(' Dark mode'));
    updateToggle(button);
    button.addEventListener('click', function () {
      var next = currentTheme() === 'dark' ? 'light' : 'dark';
      applyTheme(next);
      storeTheme(next);
      updateToggle(button);
    });
    container.appendChild(button);

    // Follow system changes while the reader has made no choice of their own.
    if (typeof window.matchMedia === 'function') {
      var query = window.matchMedia('(prefers-color-scheme: dark)');
      var onChange = function () {
        updateToggle(button);
      };
      if (typeof query.addEventListener === 'function') {
        query.addEventListener('change', onChange);
      } else if (typeof query.addListener === 'function') {
        query.addListener(onChange);
      }
    }
  }

  // ---------- sortable tables ----------

  function cellText(cell) {
    return (cell.textContent || '').replace(/\s+/g, ' ').trim();
  }

  function sortKey(row, index) {
    var cell = row.cells[index];
    if (!cell) {
      return { numeric: false, text: '', number: NaN };
    }
    var raw = cell.getAttribute('data-sort');
    var number = raw === null ? NaN : parseFloat(raw);
    return { numeric: raw !== null && !isNaN(number), text: cellText(cell), number: number };
  }

  var collator = typeof Intl !== 'undefined' && Intl.Collator
    ? new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })
    : null;

  function compareText(a, b) {
    return collator ? collator.compare(a, b) : (a < b ? -1 : a > b ? 1 : 0);
  }

  function sortTable(table, header, index) {
    var body = table.tBodies[0];
    if (!body) {
      return;
    }
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var headers = table.tHead.rows[0].cells;
    for (var h = 0; h < headers.length; h++) {
      headers[h].removeAttribute('aria-sort');
    }
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');

    var rows = Array.prototype.slice.call(body.rows);
    var keyed = rows.map(function (row, position) {
      return { row: row, key: sortKey(row, index), position: position };
    });
    var numeric = keyed.length > 0 && keyed.every(function (entry) {
      return entry.key.numeric;
    });
    keyed.sort(function (a, b) {
      var result = numeric ? a.key.number - b.key.number : compareText(a.key.text, b.key.text);
      if (!ascending) {
        result = -result;
      }
      // Stable: equal keys keep their previous order.
      return result !== 0 ? result : a.position - b.position;
    });
    var fragment = document.createDocumentFragment();
    keyed.forEach(function (entry) {
      fragment.appendChild(entry.row);
    });
    body.appendChild(fragment);
  }

  function initSortableTable(table) {
    if (!table.tHead || !table.tHead.rows.length || !table.tBodies.length) {
      return;
    }
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (header, index) {
      var button = header.querySelector('button');
      if (!button) {
        // Headings written without a button get one, so they can be sorted from the keyboard too.
        button = document.createElement('button');
        button.type = 'button';
        while (header.firstChild) {
          button.appendChild(header.firstChild);
        }
        header.appendChild(button);
      }
      button.addEventListener('click', function () {
        sortTable(table, header, index);
      });
    });
  }

  // On a phone the navigation scrolls sideways in one line: bring the current page's link into view, without
  // moving the page itself (it may have opened at an anchor further down).
  function showCurrentNavLink() {
    var nav = document.querySelector('.site-nav');
    var current = nav && nav.querySelector('a[aria-current="page"]');
    if (!current || nav.scrollWidth <= nav.clientWidth) {
      return;
    }
    var navBox = nav.getBoundingClientRect();
    var linkBox = current.getBoundingClientRect();
    nav.scrollLeft += linkBox.left - navBox.left - (navBox.width - linkBox.width) / 2;
  }

  function init() {
    initThemeToggle();
    showCurrentNavLink();
    Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), initSortableTable);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
