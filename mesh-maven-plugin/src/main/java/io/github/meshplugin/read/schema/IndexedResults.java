package io.github.meshplugin.read.schema;

import com.networknt.schema.ExecutionConfig;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.result.JsonNodeResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The validator's record of which subschemas failed at which place of a file, answering the same questions as
 * the validator's own record, only without its cost on the official schemas.
 *
 * <p>{@code unevaluatedProperties} asks, for every annotation at a place, whether a failed subschema encloses
 * it. The validator's own record answers by comparing paths whose depth it counts anew, walking to the root,
 * for each of the place's failures: with ODCS's deep {@code $ref} chains and its {@code oneOf}s of server types
 * that was a tenth of a whole build. Here each failure's depth is counted once, when it is recorded, and each
 * question walks the asked path once; the answers are the same, so every verdict and message is too.
 */
final class IndexedResults extends JsonNodeResults {

    private final Map<JsonNodePath, List<Failure>> byPlace = new HashMap<>();
    /** The ancestors of each path asked about: the same annotations are asked about again and again. */
    private final Map<JsonNodePath, JsonNodePath[]> ancestors = new IdentityHashMap<>();

    /** A result at a place: the evaluation path of the subschema, its depth, and whether it held. */
    private record Failure(JsonNodePath evaluationPath, int depth, boolean valid) {}

    /** An execution of the validator that keeps its results here. */
    static ExecutionContext execution(ExecutionConfig config) {
        return new ExecutionContext(config) {
            private final JsonNodeResults results = new IndexedResults();

            @Override
            public JsonNodeResults getResults() {
                return results;
            }
        };
    }

    @Override
    public void setResult(
            JsonNodePath instanceLocation, SchemaLocation schemaLocation, JsonNodePath evaluationPath, boolean valid) {
        byPlace.computeIfAbsent(instanceLocation, place -> new ArrayList<>())
                .add(new Failure(evaluationPath, depth(evaluationPath), valid));
    }

    /** False exactly when a subschema at or above {@code evaluationPath} failed at {@code instanceLocation}. */
    @Override
    public boolean isValid(JsonNodePath instanceLocation, JsonNodePath evaluationPath) {
        List<Failure> results = byPlace.get(instanceLocation);
        if (results == null) {
            return true;
        }
        JsonNodePath[] above = null;
        int depth = 0;
        for (Failure result : results) {
            if (result.valid()) {
                continue;
            }
            if (above == null) {
                above = ancestors.computeIfAbsent(evaluationPath, path -> ancestors(path, depth(path)));
                depth = above.length - 1;
            }
            if (result.depth() <= depth && same(above[depth - result.depth()], result.evaluationPath())) {
                return false;
            }
        }
        return true;
    }

    /** The number of named elements of {@code path}, counted as {@link JsonNodePath#getNameCount} does. */
    private static int depth(JsonNodePath path) {
        int depth = 0;
        for (JsonNodePath at = path; at != null; at = at.getParent()) {
            if (at.getElement(-1) != null) {
                depth++;
            }
        }
        return depth;
    }

    /** {@code path} and its parents: element {@code i} is {@code path} with {@code i} steps up. */
    private static JsonNodePath[] ancestors(JsonNodePath path, int depth) {
        JsonNodePath[] ancestors = new JsonNodePath[depth + 1];
        JsonNodePath at = path;
        for (int up = 0; up <= depth && at != null; up++) {
            ancestors[up] = at;
            at = at.getParent();
        }
        return ancestors;
    }

    /** Equality of paths, rejecting most unequal pairs by their (cached) hash before comparing them in full. */
    private static boolean same(JsonNodePath a, JsonNodePath b) {
        return a == b || a != null && a.hashCode() == b.hashCode() && a.equals(b);
    }
}
