package io.github.meshplugin.read.schema;

import io.github.meshplugin.read.schema.Problem.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Picks, for every {@code anyOf} and {@code oneOf} no alternative of which matched, the alternative the author
 * most likely meant, and keeps only its problems. The validator reports every alternative's complaints: a team
 * written as a string gets "object expected" from one alternative and "array expected" from the other, and a
 * typo inside a team map gets blamed on the list alternative too. People made one mistake and want one finding.
 *
 * <p>An alternative whose very first check failed (the value has the wrong type for it) was not meant; among the
 * others, the one with the fewest problems matched best. When every alternative wants another type, the problems
 * merge into one: "should be a map or a list".
 */
final class Branches {

    private Branches() {}

    static List<Problem> resolve(List<Problem> problems) {
        return resolve(problems, 0);
    }

    /** @param from evaluation-path position from which to look for the next anyOf/oneOf */
    private static List<Problem> resolve(List<Problem> problems, int from) {
        List<Problem> resolved = new ArrayList<>();
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Problem problem : problems) {
            Composite composite = Composite.find(problem, from);
            if (composite == null) {
                resolved.add(problem);
            } else {
                groups.computeIfAbsent(composite.key(), key -> new Group(composite))
                        .add(problem, composite);
            }
        }
        groups.values().forEach(group -> resolved.addAll(group.choose()));
        return resolved;
    }

    /** Where a problem passed through an anyOf or oneOf: which one, which alternative, and at which value. */
    private record Composite(String key, int position, String branch, List<Object> at) {

        static Composite find(Problem problem, int from) {
            List<String> path = problem.evaluation;
            int steps = 0;
            int i = 0;
            while (i < path.size()) {
                String keyword = path.get(i);
                boolean last = i == path.size() - 1;
                switch (keyword) {
                    case "anyOf", "oneOf" -> {
                        if (i >= from) {
                            List<Object> at = problem.at.subList(0, Math.min(steps, problem.at.size()));
                            return new Composite(
                                    String.join("/", path.subList(0, i + 1)) + " @ " + at,
                                    i,
                                    last ? null : path.get(i + 1),
                                    at);
                        }
                        i += 2;
                    }
                    case "allOf", "dependentSchemas", "$defs", "definitions" -> i += 2;
                    case "properties", "patternProperties", "prefixItems" -> {
                        steps++;
                        i += 2;
                    }
                    case "items" -> {
                        if (!last) {
                            steps++;
                        }
                        i += !last && path.get(i + 1).matches("\\d+") ? 2 : 1;
                    }
                    case "additionalProperties",
                            "unevaluatedProperties",
                            "additionalItems",
                            "unevaluatedItems",
                            "contains" -> {
                        if (!last) {
                            steps++;
                        }
                        i++;
                    }
                    default -> i++;
                }
            }
            return null;
        }
    }

    /** The problems of one anyOf or oneOf, by alternative, and the oneOf's own summary message if any. */
    private static final class Group {
        private final Composite composite;
        private final Map<Integer, List<Problem>> alternatives = new TreeMap<>();
        private Problem summary;

        Group(Composite composite) {
            this.composite = composite;
        }

        void add(Problem problem, Composite where) {
            if (where.branch() == null || !where.branch().matches("\\d+")) {
                summary = problem;
            } else {
                alternatives
                        .computeIfAbsent(Integer.parseInt(where.branch()), i -> new ArrayList<>())
                        .add(problem);
            }
        }

        List<Problem> choose() {
            if (summary != null && "oneOf.indexes".equals(summary.message.getMessageKey())) {
                // More than one alternative matched: the complaints of the others are beside the point.
                return List.of(summary);
            }
            List<Alternative> resolved = new ArrayList<>();
            alternatives.forEach((index, problems) ->
                    resolved.add(new Alternative(index, resolve(problems, composite.position() + 2))));
            if (resolved.isEmpty()) {
                return summary == null ? List.of() : List.of(summary);
            }
            List<Alternative> meant = resolved.stream()
                    .filter(alternative -> !alternative.wrongType(composite.at()))
                    .toList();
            if (meant.isEmpty()) {
                return List.of(mergedType(resolved));
            }
            if (meant.size() > 1 && meant.stream().allMatch(alternative -> alternative.onlyMissing(composite.at()))) {
                return List.of(oneOfMissing(meant));
            }
            // The alternative whose own field the author wrote is the one meant, however few problems another
            // has: `mustBeBetween: [1]` is a wrong `mustBeBetween`, not a missing `mustBe`.
            List<Alternative> written = meant.stream()
                    .filter(alternative -> !alternative.missesField(composite.at()))
                    .toList();
            if (!written.isEmpty()) {
                meant = written;
            }
            return meant.stream()
                    .min(Comparator.comparingInt((Alternative a) -> a.problems().size())
                            .thenComparingInt(Alternative::index))
                    .orElseThrow()
                    .problems();
        }

        private Problem mergedType(List<Alternative> resolved) {
            Set<String> expected = new LinkedHashSet<>();
            Problem first = null;
            for (Alternative alternative : resolved) {
                for (Problem problem : alternative.problems()) {
                    if (problem.kind == Kind.TYPE && problem.at.equals(composite.at())) {
                        expected.addAll(problem.expected);
                        first = first == null ? problem : first;
                    }
                }
            }
            return new Problem(Kind.TYPE, composite.at(), null, expected, first.message, first.evaluation);
        }

        /** Every alternative asks for a field of its own, and none is there: "needs one of a, b, c". */
        private Problem oneOfMissing(List<Alternative> meant) {
            Set<String> fields = new LinkedHashSet<>();
            meant.forEach(alternative -> alternative.problems().forEach(problem -> fields.add(problem.field)));
            if (fields.size() == 1) {
                return meant.get(0).problems().get(0);
            }
            Problem first = meant.get(0).problems().get(0);
            return new Problem(Kind.REQUIRED_ONE_OF, composite.at(), null, fields, first.message, first.evaluation);
        }
    }

    private record Alternative(int index, List<Problem> problems) {

        /** The value is not even of the type this alternative wants, so the author did not mean it. */
        boolean wrongType(List<Object> at) {
            return problems.stream().anyMatch(problem -> problem.kind == Kind.TYPE && problem.at.equals(at));
        }

        boolean missesField(List<Object> at) {
            return problems.stream().anyMatch(problem -> problem.kind == Kind.REQUIRED && problem.at.equals(at));
        }

        boolean onlyMissing(List<Object> at) {
            return problems.size() == 1
                    && problems.get(0).kind == Kind.REQUIRED
                    && problems.get(0).at.equals(at);
        }
    }
}
