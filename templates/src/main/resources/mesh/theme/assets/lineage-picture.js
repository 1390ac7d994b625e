/*
 * A product's lineage picture, chosen and drawn in the browser from graph/lineage.js, for the lineage explorer.
 * It is the build's picture, not a look-alike: the products are chosen as GraphPictures.lineage chooses them, laid
 * out by lineage-layout.js (NeighbourhoodLayout's port) and drawn as GraphSvg draws them, so the explorer needs no
 * page or picture per product and still shows what a product page shows. A browser test holds the two to the same
 * SVG; change them together. Every user text reaches the picture through textContent or setAttribute.
 *
 * lineage.js rows: products [id, name, domain name, page name, status, owner or null, domain's place], sorted by
 * name then id; domains [id, name, href, colour]; reads [consumer, producer, "contract, contract"], by place.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var ANY_DISTANCE = Infinity;
  var LABEL_CHARS = 24;
  var FRAME_LABEL_CHARS = 32;
  var CHAR_WIDTH = 7.6;
  var LEGEND_CHAR_WIDTH = 6.6;
  var NODE_HEIGHT = 38;
  var MIN_NODE_WIDTH = 96;
  var FRAME_HEADER = 18;
  var LEGEND_HEIGHT = 30;
  var COLOURS = 8;
  var MORE_UPSTREAM = 'm:upstream';
  var MORE_DOWNSTREAM = 'm:downstream';
  // Java's String.strip and \s, which are narrower than JavaScript's: a no-break space is text, not a gap.
  var JAVA_SPACE = /[ \t\n\x0B\f\r]+/g;
  var JAVA_WHITESPACE = '\t\n\x0B\f\r\x1C\x1D\x1E\x1F \u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009'
    + '\u200A\u2028\u2029\u205F\u3000';

  /** Each product's producers and consumers by place, each list in the order of their ids, like MeshGraph's. */
  function graphOf(data) {
    var up = data.products.map(function () {
      return [];
    });
    var down = data.products.map(function () {
      return [];
    });
    var through = {};
    data.reads.forEach(function (read) {
      up[read[0]].push(read[1]);
      down[read[1]].push(read[0]);
      through[read[1] + ' ' + read[0]] = read[2];
    });
    var byId = function (a, b) {
      var x = data.products[a][0];
      var y = data.products[b][0];
      return x < y ? -1 : x > y ? 1 : 0;
    };
    up.forEach(function (list) {
      list.sort(byId);
    });
    down.forEach(function (list) {
      list.sort(byId);
    });
    return { up: up, down: down, through: through };
  }

  /** Direct neighbours first, then theirs, each hop by name (places are in name order); the first limit drawn. */
  function side(place, next, taken, hops, limit) {
    var candidates = [];
    var seen = {};
    Object.keys(taken).forEach(function (key) {
      seen[key] = true;
    });
    var frontier = [place];
    var reached = 0;
    for (var hop = 1; hop <= hops && frontier.length; hop++) {
      var nextHop = [];
      var inHop = {};
      frontier.forEach(function (at) {
        next[at].forEach(function (other) {
          if (!inHop[other]) {
            inHop[other] = true;
            nextHop.push(other);
          }
        });
      });
      if (candidates.length < limit) {
        nextHop.sort(function (a, b) {
          return a - b;
        });
      }
      var added = nextHop.filter(function (other) {
        if (seen[other]) {
          return false;
        }
        seen[other] = true;
        return true;
      });
      candidates = candidates.concat(added);
      frontier = added;
      reached = added.length ? hop : reached;
    }
    var shown = candidates.slice(0, Math.min(limit, candidates.length));
    shown.forEach(function (other) {
      taken[other] = true;
    });
    return { shown: shown, hidden: candidates.length - shown.length, hops: reached };
  }

  /** How many hops the product's lineage reaches, upstream or downstream, whichever is farther. */
  function farthest(graph, place) {
    var only = function () {
      var taken = {};
      taken[place] = true;
      return taken;
    };
    return Math.max(side(place, graph.up, only(), ANY_DISTANCE, 0).hops,
      side(place, graph.down, only(), ANY_DISTANCE, 0).hops);
  }

  function reach(hops) {
    switch (hops) {
      case ANY_DISTANCE: return 'at any distance';
      case 1: return 'within one hop';
      case 2: return 'within two hops';
      case 3: return 'within three hops';
      default: return 'within ' + hops + ' hops';
    }
  }

  function count(n, noun) {
    return (n === 0 ? 'no' : String(n)) + ' '
      + (n === 1 ? noun : /y$/.test(noun) ? noun.slice(0, -1) + 'ies' : noun + 's');
  }

  function capitalised(text) {
    return text ? text.charAt(0).toUpperCase() + text.slice(1) : text;
  }

  function productHref(product) {
    return 'products/' + product[3] + '.html';
  }

  function productItem(data, place, focus) {
    var p = data.products[place];
    var domain = data.domains[p[6]];
    return {
      id: 'p:' + p[0],
      frame: 'f:' + domain[0],
      label: p[1],
      detail: focus ? 'this product, ' + p[4] : p[4],
      title: p[1] + ' (' + p[0] + '), ' + p[2] + ', ' + p[4] + (p[5] === null ? '' : ', owned by ' + p[5]),
      href: productHref(p),
      kind: focus ? 'focus' : 'product',
      colour: domain[3],
      status: p[4]
    };
  }

  function more(id, hidden, what, href, title) {
    return { id: id, frame: null, label: '+' + hidden + ' more', detail: what, title: title, href: href,
      kind: 'more', colour: 0, status: null };
  }

  /** One line per producer and consumer pair among the drawn products, ordered by producer id, then consumer's. */
  function linesBetween(data, graph, shown) {
    var drawn = {};
    shown.forEach(function (place) {
      drawn[place] = true;
    });
    var lines = [];
    shown.forEach(function (consumer) {
      graph.up[consumer].forEach(function (producer) {
        if (drawn[producer] && producer !== consumer) {
          lines.push({
            key: data.products[producer][0] + '\u0000' + data.products[consumer][0],
            from: 'p:' + data.products[producer][0],
            to: 'p:' + data.products[consumer][0],
            weight: 1,
            title: data.products[consumer][1] + ' reads ' + data.products[producer][1] + ' through '
              + graph.through[producer + ' ' + consumer]
          });
        }
      });
    });
    return lines.sort(function (a, b) {
      return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    });
  }

  function framesOf(data, shown) {
    var domains = [];
    shown.forEach(function (place) {
      var domain = data.products[place][6];
      if (domains.indexOf(domain) < 0) {
        domains.push(domain);
      }
    });
    domains.sort(function (a, b) {
      var x = data.domains[a];
      var y = data.domains[b];
      return x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0;
    });
    return domains.map(function (place) {
      var d = data.domains[place];
      return { id: 'f:' + d[0], label: d[1], title: 'Domain ' + d[1], href: d[2], colour: d[3] };
    });
  }

  /** What the picture of a product's lineage up to hops hops each way shows, as GraphPictures.lineage. */
  function sketch(data, graph, place, hops, sideLimit) {
    var focus = data.products[place];
    var taken = {};
    taken[place] = true;
    var upstream = side(place, graph.up, taken, hops, sideLimit);
    var downstream = side(place, graph.down, taken, hops, sideLimit);
    var shown = [place].concat(upstream.shown, downstream.shown);
    var items = shown.map(function (at) {
      return productItem(data, at, at === place);
    });
    var lines = linesBetween(data, graph, shown);
    var within = reach(hops);
    var pageHref = productHref(focus);
    var lists = "the product's page lists";
    if (upstream.hidden > 0) {
      items.push(more(MORE_UPSTREAM, upstream.hidden, 'upstream', pageHref + '#upstream',
        upstream.hidden + ' more upstream products ' + within + '; ' + lists + ' every direct one'));
      lines.push({ from: MORE_UPSTREAM, to: 'p:' + focus[0], weight: 1, title: 'More upstream products' });
    }
    if (downstream.hidden > 0) {
      items.push(more(MORE_DOWNSTREAM, downstream.hidden, 'downstream', pageHref + '#downstream',
        downstream.hidden + ' more downstream products ' + within + '; ' + lists + ' every direct one'));
      lines.push({ from: 'p:' + focus[0], to: MORE_DOWNSTREAM, weight: 1, title: 'More downstream products' });
    }
    var summary = capitalised(count(upstream.shown.length + upstream.hidden, 'upstream product')) + ' and '
      + count(downstream.shown.length + downstream.hidden, 'downstream product') + ' ' + within
      + (upstream.hidden + downstream.hidden > 0
        ? '; ' + (upstream.shown.length + downstream.shown.length) + ' drawn, the rest in the lists of its page'
        : '')
      + '.';
    return {
      title: 'Lineage of ' + focus[1] + ': ' + summary,
      summary: summary,
      focus: 'p:' + focus[0],
      frames: framesOf(data, shown),
      items: items,
      lines: lines
    };
  }

  // ---- drawing, as GraphSvg and GraphLegend

  function codePoints(text) {
    return Array.from(text);
  }

  function stripped(text) {
    var start = 0;
    var end = text.length;
    while (start < end && JAVA_WHITESPACE.indexOf(text.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && JAVA_WHITESPACE.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.slice(start, end);
  }

  /** At most max code points, an ellipsis marking the cut. */
  function cut(text, max) {
    var clean = text === null || text === undefined ? '' : stripped(text).replace(JAVA_SPACE, ' ');
    var points = codePoints(clean);
    if (points.length <= max) {
      return clean;
    }
    var kept = points.slice(0, max - 1).join('');
    var end = kept.length;
    while (end > 0 && JAVA_WHITESPACE.indexOf(kept.charAt(end - 1)) >= 0) {
      end--;
    }
    return kept.slice(0, end) + '\u2026';
  }

  function textWidth(text, charWidth) {
    return Math.ceil(codePoints(text).length * charWidth);
  }

  function thickness(weight) {
    return weight <= 1 ? 1.5 : Math.min(10, 1.5 + 1.6 * (Math.log(weight) / Math.log(2)));
  }

  function nodeWidth(item) {
    var label = cut(item.label, LABEL_CHARS);
    var chars = Math.max(codePoints(label).length, item.detail === null ? 0 : Math.ceil(item.detail.length * 0.85));
    return Math.max(MIN_NODE_WIDTH, Math.ceil(Math.min(chars, LABEL_CHARS) * CHAR_WIDTH + 24));
  }

  /** One decimal at most, as GraphSvg.num. */
  function num(value) {
    var tenths = Math.round(value * 10);
    if (tenths % 10 === 0) {
      return String(tenths / 10);
    }
    var whole = Math.abs(tenths);
    return (tenths < 0 ? '-' : '') + Math.floor(whole / 10) + '.' + whole % 10;
  }

  function diagram(picture) {
    return {
      clusters: picture.frames.map(function (frame) {
        return { id: frame.id, headerHeight: FRAME_HEADER, minWidth: textWidth(cut(frame.label, FRAME_LABEL_CHARS), 8.0) + 24 };
      }),
      nodes: picture.items.map(function (item) {
        return { id: item.id, clusterId: item.frame, width: nodeWidth(item), height: NODE_HEIGHT };
      }),
      edges: picture.lines.map(function (line) {
        return { from: line.from, to: line.to, thickness: thickness(line.weight) };
      })
    };
  }

  /** What Xml.escape keeps of a text: a character XML cannot hold becomes U+FFFD. */
  function xml(text) {
    return String(text).replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]|[\x00-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g,
      function (found) {
        return found.length === 2 ? found : '\uFFFD';
      });
  }

  function element(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes || {}).forEach(function (key) {
      node.setAttribute(key, xml(attributes[key]));
    });
    if (text !== undefined) {
      node.textContent = xml(text);
    }
    return node;
  }

  function box(b) {
    return { x: num(b.x), y: num(b.y), width: num(b.width), height: num(b.height) };
  }

  function legend(arrow) {
    var g = element('g', { 'class': 'graph-legend', 'aria-hidden': 'true' });
    var caption = function (x, text) {
      g.appendChild(element('text', { 'class': 'graph-legend-text', x: num(x), y: '19' }, text));
      return x + textWidth(text, LEGEND_CHAR_WIDTH);
    };
    var legendBox = function (x, classes, text) {
      var key = element('g', { 'class': classes });
      key.appendChild(element('rect', { x: num(x), y: '7', width: '22', height: '16',
        rx: classes.indexOf('gk-product') >= 0 ? '3' : '8' }));
      g.appendChild(key);
      return caption(x + 28, text) + 16;
    };
    var x = 12;
    x = legendBox(x, 'graph-node gk-focus', 'this product');
    x = legendBox(x, 'graph-node gk-product gs-active', 'active');
    x = legendBox(x, 'graph-node gk-product gs-draft', 'draft, proposed');
    x = legendBox(x, 'graph-node gk-product gs-deprecated', 'deprecated');
    x = legendBox(x, 'graph-node gk-product gs-retired', 'retired');
    x = legendBox(x, 'graph-node gk-more', 'more: see lists');
    g.appendChild(element('path', { 'class': 'graph-edge', d: 'M' + num(x) + ',15L' + num(x + 28) + ',15',
      'marker-end': 'url(#' + arrow + ')' }));
    return { element: g, width: caption(x + 34, 'data flows from producer to consumer') + 12 };
  }

  function linked(a, href, title, b, radius, root) {
    a.setAttribute('href', href.charAt(0) === '#' ? href : root + href);
    a.appendChild(element('title', {}, title));
    var rect = box(b);
    rect.rx = radius;
    a.appendChild(element('rect', rect));
  }

  /** The picture as an SVG element, as GraphSvg.draw(sketch, root, pictureId) writes it. */
  function draw(picture, layout, root, pictureId) {
    var arrow = 'graph-arrow-' + pictureId;
    var key = legend(arrow);
    var width = Math.max(layout.width, key.width);
    var height = layout.height + LEGEND_HEIGHT;
    var svg = element('svg', { 'class': 'graph-svg', width: num(width), height: num(height),
      viewBox: '0 0 ' + num(width) + ' ' + num(height), role: 'group', 'aria-label': picture.title });
    svg.appendChild(element('title', {}, picture.title));
    var defs = element('defs');
    var marker = element('marker', { id: arrow, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7',
      markerHeight: '7', markerUnits: 'userSpaceOnUse', orient: 'auto' });
    marker.appendChild(element('path', { 'class': 'graph-arrowhead', d: 'M0,0L10,5L0,10z' }));
    defs.appendChild(marker);
    svg.appendChild(defs);
    svg.appendChild(key.element);
    var body = element('g', { transform: 'translate(0,' + num(LEGEND_HEIGHT) + ')' });
    var frames = {};
    picture.frames.forEach(function (frame) {
      frames[frame.id] = frame;
    });
    layout.clusters.forEach(function (b) {
      var frame = frames[b.id];
      var a = element('a', { 'class': 'graph-frame gc' + frame.colour % COLOURS });
      linked(a, frame.href, frame.title, b, '8', root);
      a.appendChild(element('text', { x: num(b.x + 10), y: num(b.y + 17) },
        cut(frame.label, Math.trunc(Math.max(4, (b.width - 20) / 8.0)))));
      body.appendChild(a);
    });
    var lines = {};
    picture.lines.forEach(function (line) {
      lines[line.from + '\u0000' + line.to] = line;
    });
    var edges = element('g', { 'class': 'graph-edges' });
    layout.routes.forEach(function (route) {
      if (route.points.length < 2) {
        return;
      }
      var line = lines[route.from + '\u0000' + route.to];
      var d = route.points.map(function (point, i) {
        return (i === 0 ? 'M' : 'L') + num(point[0]) + ',' + num(point[1]);
      }).join('');
      var path = element('path', { 'class': 'graph-edge', 'data-from': line.from, 'data-to': line.to, d: d });
      if (line.weight > 1) {
        path.setAttribute('stroke-width', num(thickness(line.weight)));
      }
      path.setAttribute('marker-end', 'url(#' + arrow + ')');
      path.appendChild(element('title', {}, line.title));
      edges.appendChild(path);
    });
    body.appendChild(edges);
    var items = {};
    picture.items.forEach(function (item) {
      items[item.id] = item;
    });
    layout.nodes.forEach(function (b) {
      var item = items[b.id];
      var classes = 'graph-node gk-' + item.kind;
      if (item.status !== null) {
        classes += ' gs-' + item.status.toLowerCase().replace(/[^a-z]/g, '');
      }
      if (item.kind !== 'more') {
        classes += ' gc' + item.colour % COLOURS;
      }
      var a = element('a', { 'class': classes, 'data-node': item.id });
      linked(a, item.href, item.title, b, item.kind === 'more' ? '16' : '4', root);
      var fits = Math.trunc(Math.max(4, (b.width - 16) / CHAR_WIDTH));
      var centre = b.x + b.width / 2;
      a.appendChild(element('text', { 'class': 'graph-label', x: num(centre), y: num(b.y + (item.detail === null ? 23 : 17)) },
        cut(item.label, fits)));
      if (item.detail !== null) {
        a.appendChild(element('text', { 'class': 'graph-detail', x: num(centre), y: num(b.y + 31) },
          cut(item.detail, fits + 4)));
      }
      body.appendChild(a);
    });
    svg.appendChild(body);
    return svg;
  }

  /** The product's lineage as the build would draw it: {svg, summary, nodes (the ids drawn)}. */
  function picture(data, graph, place, hops, sideLimit, root, pictureId) {
    var chosen = sketch(data, graph, place, hops, sideLimit);
    var layout = window.meshNeighbourhoodLayout(diagram(chosen), chosen.focus);
    return {
      svg: draw(chosen, layout, root, pictureId),
      summary: chosen.summary,
      nodes: chosen.items.map(function (item) {
        return item.id;
      })
    };
  }

  window.meshLineagePicture = {
    ANY_DISTANCE: ANY_DISTANCE,
    graphOf: graphOf,
    farthest: farthest,
    reach: reach,
    sketch: sketch,
    picture: picture
  };
})();
