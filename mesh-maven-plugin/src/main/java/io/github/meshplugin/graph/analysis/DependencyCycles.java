package io.github.meshplugin.graph.analysis;

import io.github.meshplugin.graph.DependencyEdge;
import io.github.meshplugin.graph.MeshGraph;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * Every elementary cycle of the dependency graph (Johnson's algorithm, run inside each strongly connected
 * component), each as the path of products and the contracts read along each step.
 *
 * <p>A graph can hold exponentially many elementary cycles, so the enumeration is bounded twice: it stops after
 * {@code maxCycles} cycles, and after {@code maxSteps} edge visits (searching and re-splitting components alike)
 * however few it has found. Either way the result says it is incomplete, and the strongly connected components
 * still name every product in a cycle. Unbounded, Johnson's algorithm costs O((products + edges) x (cycles + 1));
 * with the bounds the work is O(products + edges + maxSteps) plus at most one more component's worth.
 *
 * <p>Hand-written rather than JGraphT's {@code JohnsonSimpleCycles}, which can be stopped after a number of cycles
 * but has no bound on its work (a mesh with few, long cycles keeps it busy), and was slower even on a mesh without
 * cycles: at 10,000 products it took 606 to 1,332 ms against 42 to 51 ms here, at 50,000 products 4,823 ms
 * against 104 ms ({@code JGraphTBenchmark} in the tests, on the mesh {@code SyntheticMesh} writes, read back, on a shared two-core machine).
 */
public final class DependencyCycles {

    public static final int DEFAULT_MAX_CYCLES = 100;
    public static final int DEFAULT_MAX_STEPS = 2_000_000;

    /**
     * One cycle: {@code products} starts and ends at its smallest id; {@code contracts.get(i)} are the contract
     * ids through which {@code products.get(i)} reads {@code products.get(i + 1)}, sorted.
     */
    public record Cycle(List<String> products, List<List<String>> contracts) {

        /** "a -> b -> a; a reads b.out from b, b reads a.out from a". */
        public String describe() {
            StringBuilder text = new StringBuilder(String.join(" -> ", products)).append("; ");
            for (int i = 0; i < contracts.size(); i++) {
                text.append(i == 0 ? "" : ", ")
                        .append(products.get(i))
                        .append(" reads ")
                        .append(String.join(" and ", contracts.get(i)))
                        .append(" from ")
                        .append(products.get(i + 1));
            }
            return text.toString();
        }
    }

    /**
     * The cycles found, sorted by their product paths; {@code complete} is false when a bound stopped the
     * enumeration; {@code components} are the groups of products in cycles, always complete.
     */
    public record Result(
            List<Cycle> cycles, boolean complete, int maxCycles, int maxSteps, List<SortedSet<String>> components) {}

    private final IndexedGraph graph;
    private final StronglyConnectedComponents components;

    DependencyCycles(IndexedGraph graph, StronglyConnectedComponents components) {
        this.graph = graph;
        this.components = components;
    }

    public static DependencyCycles of(MeshGraph graph) {
        IndexedGraph indexed = IndexedGraph.of(graph);
        return new DependencyCycles(indexed, new StronglyConnectedComponents(indexed));
    }

    public Result find() {
        return find(DEFAULT_MAX_CYCLES, DEFAULT_MAX_STEPS);
    }

    public Result find(int maxCycles, int maxSteps) {
        Search search = new Search(maxCycles, maxSteps);
        for (int c = 0; c < components.count() && !search.stopped; c++) {
            if (components.isCyclic(c)) {
                search.inComponent(c);
            }
        }
        List<Cycle> cycles =
                new ArrayList<>(search.found.stream().map(this::cycle).toList());
        cycles.sort(Comparator.comparing(cycle -> String.join("\u0000", cycle.products())));
        return new Result(cycles, !search.stopped, maxCycles, maxSteps, components.cyclic());
    }

    private Cycle cycle(int[] path) {
        List<String> products = new ArrayList<>();
        List<List<String>> contracts = new ArrayList<>();
        for (int i = 0; i < path.length; i++) {
            String from = graph.ids[path[i]];
            String to = graph.ids[path[(i + 1) % path.length]];
            products.add(from);
            contracts.add(graph.graph.graph().getAllEdges(from, to).stream()
                    .map(DependencyEdge::contractId)
                    .sorted()
                    .distinct()
                    .toList());
        }
        products.add(products.get(0));
        return new Cycle(List.copyOf(products), List.copyOf(contracts));
    }

    /** Johnson's circuit search with explicit stacks, so a cycle through thousands of products is no recursion. */
    private final class Search {
        private final int maxCycles;
        private final int maxSteps;
        private final List<int[]> found = new ArrayList<>();
        private final boolean[] blocked;
        private final int[][] blockedBy;
        private final int[] blockedByCount;
        private final int[] path;
        private final int[] nextEdge;
        private final boolean[] closedCycle;
        // Only the products one search touched are reset for the next, so a large component costs its searches,
        // not its size times its size.
        private final int[] touched;
        private final int[] touchedInSearch;
        private int touchedCount;
        private int search;
        // Tarjan's state for the pieces of a component, reused from round to round.
        private final int[] piece;
        private final int[] visitedIn;
        private final int[] order;
        private final int[] low;
        private final boolean[] onStack;
        private final int[] call;
        private final int[] tarjanNext;
        private final int[] stack;
        private int stackTop;
        private int round;
        private int pieces;
        private int counter;
        private long steps;
        private boolean stopped;

        Search(int maxCycles, int maxSteps) {
            this.maxCycles = maxCycles;
            this.maxSteps = maxSteps;
            int n = graph.size();
            blocked = new boolean[n];
            blockedBy = new int[n][];
            blockedByCount = new int[n];
            path = new int[n];
            nextEdge = new int[n];
            closedCycle = new boolean[n];
            touched = new int[n];
            touchedInSearch = new int[n];
            piece = new int[n];
            visitedIn = new int[n];
            order = new int[n];
            low = new int[n];
            onStack = new boolean[n];
            call = new int[n];
            tarjanNext = new int[n];
            stack = new int[n];
        }

        private void touch(int v) {
            if (touchedInSearch[v] != search) {
                touchedInSearch[v] = search;
                touched[touchedCount++] = v;
            }
        }

        /**
         * Johnson's outer loop: s is the smallest product of the first strongly connected piece (with a cycle) of
         * the component restricted to products from s on; the search for cycles through s stays inside that
         * piece. Each round finds at least one cycle, so the rounds are bounded with the cycles.
         */
        void inComponent(int component) {
            int[] members = components.members(component);
            int from = 0;
            while (from < members.length && !stopped) {
                int s = firstInCycle(members, from, component);
                if (s < 0) {
                    return;
                }
                for (int i = 0; i < touchedCount; i++) {
                    blocked[touched[i]] = false;
                    blockedByCount[touched[i]] = 0;
                }
                touchedCount = 0;
                search++;
                circuits(s);
                from = Arrays.binarySearch(members, s) + 1;
            }
        }

        private boolean usable(int w, int s) {
            return w >= s && piece[w] == piece[s];
        }

        /** Labels the strongly connected pieces of members[from..] (Tarjan); returns the smallest product in a cycle. */
        private int firstInCycle(int[] members, int from, int component) {
            int least = members[from];
            int first = -1;
            round++;
            for (int r = from; r < members.length; r++) {
                int root = members[r];
                if (visitedIn[root] == round) {
                    continue;
                }
                int top = 0;
                call[0] = root;
                enter(root);
                while (top >= 0) {
                    int v = call[top];
                    int[] next = graph.producers[v];
                    if (tarjanNext[v] < next.length) {
                        int w = next[tarjanNext[v]++];
                        steps++;
                        if (w < least || components.componentOf(w) != component) {
                            continue;
                        }
                        if (visitedIn[w] != round) {
                            enter(w);
                            call[++top] = w;
                        } else if (onStack[w]) {
                            low[v] = Math.min(low[v], order[w]);
                        }
                        continue;
                    }
                    if (low[v] == order[v]) {
                        int label = ++pieces;
                        int smallest = Integer.MAX_VALUE;
                        int size = 0;
                        int w;
                        do {
                            w = stack[--stackTop];
                            onStack[w] = false;
                            piece[w] = label;
                            smallest = Math.min(smallest, w);
                            size++;
                        } while (w != v);
                        boolean cyclic = size > 1 || Arrays.binarySearch(graph.producers[v], v) >= 0;
                        if (cyclic && (first < 0 || smallest < first)) {
                            first = smallest;
                        }
                    }
                    top--;
                    if (top >= 0) {
                        low[call[top]] = Math.min(low[call[top]], low[v]);
                    }
                }
            }
            if (steps > maxSteps) {
                stopped = true;
                return -1;
            }
            return first;
        }

        private void enter(int v) {
            visitedIn[v] = round;
            order[v] = low[v] = counter++;
            tarjanNext[v] = 0;
            stack[stackTop++] = v;
            onStack[v] = true;
        }

        private void circuits(int s) {
            int depth = 0;
            path[0] = s;
            nextEdge[s] = 0;
            closedCycle[s] = false;
            touch(s);
            blocked[s] = true;
            while (depth >= 0) {
                int v = path[depth];
                int[] next = graph.producers[v];
                if (nextEdge[v] < next.length) {
                    int w = next[nextEdge[v]++];
                    if (++steps > maxSteps) {
                        stopped = true;
                        return;
                    }
                    if (!usable(w, s)) {
                        continue;
                    }
                    if (w == s) {
                        if (found.size() == maxCycles) {
                            // One cycle more than the bound allows: only now is the list known to be incomplete.
                            stopped = true;
                            return;
                        }
                        found.add(Arrays.copyOf(path, depth + 1));
                        closedCycle[v] = true;
                    } else if (!blocked[w]) {
                        path[++depth] = w;
                        nextEdge[w] = 0;
                        closedCycle[w] = false;
                        touch(w);
                        blocked[w] = true;
                    }
                    continue;
                }
                if (closedCycle[v]) {
                    unblock(v);
                } else {
                    for (int w : next) {
                        if (usable(w, s)) {
                            addBlocker(w, v);
                        }
                    }
                }
                depth--;
                if (depth >= 0 && closedCycle[v]) {
                    closedCycle[path[depth]] = true;
                }
            }
        }

        private void addBlocker(int w, int v) {
            touch(w);
            int[] list = blockedBy[w];
            for (int i = 0; i < blockedByCount[w]; i++) {
                if (list[i] == v) {
                    return;
                }
            }
            if (list == null || blockedByCount[w] == list.length) {
                blockedBy[w] =
                        list = Arrays.copyOf(list == null ? new int[0] : list, Math.max(4, blockedByCount[w] * 2));
            }
            list[blockedByCount[w]++] = v;
        }

        private void unblock(int start) {
            int[] work = new int[16];
            int size = 0;
            work[size++] = start;
            while (size > 0) {
                int u = work[--size];
                if (!blocked[u]) {
                    continue;
                }
                blocked[u] = false;
                for (int i = 0; i < blockedByCount[u]; i++) {
                    int w = blockedBy[u][i];
                    if (blocked[w]) {
                        if (size == work.length) {
                            work = Arrays.copyOf(work, size * 2);
                        }
                        work[size++] = w;
                    }
                }
                blockedByCount[u] = 0;
            }
        }
    }
}
