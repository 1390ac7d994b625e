/*
 * Catalog search: the box in every page's header. The pages are complete without it; the form stays hidden
 * until this script runs.
 *
 * The index was built with the site (search/manifest.js, search/terms-n.js, search/docs-n.js). Pages opened
 * from file:// may not fetch files, so each index file is a script that hands its data to meshSearch.add().
 * Nothing is loaded before the reader focuses the box; then only the term shards of the words typed and the
 * documents of the results on screen. Lunr (copied from its WebJar) matches prefixes and typos against a shard's
 * terms.
 *
 * Ranking: the whole query equals an id or a name; then every word equals a word of the document; then words
 * are prefixes; then typos. Within a rank, a match in a name beats a tag, an owner, then a description.
 *
 * Keyboard: "/" focuses the box (unless typing elsewhere), ArrowDown/ArrowUp move through the results, Enter
 * opens the selected one (or the first), Escape closes the list. This is the ARIA combobox pattern: focus stays
 * in the box, aria-activedescendant names the selected option, a status line announces the count.
 */
(function () {
  'use strict';

  var MAX_SHOWN = 12;
  // The "all results" page lists this many; a query matching more is better narrowed than scrolled.
  var MAX_LISTED = 500;
  var KEY_FIELD = 0;
  var NAME_FIELD = 1;
  var MAX_SHARDS_PER_WORD = 3;
  // Lunr's edit-distance automaton grows with the word's length and the distance: a 120-letter word blocked the
  // tab for seconds. Longer words match as whole words and prefixes only, which is what a pasted id needs.
  var MAX_FUZZY_LENGTH = 24;
  // Typing runs one search after a pause rather than one per key.
  var TYPING_PAUSE_MS = 60;
  var FIELD_LABELS = ['id or name', 'name', 'tag', 'owner or domain', 'description', 'server or support channel'];
  var TIER_LABELS = ['exact', 'word', 'prefix', 'fuzzy'];
  var KIND_LABELS = {
    domain: 'Domain', product: 'Product', contract: 'Contract', team: 'Team', property: 'Property'
  };
  var SEPARATORS = /[^\p{L}\p{N}_]+/u;

  var store = { manifest: null, terms: {}, docs: {} };

  // The index files call this as they load.
  window.meshSearch = {
    add: function (kind, key, data) {
      if (kind === 'manifest') {
        store.manifest = data;
      } else if (kind === 'terms') {
        store.terms[key] = shard(data);
      } else if (kind === 'docs') {
        store.docs[key] = data;
      }
    }
  };

  function shard(data) {
    var postings = new Map();
    data.terms.forEach(function (term, index) {
      var previous = 0;
      postings.set(term, data.postings[index].map(function (delta) {
        previous += delta;
        return previous;
      }));
    });
    var tokens = null;
    return {
      postings: postings,
      // Built on the first prefix or fuzzy lookup; the terms arrive sorted, as Lunr requires.
      tokens: function () {
        if (!tokens) {
          tokens = window.lunr.TokenSet.fromArray(data.terms);
        }
        return tokens;
      }
    };
  }

  // ---------- loading index files as scripts ----------

  var root = '';
  var loads = {};

  function load(path, done) {
    var entry = loads[path];
    if (entry && entry.state !== 'loading') {
      done(entry.state === 'loaded');
      return;
    }
    if (entry) {
      entry.callbacks.push(done);
      return;
    }
    entry = loads[path] = { state: 'loading', callbacks: [done] };
    var script = document.createElement('script');
    script.src = root + path;
    script.async = true;
    var finish = function (state) {
      entry.state = state;
      entry.callbacks.splice(0).forEach(function (callback) {
        callback(state === 'loaded');
      });
    };
    script.onload = function () {
      finish('loaded');
    };
    script.onerror = function () {
      finish('failed');
    };
    document.head.appendChild(script);
  }

  function loadAll(paths, done) {
    var remaining = paths.length;
    var ok = true;
    if (remaining === 0) {
      done(true);
      return;
    }
    paths.forEach(function (path) {
      load(path, function (loaded) {
        ok = ok && loaded;
        remaining -= 1;
        if (remaining === 0) {
          done(ok);
        }
      });
    });
  }

  function unique(values) {
    return values.filter(function (value, index) {
      return values.indexOf(value) === index;
    });
  }

  // ---------- matching and ranking (mirrors SearchIndex.normalize and words) ----------

  function normalize(text) {
    return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
  }

  function queryWords(query) {
    return unique(query.split(SEPARATORS).filter(function (word) {
      return word.length >= 2;
    }));
  }

  /**
   * The term shards a word's terms can be in: shards hold consecutive terms, so the terms that start with the
   * word are in the shard where the word would be and the following ones up to where word + "\uffff" would be.
   * A very short word in a huge mesh spans many shards: only the first MAX_SHARDS_PER_WORD are searched.
   */
  function shardsOf(word) {
    var first = store.manifest.shards;
    var start = 0;
    while (start + 1 < first.length && first[start + 1] <= word) {
      start += 1;
    }
    var end = start;
    while (end + 1 < first.length && first[end + 1] < word + '\uffff' && end - start + 1 < MAX_SHARDS_PER_WORD) {
      end += 1;
    }
    var shards = [];
    for (var i = start; i <= end && first.length; i++) {
      shards.push(String(i));
    }
    return shards;
  }

  function termsOf(shardData, query) {
    return shardData.tokens().intersect(query).toArray();
  }

  /** Documents a word matches, each with its best tier (1 word, 2 prefix, 3 fuzzy) and field. */
  function matchWord(word) {
    var hits = new Map();
    var distance = word.length > MAX_FUZZY_LENGTH ? 0 : word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0;
    shardsOf(word).forEach(function (key) {
      var shardData = store.terms[key];
      if (!shardData) {
        return;
      }
      var record = function (term, tier) {
        (shardData.postings.get(term) || []).forEach(function (posting) {
          var doc = Math.floor(posting / 8);
          // A whole id or name is also a word of it.
          var field = Math.max(posting % 8, NAME_FIELD);
          var current = hits.get(doc);
          if (!current || tier < current.tier || (tier === current.tier && field < current.field)) {
            hits.set(doc, { tier: tier, field: field, term: term });
          }
        });
      };
      record(word, 1);
      termsOf(shardData, window.lunr.TokenSet.fromString(word + '*')).forEach(function (term) {
        if (term !== word) {
          record(term, 2);
        }
      });
      if (distance > 0) {
        termsOf(shardData, window.lunr.TokenSet.fromFuzzyString(word, distance)).forEach(function (term) {
          if (term !== word && term.indexOf(word) !== 0) {
            record(term, 3);
          }
        });
      }
    });
    return hits;
  }

  function rank(query) {
    var words = queryWords(query);
    var results = new Map();
    if (words.length) {
      var perWord = words.map(matchWord);
      perWord[0].forEach(function (first, doc) {
        var tier = first.tier;
        var fields = first.field;
        for (var w = 1; w < perWord.length; w++) {
          var hit = perWord[w].get(doc);
          if (!hit) {
            return;
          }
          tier = Math.max(tier, hit.tier);
          fields += hit.field;
        }
        results.set(doc, { doc: doc, tier: tier, fields: fields, field: first.field, term: first.term });
      });
    }
    var keyShard = store.terms[shardsOf(query)[0]];
    var exact = keyShard && keyShard.postings.get(query);
    (exact || []).forEach(function (posting) {
      if (posting % 8 === KEY_FIELD) {
        var doc = Math.floor(posting / 8);
        results.set(doc, { doc: doc, tier: 0, fields: 0, field: KEY_FIELD, term: query });
      }
    });
    return Array.from(results.values()).sort(function (a, b) {
      return a.tier - b.tier || a.fields - b.fields || a.doc - b.doc;
    });
  }

  function search(query, limit, done) {
    var words = queryWords(query);
    var shards = [];
    words.concat([query]).forEach(function (term) {
      shards = shards.concat(shardsOf(term));
    });
    shards = unique(shards);
    loadAll(shards.map(function (shard) {
      return 'search/terms-' + shard + '.js';
    }), function (termsLoaded) {
      var ranked = rank(query);
      var shown = ranked.slice(0, limit);
      var chunkSize = store.manifest.chunkSize;
      var chunks = unique(shown.map(function (result) {
        return Math.floor(result.doc / chunkSize);
      }));
      loadAll(chunks.map(function (chunk) {
        return 'search/docs-' + chunk + '.js';
      }), function (docsLoaded) {
        if (!termsLoaded || !docsLoaded) {
          done(null);
          return;
        }
        done({
          total: ranked.length,
          results: shown.map(function (result) {
            var doc = store.docs[String(Math.floor(result.doc / chunkSize))][result.doc % chunkSize];
            return {
              kind: doc[0], title: doc[1], context: doc[2], href: doc[3], snippet: doc[4],
              tier: result.tier, field: result.field, term: result.term
            };
          })
        });
      });
    });
  }

  // ---------- the combobox ----------

  function init() {
    var form = document.querySelector('form.site-search');
    if (!form) {
      return;
    }
    var input = form.querySelector('input[type="search"]');
    var list = form.querySelector('[role="listbox"]');
    var status = form.querySelector('.search-status');
    var note = form.querySelector('.search-note');
    root = form.getAttribute('data-root') || '';
    var active = -1;
    var options = [];
    var sequence = 0;
    var prepared = false;

    form.hidden = false;

    function prepare(then) {
      if (prepared) {
        then();
        return;
      }
      loadAll(['assets/lunr.min.js', 'search/manifest.js'], function (ok) {
        if (!ok || !window.lunr || !store.manifest) {
          announce('The search index could not be loaded.');
          return;
        }
        prepared = true;
        then();
      });
    }

    // The status line is read by screen readers; the note shows the same words when no list is open.
    function announce(text) {
      status.textContent = text;
      note.textContent = text;
    }

    function open(isOpen) {
      list.hidden = !isOpen;
      input.setAttribute('aria-expanded', isOpen ? 'true' : 'false');
      if (!isOpen) {
        select(-1);
      }
    }

    function select(index) {
      options.forEach(function (option, i) {
        option.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0 && options[index]) {
        input.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function allResultsOption(query, total) {
      var option = document.createElement('li');
      option.id = 'site-search-option-all';
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      option.className = 'search-result search-all';
      option.setAttribute('data-href', root + 'search.html?q=' + encodeURIComponent(query));
      var text = document.createElement('span');
      text.className = 'search-option';
      text.textContent = 'All ' + total + ' results';
      option.appendChild(text);
      return option;
    }

    function why(result) {
      if (result.tier === 0) {
        return 'exact ' + (result.kind === 'property' ? 'field name' : FIELD_LABELS[KEY_FIELD]);
      }
      var where = result.kind === 'property' && result.field === NAME_FIELD ? 'field name' : FIELD_LABELS[result.field];
      return TIER_LABELS[result.tier] + ' match in ' + where + ': ' + result.term;
    }

    function render(query, found) {
      list.textContent = '';
      list.setAttribute('data-query', query);
      options = [];
      if (!found.results.length) {
        open(false);
        announce('No results.');
        return;
      }
      found.results.forEach(function (result, index) {
        var option = document.createElement('li');
        option.id = 'site-search-option-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.className = 'search-result kind-' + result.kind;
        option.setAttribute('data-tier', TIER_LABELS[result.tier]);
        // An option's content is presentational (no link inside it); the option itself opens its page.
        option.setAttribute('data-href', root + result.href);
        var link = document.createElement('span');
        link.className = 'search-option';
        var kind = document.createElement('span');
        kind.className = 'search-kind';
        kind.textContent = KIND_LABELS[result.kind] || result.kind;
        var title = document.createElement('span');
        title.className = 'search-title';
        title.textContent = result.title;
        link.appendChild(kind);
        link.appendChild(title);
        var context = document.createElement('span');
        context.className = 'search-context';
        context.textContent = result.context;
        link.appendChild(context);
        var reason = document.createElement('span');
        reason.className = 'search-why';
        reason.textContent = why(result);
        link.appendChild(reason);
        option.appendChild(link);
        option.addEventListener('mousedown', function (event) {
          // Keep the focus in the box until the click lands.
          event.preventDefault();
        });
        option.addEventListener('click', function (event) {
          event.preventDefault();
          go(index);
        });
        list.appendChild(option);
        options.push(option);
      });
      if (found.total > found.results.length) {
        var all = allResultsOption(query, found.total);
        all.addEventListener('mousedown', function (event) {
          event.preventDefault();
        });
        all.addEventListener('click', function (event) {
          event.preventDefault();
          go(options.length - 1);
        });
        list.appendChild(all);
        options.push(all);
      }
      open(true);
      var more = found.total > found.results.length
        ? ' (the first ' + found.results.length + ' shown, then a link to all of them)' : '';
      announce(found.total + (found.total === 1 ? ' result' : ' results') + more +
        '. Use the arrow keys to choose, Enter to open.');
    }

    function go(index) {
      var option = options[index];
      if (option) {
        window.location.href = option.getAttribute('data-href');
      }
    }

    function update() {
      clearTimeout(pending);
      var query = normalize(input.value);
      var mine = ++sequence;
      if (query.length < 2) {
        list.textContent = '';
        options = [];
        open(false);
        announce(query.length ? 'Type at least two characters.' : '');
        return;
      }
      prepare(function () {
        search(query, MAX_SHOWN, function (found) {
          if (mine !== sequence) {
            return;
          }
          if (!found) {
            announce('Part of the search index could not be loaded.');
            return;
          }
          render(query, found);
        });
      });
    }

    input.addEventListener('focus', function () {
      prepare(function () {
        if (input.value && options.length) {
          open(true);
        }
      });
    });
    var pending = null;
    input.addEventListener('input', function () {
      clearTimeout(pending);
      pending = setTimeout(update, TYPING_PAUSE_MS);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        if (!options.length) {
          return;
        }
        if (list.hidden) {
          open(true);
        }
        var step = event.key === 'ArrowDown' ? 1 : -1;
        select(active < 0 ? (step > 0 ? 0 : options.length - 1) : (active + step + options.length) % options.length);
      } else if (event.key === 'Enter') {
        event.preventDefault();
        if (options.length) {
          go(active >= 0 ? active : 0);
        }
      } else if (event.key === 'Escape') {
        if (!list.hidden) {
          event.preventDefault();
          open(false);
        } else if (input.value) {
          event.preventDefault();
          input.value = '';
          update();
        }
      }
    });
    input.addEventListener('blur', function () {
      open(false);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
    });

    document.addEventListener('keydown', function (event) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
        return;
      }
      var target = event.target;
      var tag = target && target.tagName;
      if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || (target && target.isContentEditable)) {
        return;
      }
      event.preventDefault();
      input.focus();
      input.select();
    });
  }

  // ---------- the "all results" page (search.html?q=...) ----------

  function initPage() {
    var page = document.getElementById('search-page');
    if (!page) {
      return;
    }
    var form = page.querySelector('form');
    var input = form.querySelector('input');
    var status = page.querySelector('.search-page-status');
    var list = page.querySelector('.search-page-results');
    var query = normalize(new URLSearchParams(window.location.search).get('q') || '');
    root = page.getAttribute('data-root') || '';
    page.querySelector('.search-page-nojs').hidden = true;
    form.hidden = false;
    input.value = query;
    // The page's policy forbids form submissions: the query goes into the address, which reloads the page.
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      window.location.search = '?q=' + encodeURIComponent(input.value);
    });
    if (query.length < 2) {
      status.textContent = query.length ? 'Type at least two characters.' : 'Type what you are looking for.';
      return;
    }
    status.textContent = 'Searching\u2026';
    loadAll(['assets/lunr.min.js', 'search/manifest.js'], function (ok) {
      if (!ok || !window.lunr || !store.manifest) {
        status.textContent = 'The search index could not be loaded.';
        return;
      }
      search(query, MAX_LISTED, function (found) {
        if (!found) {
          status.textContent = 'Part of the search index could not be loaded.';
          return;
        }
        list.textContent = '';
        found.results.forEach(function (result) {
          var item = document.createElement('li');
          item.className = 'search-page-result kind-' + result.kind;
          var kind = document.createElement('span');
          kind.className = 'search-kind';
          kind.textContent = KIND_LABELS[result.kind] || result.kind;
          var link = document.createElement('a');
          link.href = root + result.href;
          link.textContent = result.title;
          var context = document.createElement('span');
          context.className = 'search-context';
          context.textContent = result.context;
          item.appendChild(kind);
          item.appendChild(link);
          item.appendChild(context);
          if (result.snippet) {
            var snippet = document.createElement('p');
            snippet.className = 'search-snippet';
            snippet.textContent = result.snippet;
            item.appendChild(snippet);
          }
          list.appendChild(item);
        });
        status.textContent = found.total === 0 ? 'No results for \u201c' + query + '\u201d.'
          : found.total + (found.total === 1 ? ' result' : ' results') + ' for \u201c' + query + '\u201d' +
            (found.total > found.results.length ? ', the first ' + found.results.length + ' listed.' : '.');
      });
    });
  }

  function start() {
    init();
    initPage();
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
