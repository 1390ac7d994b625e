package io.github.meshplugin.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Hears of each stage of a build as it completes (read, graph, rules, view, pages, search, write), so a person
 * can follow a long build one line per stage, never one line per file, and see where the time went.
 */
@FunctionalInterface
public interface Progress {

    Progress SILENT = (stage, outcome, nanos) -> {};

    /**
     * @param stage   a short name of the stage
     * @param outcome what the stage did, with counts, e.g. "10,000 products, 10,000 contracts, 500 teams"
     * @param nanos   how long it took
     */
    void completed(String stage, String outcome, long nanos);

    /** Runs a stage and reports it with the outcome {@code describe} makes of its result. */
    default <T> T time(String stage, Supplier<T> work, Function<T, String> describe) {
        long start = System.nanoTime();
        T result = work.get();
        completed(stage, describe.apply(result), System.nanoTime() - start);
        return result;
    }

    /** The line a log shows for one completed stage. */
    static String line(String stage, String outcome, long nanos) {
        return String.format(Locale.ROOT, "%-7s %s in %s", stage, outcome, seconds(nanos));
    }

    /** "1 product", "10,000 products": counts as a progress line shows them. */
    static String count(int n, String singular) {
        return count(n, singular, singular + "s");
    }

    static String count(int n, String singular, String plural) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural);
    }

    static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
    }

    /** Keeps every stage it hears of, passing each on, for a table of timings at the end of a build. */
    final class Recorder implements Progress {
        private final Progress next;
        private final List<String[]> stages = new ArrayList<>();
        private final List<Long> durations = new ArrayList<>();

        public Recorder(Progress next) {
            this.next = next;
        }

        @Override
        public synchronized void completed(String stage, String outcome, long nanos) {
            stages.add(new String[] {stage, outcome});
            durations.add(nanos);
            next.completed(stage, outcome, nanos);
        }

        /** One line per stage with its time and its share of all stages, then the total. */
        public synchronized List<String> table() {
            long total = durations.stream().mapToLong(Long::longValue).sum();
            List<String> lines = new ArrayList<>();
            lines.add(String.format(Locale.ROOT, "%-7s %9s %6s", "stage", "time", "share"));
            for (int i = 0; i < stages.size(); i++) {
                long nanos = durations.get(i);
                lines.add(String.format(
                        Locale.ROOT,
                        "%-7s %9s %5.1f%%",
                        stages.get(i)[0],
                        seconds(nanos),
                        total == 0 ? 0.0 : 100.0 * nanos / total));
            }
            lines.add(String.format(Locale.ROOT, "%-7s %9s", "total", seconds(total)));
            return lines;
        }
    }
}
