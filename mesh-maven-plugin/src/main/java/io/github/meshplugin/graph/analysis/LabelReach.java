package io.github.meshplugin.graph.analysis;

import java.util.Arrays;

/**
 * For every product at once: how many distinct labels its downstream products carry, and the first few of them.
 * A label is a product's rank (to count and sample the products themselves), its domain or its team.
 *
 * <p>The downstream of every product in a strongly connected component is the same apart from the product
 * itself, so the walk runs over the components, consumers first, each taking the union of its consumers' sets.
 * The sets are bitsets over labels, processed in blocks of {@value #BLOCK_LABELS} labels so memory stays
 * components x 512 bytes however many labels there are. The work is O((products + edges) x labels / 64): about
 * 10^8 word operations for 50,000 products with 125,000 edges, instead of a walk from every product.
 */
final class LabelReach {

    static final int WORDS = 64;
    static final int BLOCK_LABELS = WORDS * 64;

    /** {@code counts[p]}: distinct labels downstream of p; {@code first[p]}: the smallest of them, ascending. */
    record Result(int[] counts, int[][] first) {}

    private LabelReach() {}

    /**
     * @param labelOf  each product's label, or -1 for none
     * @param labels   how many labels there are
     * @param cap      how many of the smallest labels to keep per product
     */
    static Result compute(StronglyConnectedComponents components, int[] labelOf, int labels, int cap) {
        IndexedGraph graph = components.graph();
        int n = graph.size();
        int k = components.count();
        int[] counts = new int[n];
        int[][] first = new int[n][];
        int[] firstCount = new int[n];
        for (int v = 0; v < n; v++) {
            first[v] = new int[0];
        }
        long[] sets = new long[Math.max(1, k) * WORDS];
        long[] own = new long[WORDS];
        int[] multiplicity = new int[BLOCK_LABELS];
        for (int base = 0; base < labels; base += BLOCK_LABELS) {
            Arrays.fill(sets, 0L);
            // Components are numbered producers first: walking down visits every consumer before its producers.
            for (int c = k - 1; c >= 0; c--) {
                int at = c * WORDS;
                int[] members = components.members(c);
                for (int v : members) {
                    for (int consumer : graph.consumers[v]) {
                        int d = components.componentOf(consumer);
                        if (d != c) {
                            int from = d * WORDS;
                            for (int i = 0; i < WORDS; i++) {
                                sets[at + i] |= sets[from + i];
                            }
                        }
                    }
                }
                // sets[c] now holds the labels below the component; add its own members' for its producers.
                Arrays.fill(own, 0L);
                for (int v : members) {
                    int label = labelOf[v] - base;
                    if (labelOf[v] >= 0 && label >= 0 && label < BLOCK_LABELS) {
                        own[label >>> 6] |= 1L << label;
                        multiplicity[label]++;
                    }
                }
                for (int v : members) {
                    int label = labelOf[v] - base;
                    boolean inBlock = labelOf[v] >= 0 && label >= 0 && label < BLOCK_LABELS;
                    // A product is not its own dependent: leave out its label unless another member carries it.
                    int skip = inBlock && multiplicity[label] == 1 && (sets[at + (label >>> 6)] & (1L << label)) == 0
                            ? label
                            : -1;
                    if (members.length == 1) {
                        skip = inBlock && (sets[at + (label >>> 6)] & (1L << label)) == 0 ? label : -1;
                    }
                    int count = 0;
                    for (int i = 0; i < WORDS; i++) {
                        long word = sets[at + i] | (members.length == 1 ? 0L : own[i]);
                        if (skip >= 0 && (skip >>> 6) == i) {
                            word &= ~(1L << skip);
                        }
                        count += Long.bitCount(word);
                        while (word != 0 && firstCount[v] < cap) {
                            int bit = Long.numberOfTrailingZeros(word);
                            word &= word - 1;
                            if (firstCount[v] == first[v].length) {
                                first[v] = Arrays.copyOf(first[v], Math.min(cap, Math.max(4, first[v].length * 2)));
                            }
                            first[v][firstCount[v]++] = base + i * 64 + bit;
                        }
                    }
                    counts[v] += count;
                }
                for (int v : members) {
                    int label = labelOf[v] - base;
                    if (labelOf[v] >= 0 && label >= 0 && label < BLOCK_LABELS) {
                        multiplicity[label] = 0;
                    }
                }
                for (int i = 0; i < WORDS; i++) {
                    sets[at + i] |= own[i];
                }
            }
        }
        for (int v = 0; v < n; v++) {
            first[v] = Arrays.copyOf(first[v], firstCount[v]);
        }
        return new Result(counts, first);
    }
}
