/*
 * The lineage explorer (graph/explore.html?product=<page name>) and the graph page's way into it. The explorer
 * draws the product's lineage one depth at a time, chosen with radio buttons, with lineage-picture.js from
 * graph/lineage.js (every product, domain and dependency; a script, since a page opened from a folder on disk may
 * not fetch files); pan and zoom (d3-zoom) with buttons, dragging, Ctrl and the wheel or two fingers, while one
 * finger still scrolls the page; and the shortest path to a second product, listed hop by hop and highlighted on
 * the smallest depth that draws all of it. The domain map pans and zooms the same way. User text only ever
 * reaches the page through textContent.
 */
(function () {
  'use strict';

  var SVG = 'http://www.w3.org/2000/svg';
  var lineage = null;
  var waiting = [];

  window.meshLineage = function (data) {
    lineage = data;
    waiting.splice(0).forEach(function (done) {
      done();
    });
  };

  function withLineage(src, done) {
    if (lineage) {
      done();
      return;
    }
    waiting.push(done);
    if (waiting.length > 1) {
      return;
    }
    var script = document.createElement('script');
    script.src = src;
    script.async = true;
    document.head.appendChild(script);
  }

  function visible(element) {
    return !element.closest('[hidden]');
  }

  // ---- pan and zoom

  /** Only pinches and Ctrl+wheel zoom, so one finger and the plain wheel keep scrolling the page. */
  function gesture(event) {
    if (event.type === 'wheel') {
      return event.ctrlKey || event.metaKey;
    }
    if (event.type === 'touchstart') {
      return event.touches.length > 1;
    }
    return !event.button;
  }

  function zoomOf(svg) {
    if (svg.meshZoom) {
      return svg.meshZoom;
    }
    // Everything but the title, the arrowhead and the legend moves, so the legend stays where it is read.
    var layer = document.createElementNS(SVG, 'g');
    layer.setAttribute('class', 'graph-zoom');
    Array.prototype.slice.call(svg.children).forEach(function (child) {
      if (child.localName !== 'title' && child.localName !== 'defs' && !child.classList.contains('graph-legend')) {
        layer.appendChild(child);
      }
    });
    svg.appendChild(layer);
    var behaviour = window.d3.zoom()
      .scaleExtent([0.2, 5])
      .filter(gesture)
      .on('zoom', function (event) {
        layer.setAttribute('transform', event.transform.toString());
      });
    var selection = window.d3.select(svg).call(behaviour).on('dblclick.zoom', null);
    svg.meshZoom = {
      by: function (factor) {
        behaviour.scaleBy(selection, factor);
      },
      reset: function () {
        behaviour.transform(selection, window.d3.zoomIdentity);
      }
    };
    return svg.meshZoom;
  }

  function zooms() {
    return Boolean(window.d3 && window.d3.zoom);
  }

  function setUpZoom(explorer) {
    var buttons = explorer.querySelector('.explore-zoom');
    if (!buttons || !zooms()) {
      return;
    }
    var current = function () {
      var svgs = Array.prototype.filter.call(explorer.querySelectorAll('svg.graph-svg'), visible);
      return svgs.length ? zoomOf(svgs[0]) : null;
    };
    buttons.addEventListener('click', function (event) {
      var button = event.target.closest('button[data-zoom]');
      var zoom = current();
      if (!button || !zoom) {
        return;
      }
      var action = button.getAttribute('data-zoom');
      if (action === 'in') {
        zoom.by(1.25);
      } else if (action === 'out') {
        zoom.by(0.8);
      } else {
        zoom.reset();
      }
    });
    Array.prototype.forEach.call(explorer.querySelectorAll('svg.graph-svg'), function (svg) {
      if (visible(svg)) {
        zoomOf(svg);
      }
    });
  }

  // ---- paths between two products

  /** The shortest walk from one product to another along one direction, as the products' places; or null. */
  function shortest(next, from, to) {
    var before = {};
    before[from] = -1;
    var queue = [from];
    for (var i = 0; i < queue.length; i++) {
      var at = queue[i];
      if (at === to) {
        var path = [];
        for (var step = to; step !== -1; step = before[step]) {
          path.unshift(step);
        }
        return path;
      }
      next[at].forEach(function (other) {
        if (!(other in before)) {
          before[other] = at;
          queue.push(other);
        }
      });
    }
    return null;
  }

  /** The path's hops in the direction data flows: [producer, consumer, contracts]. */
  function hops(graph, flow) {
    var result = [];
    for (var i = 0; i + 1 < flow.length; i++) {
      result.push([flow[i], flow[i + 1], graph.through[flow[i] + ' ' + flow[i + 1]] || '']);
    }
    return result;
  }

  function productLink(root, product) {
    var a = document.createElement('a');
    a.href = root + 'products/' + product[3] + '.html';
    a.textContent = product[1];
    return a;
  }

  function listPath(root, data, flow, graph, into) {
    var first = data.products[flow[0]];
    var last = data.products[flow[flow.length - 1]];
    var title = document.createElement('p');
    title.className = 'explore-path-title';
    title.appendChild(document.createTextNode('Data flows from '));
    title.appendChild(productLink(root, first));
    title.appendChild(document.createTextNode(' to '));
    title.appendChild(productLink(root, last));
    title.appendChild(document.createTextNode(' in ' + (flow.length - 1) + (flow.length === 2 ? ' hop:' : ' hops:')));
    var list = document.createElement('ol');
    list.className = 'explore-hops';
    hops(graph, flow).forEach(function (hop) {
      var item = document.createElement('li');
      item.appendChild(productLink(root, data.products[hop[1]]));
      item.appendChild(document.createTextNode(' reads '));
      item.appendChild(productLink(root, data.products[hop[0]]));
      item.appendChild(document.createTextNode(' through '));
      var contracts = document.createElement('code');
      contracts.textContent = hop[2];
      item.appendChild(contracts);
      list.appendChild(item);
    });
    into.appendChild(title);
    into.appendChild(list);
  }

  /** The ids of the boxes and lines a path's flows draw on. */
  function pathParts(data, flows) {
    var nodes = {};
    var lines = {};
    flows.forEach(function (flow) {
      flow.forEach(function (place, i) {
        nodes['p:' + data.products[place][0]] = true;
        if (i + 1 < flow.length) {
          lines['p:' + data.products[place][0] + '\u0000p:' + data.products[flow[i + 1]][0]] = true;
        }
      });
    });
    return { nodes: nodes, lines: lines };
  }

  /** Marks the path's boxes and lines on the picture. */
  function highlight(svg, parts, shown) {
    svg.classList.toggle('path-shown', shown);
    Array.prototype.forEach.call(svg.querySelectorAll('[data-node]'), function (node) {
      node.classList.toggle('path-on', parts.nodes[node.getAttribute('data-node')] === true);
    });
    Array.prototype.forEach.call(svg.querySelectorAll('[data-from]'), function (line) {
      var key = line.getAttribute('data-from') + '\u0000' + line.getAttribute('data-to');
      line.classList.toggle('path-on', parts.lines[key] === true);
    });
  }

  function productOptions(select, data, except) {
    var options = document.createDocumentFragment();
    data.products.forEach(function (product, place) {
      if (place === except) {
        return;
      }
      var option = document.createElement('option');
      option.value = String(place);
      option.textContent = product[1] + ' (' + product[2] + ')';
      options.appendChild(option);
    });
    select.appendChild(options);
  }

  /** The graph page's and the explorer's "Explore the lineage of": choosing a product opens its explorer. */
  function setUpChooser(explorer, data, current) {
    var select = explorer.querySelector('select[data-go]');
    if (!select) {
      return;
    }
    var root = explorer.getAttribute('data-root') || '';
    productOptions(select, data, current);
    select.closest('.explore-choose').hidden = false;
    select.addEventListener('change', function () {
      if (select.value !== '') {
        location.href = root + 'graph/explore.html?product=' + encodeURIComponent(data.products[Number(select.value)][3]);
      }
    });
  }

  // ---- the explorer page

  function depthsOf(farthest, stepped) {
    var depths = [];
    for (var hops = 1; hops <= Math.max(1, Math.min(farthest, stepped)); hops++) {
      depths.push({ id: 'depth-' + hops, hops: hops,
        label: (hops === 1 ? '1 hop' : hops + ' hops') + (hops >= farthest ? ' (all)' : '') });
    }
    if (farthest > stepped) {
      depths.push({ id: 'depth-all', hops: window.meshLineagePicture.ANY_DISTANCE, label: 'All ' + farthest + ' hops' });
    }
    return depths;
  }

  function named(explorer, root, product) {
    explorer.querySelector('.explore-title').textContent = 'Lineage of ' + product[1];
    document.title = 'Lineage of ' + product[1] + ' \u00b7 ' + document.title;
    var lead = explorer.querySelector('.explore-lead');
    lead.textContent = 'What ';
    lead.appendChild(productLink(root, product));
    lead.appendChild(document.createTextNode(' reads from and what reads it, further than the two hops of its page.'));
    explorer.querySelector('.explore-self').textContent = product[1];
    var current = document.querySelector('.breadcrumbs [aria-current]');
    if (current) {
      var item = document.createElement('li');
      item.appendChild(productLink(root, product));
      current.parentNode.parentNode.insertBefore(item, current.parentNode);
    }
  }

  function setUpExplorer(explorer, data) {
    var root = explorer.getAttribute('data-root') || '';
    var pictures = window.meshLineagePicture;
    var graph = pictures.graphOf(data);
    var asked = new URLSearchParams(location.search).get('product');
    var here = -1;
    data.products.forEach(function (product, place) {
      if (product[3] === asked) {
        here = place;
      }
    });
    explorer.querySelector('.explore-nojs').hidden = true;
    setUpChooser(explorer, data, here);
    if (here < 0) {
      explorer.querySelector('.explore-missing').hidden = asked === null;
      return;
    }
    named(explorer, root, data.products[here]);
    var sideLimit = Number(explorer.getAttribute('data-side-limit'));
    var depths = depthsOf(pictures.farthest(graph, here), Number(explorer.getAttribute('data-stepped-depths')));
    var section = explorer.querySelector('.explore-depth');
    var control = explorer.querySelector('.explore-depths');
    var radios = depths.map(function (depth) {
      var label = document.createElement('label');
      var radio = document.createElement('input');
      radio.type = 'radio';
      radio.name = 'depth';
      radio.value = depth.id;
      label.appendChild(radio);
      label.appendChild(document.createTextNode(' ' + depth.label));
      control.appendChild(label);
      return radio;
    });
    var path = null;
    var drawn = null;
    var draw = function (index) {
      var depth = depths[index];
      drawn = pictures.picture(data, graph, here, depth.hops, sideLimit, root, depth.id);
      drawn.index = index;
      section.querySelector('h2').textContent = 'Lineage ' + pictures.reach(depth.hops);
      var scroll = section.querySelector('.graph-scroll');
      scroll.textContent = '';
      scroll.appendChild(drawn.svg);
      section.querySelector('figcaption').textContent = drawn.summary;
      radios.forEach(function (radio, i) {
        radio.checked = i === index;
      });
      if (path) {
        highlight(drawn.svg, path, true);
      }
      if (zooms()) {
        zoomOf(drawn.svg);
      }
    };
    control.addEventListener('change', function (event) {
      if (event.target.name === 'depth') {
        draw(radios.indexOf(event.target));
      }
    });
    var asked = function () {
      return depths.map(function (depth) {
        return depth.id;
      }).indexOf(location.hash.slice(1));
    };
    // A depth named in the address (#depth-1), on opening or followed as a link later.
    window.addEventListener('hashchange', function () {
      if (asked() >= 0) {
        draw(asked());
      }
    });
    draw(asked() >= 0 ? asked() : Math.min(depths.length - 1, 2));
    section.hidden = false;
    control.hidden = false;
    var buttons = explorer.querySelector('.explore-zoom');
    if (zooms()) {
      buttons.hidden = false;
    }
    setUpZoom(explorer);
    var select = explorer.querySelector('select.explore-path-to');
    productOptions(select, data, here);
    select.closest('.explore-choose').hidden = false;
    explorer.querySelector('#path').hidden = false;
    select.addEventListener('change', function () {
      if (select.value === '') {
        return;
      }
      var other = Number(select.value);
      var status = explorer.querySelector('.explore-status');
      var list = explorer.querySelector('.explore-paths');
      list.textContent = '';
      explorer.querySelector('.explore-hint').hidden = true;
      // Either way round: the second product downstream of this one, or upstream of it.
      var flows = [shortest(graph.down, here, other), shortest(graph.down, other, here)].filter(function (flow) {
        return flow !== null;
      });
      flows.forEach(function (flow) {
        listPath(root, data, flow, graph, list);
      });
      path = pathParts(data, flows);
      var name = data.products[other][1];
      var message;
      if (!flows.length) {
        message = 'No dependency path links ' + data.products[here][1] + ' and ' + name + ', in either direction.';
        highlight(drawn.svg, path, false);
      } else {
        message = (flows.length === 1 ? 'One path' : 'A path each way') + ' between ' + data.products[here][1]
          + ' and ' + name + '.';
        var needed = Object.keys(path.nodes);
        var holding = depths.map(function (depth) {
          var ids = pictures.sketch(data, graph, here, depth.hops, sideLimit).items.map(function (item) {
            return item.id;
          });
          return needed.every(function (id) {
            return ids.indexOf(id) >= 0;
          });
        }).indexOf(true);
        if (holding >= 0) {
          draw(holding);
          message += ' It is highlighted on the picture; its hops are listed below it.';
        } else {
          highlight(drawn.svg, path, true);
          message += ' Not all of its products are drawn on the pictures, which keep the nearest ones; the list'
            + ' below the picture has every hop.';
        }
      }
      status.textContent = message;
    });
  }

  function setUp(explorer) {
    var explorePage = explorer.classList.contains('explore-page');
    if (!explorePage) {
      setUpZoom(explorer);
      var buttons = explorer.querySelector('.explore-zoom');
      if (buttons && zooms()) {
        buttons.hidden = false;
      }
    }
    var root = explorer.getAttribute('data-root') || '';
    withLineage(root + explorer.getAttribute('data-data'), function () {
      if (explorePage) {
        setUpExplorer(explorer, lineage);
      } else {
        setUpChooser(explorer, lineage, -1);
      }
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.explorer'), setUp);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
