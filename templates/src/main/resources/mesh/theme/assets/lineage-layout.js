/*
 * The lineage explorer draws in the browser, and its pictures must be the ones the product page shows, which are
 * laid out at build time by NeighbourhoodLayout.java. This is that class ported line for line, so the same diagram
 * gives the same boxes, the same routes and the same numbers to the last bit: the arithmetic is done in the same
 * order, Java's iteration orders are kept (Map keeps insertion order as LinkedHashMap does, for any id), and its
 * sorts are stable here too. Keep it in step with NeighbourhoodLayout.java; NeighbourhoodLayoutParityBrowserIT
 * fails when the two part.
 *
 * window.meshNeighbourhoodLayout(diagram, focus), with
 *   diagram = {clusters: [{id, headerHeight, minWidth}], nodes: [{id, clusterId, width, height}],
 *              edges: [{from, to, thickness}]}   (clusterId null for a box outside every cluster)
 * gives {width, height, clusters: [{id, x, y, width, height}], nodes: [{id, x, y, width, height}],
 *        routes: [{from, to, points: [[x, y], ...]}]}, lists in the diagram's order, and throws an Error where
 * the Java layout throws IllegalArgumentException.
 */
(function () {
  'use strict';

  var PADDING = 12;
  var CLUSTER_PADDING = 10;
  var NODE_SPACING = 14;
  var BAND_SPACING = 18;
  var MIN_COLUMN_GAP = 56;
  var TRACK_SPACING = 8;
  var DUMMY_HEIGHT = 8;
  var DUMMY_SPACING = 4;
  var SWEEPS = 4;
  var MAX_VALUE = Number.MAX_VALUE;

  function Slot(id, node, band, column) {
    this.id = id;
    this.node = node;
    this.band = band;
    this.column = column;
    this.before = [];
    this.after = [];
    this.order = 0;
    this.y = 0;
  }

  function height(slot) {
    return slot.node === null ? DUMMY_HEIGHT : slot.node.height;
  }

  function spacing(slot) {
    return slot.node === null ? DUMMY_SPACING : NODE_SPACING;
  }

  function compareInt(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
  }

  // Java's Double.compare, which sorts and record equality use: -0.0 before 0.0, NaN after everything.
  function compareDouble(a, b) {
    if (a < b) {
      return -1;
    }
    if (a > b) {
      return 1;
    }
    var aNaN = a !== a;
    var bNaN = b !== b;
    if (aNaN || bNaN) {
      return aNaN === bNaN ? 0 : aNaN ? 1 : -1;
    }
    if (a === 0) {
      var aNegative = 1 / a < 0;
      var bNegative = 1 / b < 0;
      return aNegative === bNegative ? 0 : aNegative ? -1 : 1;
    }
    return 0;
  }

  function values(map) {
    var list = [];
    map.forEach(function (value) {
      list.push(value);
    });
    return list;
  }

  function keys(map) {
    var list = [];
    map.forEach(function (value, key) {
      list.push(key);
    });
    return list;
  }

  function layout(diagram, focus) {
    var nodes = new Map();
    diagram.nodes.forEach(function (node) {
      if (nodes.has(node.id)) {
        throw new Error('two nodes with the id ' + node.id);
      }
      nodes.set(node.id, node);
    });
    if (!nodes.has(focus)) {
      throw new Error('the focus ' + focus + ' is not a node of the diagram');
    }
    diagram.edges.forEach(function (edge) {
      if (!nodes.has(edge.from) || !nodes.has(edge.to)) {
        throw new Error('edge ' + edge.from + ' -> ' + edge.to + ' has an unknown end');
      }
    });
    var columns = columnsOf(keys(nodes), diagram.edges, focus);
    var firstColumn = MAX_VALUE;
    var lastColumn = -MAX_VALUE;
    columns.forEach(function (column) {
      firstColumn = Math.min(firstColumn, column);
      lastColumn = Math.max(lastColumn, column);
    });
    var columnCount = lastColumn - firstColumn + 1;

    // One band per cluster, in the diagram's order, then one for boxes outside every cluster.
    var bands = new Map();
    diagram.clusters.forEach(function (cluster) {
      if (bands.has(cluster.id)) {
        throw new Error('two clusters with the id ' + cluster.id);
      }
      bands.set(cluster.id, bands.size);
    });
    var looseBand = bands.size;
    var bandOf = new Map();
    nodes.forEach(function (node) {
      var band = node.clusterId == null ? looseBand : bands.get(node.clusterId);
      if (band === undefined) {
        throw new Error('node ' + node.id + ' is in unknown cluster ' + node.clusterId);
      }
      bandOf.set(node.id, band);
    });
    var rank = bandRanks(looseBand + 1, bandOf, diagram.edges, bandOf.get(focus));
    var slots = new Map();
    nodes.forEach(function (node) {
      var slot = new Slot(node.id, node, rank[bandOf.get(node.id)], columns.get(node.id) - firstColumn);
      slot.order = slots.size;
      slots.set(node.id, slot);
    });

    // Each edge as a chain of slots, one per column it crosses; an edge that does not point right is drawn
    // straight, as a cycle in the mesh is the only way to get one.
    var chains = [];
    var dummies = 0;
    diagram.edges.forEach(function (edge) {
      var from = slots.get(edge.from);
      var to = slots.get(edge.to);
      var chain = [from];
      if (to.column > from.column) {
        for (var column = from.column + 1; column < to.column; column++) {
          var dummy = new Slot('\u0000' + dummies++, null, to.band, column);
          dummy.order = slots.size + dummies;
          chain.push(dummy);
        }
        chain.push(to);
        for (var i = 0; i + 1 < chain.length; i++) {
          chain[i].after.push(chain[i + 1]);
          chain[i + 1].before.push(chain[i]);
        }
      } else {
        chain.push(to);
      }
      chains.push(chain);
    });
    var all = values(slots);
    chains.forEach(function (chain) {
      chain.forEach(function (slot) {
        if (slot.node === null) {
          all.push(slot);
        }
      });
    });

    var byColumn = [];
    var column;
    for (column = 0; column < columnCount; column++) {
      byColumn.push([]);
    }
    all.forEach(function (slot) {
      byColumn[slot.column].push(slot);
    });

    // Columns: as wide as their widest box, with gaps wide enough for one track per source that bends there.
    var columnWidth = zeros(columnCount);
    all.forEach(function (slot) {
      if (slot.node !== null) {
        columnWidth[slot.column] = Math.max(columnWidth[slot.column], slot.node.width);
      }
    });
    // Keyed by the slot itself, as Java's map of slots compares them by identity.
    var tracks = [];
    for (var gap = 0; gap + 1 < columnCount; gap++) {
      tracks.push(new Map());
    }
    chains.forEach(function (chain) {
      for (var i = 0; i + 1 < chain.length; i++) {
        var from = chain[i];
        if (chain[i + 1].column === from.column + 1) {
          var inGap = tracks[from.column];
          if (!inGap.has(from)) {
            inGap.set(from, inGap.size);
          }
        }
      }
    });
    var columnX = zeros(columnCount);
    var gapWidth = zeros(Math.max(0, columnCount - 1));
    var x = PADDING + CLUSTER_PADDING;
    for (column = 0; column < columnCount; column++) {
      columnX[column] = x;
      if (column + 1 < columnCount) {
        gapWidth[column] = Math.max(MIN_COLUMN_GAP, 2 * CLUSTER_PADDING + (tracks[column].size + 1) * TRACK_SPACING);
        x += columnWidth[column] + gapWidth[column];
      } else {
        x += columnWidth[column];
      }
    }

    // How far each band reaches left and right, its frame included.
    var bandCount = looseBand + 1;
    var clusterOfBand = new Map();
    diagram.clusters.forEach(function (c) {
      clusterOfBand.set(rank[bands.get(c.id)], c);
    });
    var left = [];
    var right = [];
    var band;
    for (band = 0; band < bandCount; band++) {
      left.push(MAX_VALUE);
      right.push(-1);
    }
    all.forEach(function (slot) {
      left[slot.band] = Math.min(left[slot.band], columnX[slot.column]);
      right[slot.band] = Math.max(right[slot.band], columnX[slot.column] + columnWidth[slot.column]);
    });
    for (band = 0; band < bandCount; band++) {
      var framed = clusterOfBand.get(band);
      if (framed !== undefined && right[band] >= 0) {
        left[band] -= CLUSTER_PADDING;
        right[band] = Math.max(right[band] + CLUSTER_PADDING, left[band] + framed.minWidth);
      }
    }
    var rows = rowsOf(bandCount, rank[bandOf.get(focus)], left, right);
    var rowOf = zeros(bandCount);
    rows.forEach(function (row, r) {
      row.forEach(function (b) {
        rowOf[b] = r;
      });
    });
    order(byColumn, rowOf);

    // Rows of bands, top to bottom: a band as tall as its fullest column, each column's boxes centred in it.
    var clusterBoxes = [];
    var y = PADDING;
    var width = x + CLUSTER_PADDING + PADDING;
    rows.forEach(function (row) {
      var rowHeight = 0;
      var inner = new Map();
      row.forEach(function (b) {
        var bandHeight = 0;
        byColumn.forEach(function (inColumn) {
          bandHeight = Math.max(bandHeight, stackHeight(inBand(inColumn, b)));
        });
        inner.set(b, bandHeight);
        var cluster = clusterOfBand.get(b);
        rowHeight = Math.max(
          rowHeight,
          bandHeight + (cluster === undefined ? 0 : cluster.headerHeight + 2 * CLUSTER_PADDING)
        );
      });
      row.forEach(function (b) {
        var cluster = clusterOfBand.get(b);
        var bandHeight = inner.get(b);
        var outer = bandHeight + (cluster === undefined ? 0 : cluster.headerHeight + 2 * CLUSTER_PADDING);
        var frameTop = y + (rowHeight - outer) / 2;
        var top = frameTop + (cluster === undefined ? 0 : cluster.headerHeight + CLUSTER_PADDING);
        byColumn.forEach(function (inColumn) {
          var stack = inBand(inColumn, b);
          var at = top + (bandHeight - stackHeight(stack)) / 2;
          stack.forEach(function (slot) {
            slot.y = at;
            at += height(slot) + spacing(slot);
          });
        });
        if (cluster !== undefined) {
          clusterBoxes.push(box(cluster.id, left[b], frameTop, right[b] - left[b], outer));
        }
        width = Math.max(width, right[b] + PADDING);
      });
      y += rowHeight + BAND_SPACING;
    });
    var totalHeight = y - BAND_SPACING + PADDING;
    // Frames in the diagram's order, as the other layouts give them.
    var framesById = new Map();
    clusterBoxes.forEach(function (b) {
      framesById.set(b.id, b);
    });
    var frames = diagram.clusters.map(function (cluster) {
      var frame = framesById.get(cluster.id);
      return frame !== undefined ? frame : box(cluster.id, PADDING, PADDING, 0, 0);
    });

    var boxes = values(slots).map(function (slot) {
      return box(
        slot.id,
        columnX[slot.column] + (columnWidth[slot.column] - slot.node.width) / 2,
        slot.y,
        slot.node.width,
        slot.node.height
      );
    });
    var boxById = new Map();
    boxes.forEach(function (b) {
      boxById.set(b.id, b);
    });

    var routes = chains.map(function (chain, e) {
      return route(diagram.edges[e], chain, boxById, columnX, columnWidth, gapWidth, tracks);
    });
    return { width: width, height: totalHeight, clusters: frames, nodes: boxes, routes: routes };
  }

  function zeros(length) {
    var list = [];
    for (var i = 0; i < length; i++) {
      list.push(0);
    }
    return list;
  }

  function box(id, x, y, width, height) {
    return { id: id, x: x, y: y, width: width, height: height };
  }

  /*
   * The top-to-bottom rank of each band: the focus's band in the middle, the bands with the most edges to it
   * next to it, alternately above and below, so the busiest edges stay short.
   */
  function bandRanks(count, bandOf, edges, focusBand) {
    var toFocus = zeros(count);
    edges.forEach(function (edge) {
      var from = bandOf.get(edge.from);
      var to = bandOf.get(edge.to);
      if (from === focusBand && to !== focusBand) {
        toFocus[to]++;
      } else if (to === focusBand && from !== focusBand) {
        toFocus[from]++;
      }
    });
    var others = [];
    for (var band = 0; band < count; band++) {
      if (band !== focusBand) {
        others.push(band);
      }
    }
    others.sort(function (a, b) {
      return compareInt(-toFocus[a], -toFocus[b]) || compareInt(a, b);
    });
    var above = [];
    var below = [];
    others.forEach(function (b, i) {
      (i % 2 === 0 ? above : below).push(b);
    });
    var topToBottom = [];
    for (var i = above.length - 1; i >= 0; i--) {
      topToBottom.push(above[i]);
    }
    topToBottom.push(focusBand);
    below.forEach(function (b) {
      topToBottom.push(b);
    });
    var rank = zeros(count);
    topToBottom.forEach(function (b, r) {
      rank[b] = r;
    });
    return rank;
  }

  /*
   * Bands gathered into rows, top to bottom: the focus's row first, then each other band, nearest to the focus
   * first, joins the nearest row on its side whose bands it does not overlap left to right, or opens a new row
   * further out. Small domains at either end of the picture so share a row instead of stacking up.
   */
  function rowsOf(bandCount, focusBand, left, right) {
    var middle = [focusBand];
    var above = [];
    var below = [];
    var others = [];
    for (var band = 0; band < bandCount; band++) {
      if (band !== focusBand && right[band] >= 0) {
        others.push(band);
      }
    }
    others.sort(function (a, b) {
      return compareInt(Math.abs(a - focusBand), Math.abs(b - focusBand)) || compareInt(a, b);
    });
    others.forEach(function (b) {
      var side = b < focusBand ? above : below;
      var candidates = [middle].concat(side);
      var home = null;
      for (var c = 0; c < candidates.length; c++) {
        var fits = candidates[c].every(function (other) {
          return right[other] + BAND_SPACING <= left[b] || right[b] + BAND_SPACING <= left[other];
        });
        if (fits) {
          home = candidates[c];
          break;
        }
      }
      if (home === null) {
        home = [];
        side.push(home);
      }
      home.push(b);
    });
    var rows = [];
    for (var i = above.length - 1; i >= 0; i--) {
      rows.push(above[i]);
    }
    rows.push(middle);
    below.forEach(function (row) {
      rows.push(row);
    });
    rows.forEach(function (row) {
      row.sort(function (a, b) {
        return compareDouble(left[a], left[b]);
      });
    });
    return rows;
  }

  /*
   * The column of every node: upstream nodes at minus their longest path to the focus, downstream nodes at
   * their longest path from it, anything else beside the focus. Edges that would close a cycle are ignored.
   * Java keeps the neighbour lists in a TreeMap, but only looks them up, so their key order does not matter.
   */
  function columnsOf(ids, edges, focus) {
    var successors = new Map();
    var predecessors = new Map();
    edges.forEach(function (edge) {
      listIn(successors, edge.from).push(edge.to);
      listIn(predecessors, edge.to).push(edge.from);
    });
    var downstream = new Map();
    longest(focus, successors, downstream, new Set());
    var upstream = new Map();
    longest(focus, predecessors, upstream, new Set());
    var columns = new Map();
    ids.forEach(function (id) {
      if (id === focus) {
        columns.set(id, 0);
      } else if (upstream.has(id)) {
        columns.set(id, -upstream.get(id));
      } else if (downstream.has(id)) {
        columns.set(id, downstream.get(id));
      }
    });
    // A node neither upstream nor downstream (a picture that is not a neighbourhood) goes next to its
    // neighbours, or beside the focus. In the diagram's order, as one such node may place the next.
    ids.forEach(function (id) {
      if (!columns.has(id)) {
        var column = null;
        (successors.get(id) || []).forEach(function (s) {
          if (columns.has(s)) {
            var candidate = columns.get(s) - 1;
            column = column === null ? candidate : Math.min(column, candidate);
          }
        });
        columns.set(id, column === null ? 1 : column);
      }
    });
    return columns;
  }

  function listIn(map, key) {
    var list = map.get(key);
    if (list === undefined) {
      list = [];
      map.set(key, list);
    }
    return list;
  }

  /*
   * The longest path from id to each node reachable along next, through a depth-first walk. The walk follows
   * the edges in the diagram's order, which decides the result when paths tie or a cycle is cut.
   */
  function longest(id, next, distance, onPath) {
    var here = distance.has(id) ? distance.get(id) : 0;
    if (!distance.has(id)) {
      distance.set(id, 0);
    }
    onPath.add(id);
    (next.get(id) || []).forEach(function (other) {
      if (onPath.has(other)) {
        return;
      }
      var known = distance.get(other);
      if (known === undefined || known < here + 1) {
        distance.set(other, here + 1);
        longest(other, next, distance, onPath);
      }
    });
    onPath.delete(id);
  }

  /*
   * Orders the slots of each column, within each band, by the mean position of their neighbours in the column
   * before (sweeping right) or after (sweeping left). Ties keep the earlier order, so the result is stable.
   */
  function order(byColumn, rowOf) {
    var inColumn = function (a, b) {
      return (
        compareInt(rowOf[a.band], rowOf[b.band]) || compareInt(a.band, b.band) || compareDouble(a.order, b.order)
      );
    };
    byColumn.forEach(function (column) {
      renumber(column, inColumn);
    });
    for (var sweep = 0; sweep < SWEEPS; sweep++) {
      var rightwards = sweep % 2 === 0;
      for (var i = 0; i < byColumn.length; i++) {
        sweepColumn(byColumn[rightwards ? i : byColumn.length - 1 - i], rightwards, rowOf);
      }
    }
  }

  function sweepColumn(column, rightwards, rowOf) {
    var barycentre = new Map();
    column.forEach(function (slot) {
      var neighbours = rightwards ? slot.before : slot.after;
      // Java averages with a compensated sum; every order is a whole number by now (each column was renumbered
      // before the first sweep), so the plain sum is exact and the same.
      var sum = 0;
      neighbours.forEach(function (n) {
        sum += n.order;
      });
      barycentre.set(slot, neighbours.length === 0 ? slot.order : sum / neighbours.length);
    });
    renumber(column, function (a, b) {
      return (
        compareInt(rowOf[a.band], rowOf[b.band]) ||
        compareInt(a.band, b.band) ||
        compareDouble(barycentre.get(a), barycentre.get(b)) ||
        compareDouble(a.order, b.order)
      );
    });
  }

  // Array.prototype.sort is stable, as Java's List.sort is, so ties keep their order in both.
  function renumber(column, comparator) {
    column.sort(comparator);
    column.forEach(function (slot, i) {
      slot.order = i;
    });
  }

  function inBand(column, band) {
    return column.filter(function (s) {
      return s.band === band;
    });
  }

  function stackHeight(stack) {
    var total = 0;
    stack.forEach(function (slot) {
      total += height(slot) + spacing(slot);
    });
    return stack.length === 0 ? 0 : total - spacing(stack[stack.length - 1]);
  }

  /*
   * From the right side of the source to the left side of the target, bending in each gap on the source's
   * track, and passing each column it crosses at its reserved slot. Several edges leaving or entering one box
   * are spread over its side, in the order of their other ends, so they do not cross at the box.
   */
  function route(edge, chain, boxes, columnX, columnWidth, gapWidth, tracks) {
    var first = chain[0];
    var last = chain[chain.length - 1];
    var from = boxes.get(first.id);
    var to = boxes.get(last.id);
    var points = [];
    if (last.column <= first.column) {
      points.push([from.x + from.width / 2, from.y + from.height]);
      points.push([to.x + to.width / 2, to.y + to.height]);
      return { from: edge.from, to: edge.to, points: points };
    }
    var y = port(from, first.after, chain[1]);
    points.push([from.x + from.width, y]);
    for (var i = 1; i < chain.length; i++) {
      var previous = chain[i - 1];
      var slot = chain[i];
      var gap = previous.column;
      var track = tracks[gap].get(previous);
      var bend = columnX[gap] + columnWidth[gap] + CLUSTER_PADDING + (track + 1) * TRACK_SPACING;
      bend = Math.min(bend, columnX[gap] + columnWidth[gap] + gapWidth[gap] - CLUSTER_PADDING);
      var nextY = slot.node === null ? slot.y + DUMMY_HEIGHT / 2 : port(to, slot.before, previous);
      if (Math.abs(nextY - y) > 0.5) {
        points.push([bend, y]);
        points.push([bend, nextY]);
      }
      y = nextY;
      if (slot.node === null) {
        points.push([columnX[slot.column], y]);
        points.push([columnX[slot.column] + columnWidth[slot.column], y]);
      }
    }
    points.push([to.x, y]);
    return { from: edge.from, to: edge.to, points: dedupe(points) };
  }

  /* Where on a box's side an edge meets it: the side split evenly among its edges, ordered by their ends. */
  function port(box, ends, end) {
    var ordered = ends.slice().sort(function (a, b) {
      return compareDouble(a.y, b.y) || compareDouble(a.order, b.order);
    });
    var index = ordered.indexOf(end);
    return box.y + (box.height * (index + 1)) / (ordered.length + 1);
  }

  // Java's points are records, equal when Double.compare finds each coordinate equal.
  function dedupe(points) {
    var kept = [];
    points.forEach(function (point) {
      var previous = kept[kept.length - 1];
      if (
        kept.length === 0 ||
        compareDouble(previous[0], point[0]) !== 0 ||
        compareDouble(previous[1], point[1]) !== 0
      ) {
        kept.push(point);
      }
    });
    return kept;
  }

  window.meshNeighbourhoodLayout = layout;
})();
