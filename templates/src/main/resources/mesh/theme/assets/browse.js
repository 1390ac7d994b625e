/*
 * The lists of every product, contract and team (products.html and the pages after it). Without script each page
 * shows its rows. With script, the filters and the sort read the address (products.html?owner=checkout-squad),
 * so a filtered list is a link, from a web server or a folder on disk alike: the rows of every page are loaded
 * as scripts (file:// pages may not fetch), filtered, sorted and shown in place of the page's own rows.
 */
(function () {
  'use strict';

  var SHOWN = 1000;
  var FILTERS = ['domain', 'owner', 'status', 'tag', 'classification', 'pii'];
  var pages = [];
  var filterValues = [];

  window.meshBrowse = {
    add: function (number, rows) {
      pages[number - 1] = rows;
    },
    filters: function (filters) {
      filterValues = filters;
    }
  };

  function load(src, done) {
    var script = document.createElement('script');
    script.src = src;
    script.onload = function () {
      done(true);
    };
    script.onerror = function () {
      done(false);
    };
    document.head.appendChild(script);
  }

  function loadAll(sources, done) {
    var remaining = sources.length;
    var ok = true;
    if (!remaining) {
      done(true);
      return;
    }
    sources.forEach(function (src) {
      load(src, function (loaded) {
        ok = ok && loaded;
        remaining -= 1;
        if (!remaining) {
          done(ok);
        }
      });
    });
  }

  function matches(row, wanted) {
    return FILTERS.every(function (name) {
      var value = wanted[name];
      if (!value) {
        return true;
      }
      if (name === 'tag') {
        return row.tags.indexOf(value) >= 0;
      }
      if (name === 'classification') {
        return row.classifications.indexOf(value) >= 0;
      }
      if (name === 'pii') {
        return (value === 'yes') === row.pii;
      }
      return row[name] === value;
    });
  }

  function compare(sort) {
    var byName = function (a, b) {
      return a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    };
    if (sort === 'score') {
      return function (a, b) {
        return a.score - b.score || byName(a, b);
      };
    }
    if (sort === 'consumers') {
      return function (a, b) {
        return b.consumers - a.consumers || byName(a, b);
      };
    }
    if (sort === 'changed') {
      return function (a, b) {
        var x = a.changed || '';
        var y = b.changed || '';
        return x < y ? 1 : x > y ? -1 : byName(a, b);
      };
    }
    return byName;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  function link(href, text) {
    var a = el('a', null, text);
    a.href = href;
    return a;
  }

  function cell(tag, className, child) {
    var node = el(tag, className);
    if (child) {
      node.appendChild(child);
    }
    return node;
  }

  function rowOf(kind, r, root, list) {
    var tr = el('tr');
    var name = el('th');
    name.setAttribute('scope', 'row');
    name.appendChild(link(root + r.href, r.name));
    if (kind === 'teams') {
      tr.appendChild(name);
      tr.appendChild(cell('td', null, link(root + 'products.html?owner=' + encodeURIComponent(r.owner), r.detail)));
      tr.appendChild(el('td', 'num', String(r.consumers)));
      return tr;
    }
    if (r.detail) {
      name.appendChild(document.createTextNode(' '));
      name.appendChild(el('span', 'muted', 'v' + r.detail));
    }
    tr.appendChild(name);
    tr.appendChild(cell('td', null, r.domain ? link(root + list + '?domain=' + encodeURIComponent(r.domain),
      r.domainName || r.domain) : null));
    tr.appendChild(cell('td', null, r.owner ? link(root + list + '?owner=' + encodeURIComponent(r.owner),
      r.ownerName || r.owner) : el('span', 'no-owner', 'no owner')));
    var status = link(root + list + '?status=' + encodeURIComponent(r.status), null);
    status.className = 'pill-link';
    status.appendChild(el('span', 'badge status-' + r.status, r.status));
    tr.appendChild(cell('td', null, status));
    var tags = el('td');
    if (r.tags.length) {
      var ul = el('ul', 'tags');
      r.tags.forEach(function (tag) {
        var li = el('li', 'tag');
        li.appendChild(link(root + list + '?tag=' + encodeURIComponent(tag), tag));
        ul.appendChild(li);
      });
      tags.appendChild(ul);
    }
    tr.appendChild(tags);
    var classes = el('td', null, r.classifications.join(', '));
    if (r.pii) {
      classes.appendChild(document.createTextNode(' '));
      classes.appendChild(el('span', 'badge pii', 'PII'));
    }
    tr.appendChild(classes);
    var band = r.score >= 80 ? 'score-high' : r.score >= 50 ? 'score-mid' : 'score-low';
    tr.appendChild(cell('td', 'num', el('span', 'score ' + band, String(r.score))));
    tr.appendChild(el('td', 'num', String(r.consumers)));
    tr.appendChild(el('td', null, r.changed || ''));
    return tr;
  }

  function init() {
    var page = document.querySelector('[data-browse]');
    if (!page) {
      return;
    }
    var form = page.querySelector('form.browse-filters');
    if (!form) {
      return;
    }
    var root = page.getAttribute('data-root') || '';
    load(root + page.getAttribute('data-filters'), function () {
      filterValues.forEach(function (filter) {
        var select = form.querySelector('select[name="' + filter.name + '"]');
        if (select) {
          filter.options.forEach(function (option) {
            var node = el('option', null, option.value);
            node.value = option.key;
            select.appendChild(node);
          });
        }
      });
      start(page, form, root);
    });
  }

  function start(page, form, root) {
    var kind = page.getAttribute('data-browse');
    var list = kind + '.html';
    var status = page.querySelector('.browse-status');
    var params = new URLSearchParams(window.location.search);
    var wanted = {};
    var active = false;
    Array.prototype.forEach.call(form.querySelectorAll('select'), function (select) {
      var value = params.get(select.name) || '';
      if (value && !Array.prototype.some.call(select.options, function (o) {
        return o.value === value;
      })) {
        // A value no row has (an old link): offered, so the list says plainly that nothing matches.
        var option = el('option', null, value);
        option.value = value;
        select.appendChild(option);
      }
      select.value = value;
      wanted[select.name] = value;
      active = active || !!value;
      select.addEventListener('change', function () {
        var next = new URLSearchParams();
        Array.prototype.forEach.call(form.querySelectorAll('select'), function (s) {
          if (s.value) {
            next.set(s.name, s.value);
          }
        });
        var query = next.toString();
        // On the list's first page, so the filtered rows of every page are what is shown.
        window.location.href = root + list + (query ? '?' + query : '');
      });
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });
    form.hidden = false;
    if (!active) {
      return;
    }
    status.textContent = 'Loading the list\u2026';
    var sources = (page.getAttribute('data-scripts') || '').split(' ').filter(Boolean).map(function (s) {
      return root + s;
    });
    loadAll(sources, function (ok) {
      if (!ok) {
        status.textContent = 'Part of the list could not be loaded; the page shows its own rows.';
        return;
      }
      var all = [].concat.apply([], pages.filter(Boolean));
      var found = all.filter(function (row) {
        return matches(row, wanted);
      }).sort(compare(wanted.sort));
      var tbody = page.querySelector('table.browse-table tbody');
      tbody.textContent = '';
      found.slice(0, SHOWN).forEach(function (row) {
        tbody.appendChild(rowOf(kind, row, root, list));
      });
      var pager = page.querySelector('.pager');
      if (pager) {
        pager.hidden = true;
      }
      var count = page.querySelector('.browse-count');
      if (count) {
        count.hidden = true;
      }
      var filtered = FILTERS.some(function (name) {
        return wanted[name];
      });
      status.textContent = (filtered ? found.length + ' of ' + all.length + ' match' : all.length + ' in all') +
        (found.length > SHOWN ? '; the first ' + SHOWN + ' are shown, choose a filter to narrow.' : '.');
      page.setAttribute('data-filtered', String(found.length));
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
