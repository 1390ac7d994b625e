/*
 * The lineage explorer (graph/<product>.html) and the graph page's way into it. Without script every depth's
 * picture is on the page and the pictures scroll. With script: one depth at a time, chosen with radio buttons;
 * pan and zoom (d3-zoom) with buttons, dragging, Ctrl and the wheel or two fingers, while one finger still
 * scrolls the page; and the shortest path between two products, found in graph/lineage.js (every product and
 * dependency; a script, since a page opened from a folder on disk may not fetch files), listed hop by hop and
 * drawn on the smallest depth that holds it. User text only ever reaches the page through textContent.
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

  function setUpZoom(explorer) {
    var buttons = explorer.querySelector('.explore-zoom');
    if (!buttons || !window.d3 || !window.d3.zoom) {
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
    buttons.hidden = false;
  }

  // ---- depths

  function setUpDepths(explorer) {
    var sections = Array.prototype.slice.call(explorer.querySelectorAll('.explore-depth'));
    var control = explorer.querySelector('.explore-depths');
    if (!control || !sections.length) {
      return null;
    }
    var radios = Array.prototype.slice.call(control.querySelectorAll('input[name="depth"]'));
    var show = function (id) {
      sections.forEach(function (section) {
        section.hidden = section.id !== id;
        if (!section.hidden && window.d3 && window.d3.zoom) {
          zoomOf(section.querySelector('svg.graph-svg'));
        }
      });
      radios.forEach(function (radio) {
        radio.checked = radio.value === id;
      });
    };
    control.addEventListener('change', function (event) {
      if (event.target.name === 'depth') {
        show(event.target.value);
      }
    });
    var asked = location.hash.slice(1);
    var chosen = radios.filter(function (radio) {
      return radio.value === asked;
    })[0] || radios.filter(function (radio) {
      return radio.checked;
    })[0] || radios[0];
    show(chosen.value);
    control.hidden = false;
    explorer.querySelector('.explore-depth-links').hidden = true;
    return { sections: sections, show: show };
  }

  // ---- paths between two products

  function graphOf(data) {
    var up = data.products.map(function () {
      return [];
    });
    var down = data.products.map(function () {
      return [];
    });
    data.reads.forEach(function (read) {
      down[read[1]].push({ to: read[0], contracts: read[2] });
      up[read[0]].push({ to: read[1], contracts: read[2] });
    });
    return { up: up, down: down };
  }

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
      next[at].forEach(function (link) {
        if (!(link.to in before)) {
          before[link.to] = at;
          queue.push(link.to);
        }
      });
    }
    return null;
  }

  /** The path's hops in the direction data flows: [producer, consumer, contracts]. */
  function hops(graph, flow) {
    var result = [];
    for (var i = 0; i + 1 < flow.length; i++) {
      var producer = flow[i];
      var consumer = flow[i + 1];
      var link = graph.down[producer].filter(function (l) {
        return l.to === consumer;
      })[0];
      result.push([producer, consumer, link ? link.contracts : '']);
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

  /** Marks the path's boxes and lines in every picture; answers the pictures that hold all of its products. */
  function highlight(explorer, data, flows) {
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
    var holding = [];
    Array.prototype.forEach.call(explorer.querySelectorAll('svg.graph-svg'), function (svg) {
      var found = 0;
      svg.classList.toggle('path-shown', flows.length > 0);
      Array.prototype.forEach.call(svg.querySelectorAll('[data-node]'), function (node) {
        var on = nodes[node.getAttribute('data-node')] === true;
        node.classList.toggle('path-on', on);
        found += on ? 1 : 0;
      });
      Array.prototype.forEach.call(svg.querySelectorAll('[data-from]'), function (line) {
        var key = line.getAttribute('data-from') + '\u0000' + line.getAttribute('data-to');
        line.classList.toggle('path-on', lines[key] === true);
      });
      if (found === Object.keys(nodes).length) {
        holding.push(svg);
      }
    });
    return holding;
  }

  function setUpPaths(explorer, depths) {
    var select = explorer.querySelector('select.explore-products');
    if (!select) {
      return;
    }
    var root = explorer.getAttribute('data-root') || '';
    var self = explorer.getAttribute('data-product');
    withLineage(root + explorer.getAttribute('data-data'), function () {
      var data = lineage;
      var graph = graphOf(data);
      var here = -1;
      var options = document.createDocumentFragment();
      data.products.forEach(function (product, place) {
        if (product[0] === self) {
          here = place;
          return;
        }
        var option = document.createElement('option');
        option.value = String(place);
        option.textContent = product[1] + ' (' + product[2] + ')';
        options.appendChild(option);
      });
      select.appendChild(options);
      explorer.querySelector('.explore-choose').hidden = false;
      var note = explorer.querySelector('.explore-nojs');
      var hint = explorer.querySelector('.explore-hint');
      if (note) {
        note.hidden = true;
      }
      if (hint) {
        hint.hidden = false;
      }
      select.addEventListener('change', function () {
        if (select.value === '') {
          return;
        }
        var other = Number(select.value);
        if (select.getAttribute('data-go')) {
          location.href = root + 'graph/' + data.products[other][3] + '.html';
          return;
        }
        show(explorer, depths, root, data, graph, here, other);
      });
    });
  }

  function show(explorer, depths, root, data, graph, here, other) {
    var status = explorer.querySelector('.explore-status');
    var paths = explorer.querySelector('.explore-paths');
    paths.textContent = '';
    explorer.querySelector('.explore-hint').hidden = true;
    // Either way round: the second product downstream of this one, or upstream of it.
    var flows = [shortest(graph.down, here, other), shortest(graph.down, other, here)].filter(function (flow) {
      return flow !== null;
    });
    var name = data.products[other][1];
    flows.forEach(function (flow) {
      listPath(root, data, flow, graph, paths);
    });
    var holding = highlight(explorer, data, flows);
    var message;
    if (!flows.length) {
      message = 'No dependency path links ' + data.products[here][1] + ' and ' + name + ', in either direction.';
    } else {
      message = (flows.length === 1 ? 'One path' : 'A path each way') + ' between ' + data.products[here][1]
        + ' and ' + name + '.';
      var section = holding.length ? holding[0].closest('.explore-depth') : null;
      if (section && depths) {
        depths.show(section.id);
        message += ' It is highlighted on the picture; its hops are listed below it.';
      } else {
        message += ' Not all of its products are drawn on the pictures, which keep the nearest ones; the list'
          + ' below the picture has every hop.';
      }
    }
    status.textContent = message;
  }

  function setUp(explorer) {
    var depths = setUpDepths(explorer);
    setUpZoom(explorer);
    setUpPaths(explorer, depths);
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
