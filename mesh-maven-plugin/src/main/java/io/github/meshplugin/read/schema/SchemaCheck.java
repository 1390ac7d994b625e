package io.github.meshplugin.read.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.OutputFormat;
import com.networknt.schema.ValidationMessage;
import io.github.meshplugin.finding.DidYouMean;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.read.YamlNode;
import io.github.meshplugin.read.YamlNode.Mapping;
import io.github.meshplugin.read.YamlNode.Scalar;
import io.github.meshplugin.read.YamlNode.ScalarType;
import io.github.meshplugin.read.schema.OfficialSchemas.Compiled;
import io.github.meshplugin.read.schema.Problem.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks a parsed ODCS contract or ODPS descriptor against the official JSON Schema of the {@code apiVersion} it
 * declares, and reports what is wrong the way a reviewer would say it: at the file, line and column of the
 * mistake, with the path written as YAML ({@code schema[0].properties[3].logicalType}), one finding per mistake.
 *
 * <p>The validator's verdict is never softened: a file is invalid exactly when the official schema says so, and
 * then at least one finding is an error. Only the wording and the number of messages change: complaints that
 * merely follow from another one (the alternatives of a {@code oneOf} nobody meant, fields the validator calls
 * "unevaluated" because a sibling failed) are left out.
 */
public final class SchemaCheck {

    private static final SchemaCheck BUNDLED = new SchemaCheck(OfficialSchemas.bundled());

    private final OfficialSchemas schemas;
    private final Map<String, KnownFields> knownFields = new ConcurrentHashMap<>();

    public SchemaCheck(OfficialSchemas schemas) {
        this.schemas = schemas;
    }

    /** The check with the schemas shipped in the plugin. */
    public static SchemaCheck bundled() {
        return BUNDLED;
    }

    /** True when an official schema judges files of {@code standard} that declare {@code apiVersion}. */
    public boolean supports(Standard standard, String apiVersion) {
        return standard.schemaVersion(apiVersion).isPresent();
    }

    /**
     * The findings of the official schema on {@code root}; none when the file is valid or no schema judges its
     * {@code apiVersion} (the readers report an unsupported version).
     */
    public List<Finding> check(Mapping root, Standard standard, String apiVersion) {
        Compiled compiled = schemas.forApiVersion(standard, apiVersion);
        if (compiled == null) {
            return List.of();
        }
        Optional<JsonNode> json = YamlJson.toJson(root);
        if (json.isEmpty()) {
            return List.of(ReadRules.YAML_ALIASES.finding(
                    root.source(),
                    "the YAML aliases of this file expand to " + "more than " + YamlJson.MAX_VALUES
                            + " values; it was not checked against " + standard.label()));
        }
        JsonSchema schema = compiled.schema();
        List<ValidationMessage> messages = new ArrayList<>(schema.validate(
                IndexedResults.execution(schema.createExecutionContext().getExecutionConfig()),
                json.get(),
                OutputFormat.DEFAULT));
        if (messages.isEmpty()) {
            return List.of();
        }
        // The validator's order follows its internal sets: sort so the same file always reads the same.
        messages.sort(Comparator.comparing((ValidationMessage m) -> String.valueOf(m.getInstanceLocation()))
                .thenComparing(m -> String.valueOf(m.getEvaluationPath()))
                .thenComparing(ValidationMessage::getMessage));
        KnownFields known = knownFields.computeIfAbsent(
                standard + " " + compiled.version(), key -> new KnownFields(compiled.document()));
        List<Problem> problems = notAllowedHere(
                withoutEchoes(
                        Branches.resolve(messages.stream().map(Problem::of).toList()), known),
                known);

        Map<String, List<Problem>> byPlace = new LinkedHashMap<>();
        problems.forEach(problem -> byPlace.computeIfAbsent(problem.place(), place -> new ArrayList<>())
                .add(problem));
        Writer writer = new Writer(root, compiled, known);
        List<Problem> chosen =
                byPlace.values().stream().map(SchemaCheck::mostSpecific).toList();
        // A misspelt required key is one mistake: "unknown `usrname`, did you mean `username`" says it all, so
        // the complaint that `username` (or one of several fields including it) is missing goes.
        Set<String> meant = new HashSet<>();
        chosen.stream()
                .filter(problem -> problem.kind == Kind.UNKNOWN_FIELD)
                .forEach(problem ->
                        writer.suggestion(problem).ifPresent(field -> meant.add(Problem.place(problem.at, field))));
        List<Finding> findings = new ArrayList<>();
        chosen.stream()
                .filter(problem -> !isMisspeltRequired(problem, meant))
                .forEach(problem -> findings.add(writer.finding(problem)));
        findings.sort(Comparator.comparing(Finding::source).thenComparing(Finding::message));
        return findings;
    }

    private static boolean isMisspeltRequired(Problem problem, Set<String> meant) {
        return switch (problem.kind) {
            case REQUIRED -> meant.contains(problem.place());
            case REQUIRED_ONE_OF ->
                problem.expected.stream().anyMatch(field -> meant.contains(Problem.place(problem.at, field)));
            default -> false;
        };
    }

    /**
     * When a field's value is wrong, the validator drops everything it learnt about the map holding it and then
     * calls the map's other, perfectly defined, fields "not evaluated". Such a complaint about a field the schema
     * does define is an echo when another problem sits deeper in the same map, or is of another kind in the map
     * itself; alone, it means the field is defined but not allowed in this combination, and stays.
     */
    private static List<Problem> withoutEchoes(List<Problem> problems, KnownFields known) {
        // The places that hold another problem, found in one pass: a file with thousands of mistakes stays fast.
        Set<List<Object>> explained = new HashSet<>();
        for (Problem problem : problems) {
            for (int depth = 0; depth < problem.at.size(); depth++) {
                explained.add(problem.at.subList(0, depth));
            }
            if (!isDefinedField(problem, known)) {
                explained.add(problem.at);
            }
        }
        return problems.stream()
                .filter(problem -> !(isDefinedField(problem, known) && explained.contains(problem.at)))
                .toList();
    }

    /**
     * Defined fields that the schema still refuses in a map are allowed there only with other values (a quality
     * rule's {@code query} only when its {@code type} is {@code sql}): one finding per map names them all.
     */
    private static List<Problem> notAllowedHere(List<Problem> problems, KnownFields known) {
        List<Problem> result = new ArrayList<>();
        Map<List<Object>, Set<String>> refused = new LinkedHashMap<>();
        Map<List<Object>, Problem> first = new LinkedHashMap<>();
        for (Problem problem : problems) {
            if (isDefinedField(problem, known)) {
                refused.computeIfAbsent(problem.at, at -> new LinkedHashSet<>()).add(problem.field);
                first.putIfAbsent(problem.at, problem);
            } else {
                result.add(problem);
            }
        }
        refused.forEach((at, fields) -> result.add(new Problem(
                Kind.NOT_ALLOWED_HERE,
                at,
                fields.iterator().next(),
                fields,
                first.get(at).message,
                first.get(at).evaluation)));
        return result;
    }

    private static boolean isDefinedField(Problem problem, KnownFields known) {
        return problem.kind == Kind.UNKNOWN_FIELD
                && problem.message != null
                && known.around(problem.message.getSchemaLocation()).contains(problem.field);
    }

    /** Of several problems at one place, the one that says most plainly what to fix; wrong types merge. */
    private static Problem mostSpecific(List<Problem> same) {
        Problem best =
                same.stream().min(Comparator.comparing((Problem p) -> p.kind)).orElseThrow();
        if (best.kind != Kind.TYPE) {
            return best;
        }
        Set<String> expected = new LinkedHashSet<>();
        same.stream().filter(p -> p.kind == Kind.TYPE).forEach(p -> expected.addAll(p.expected));
        return new Problem(Kind.TYPE, best.at, null, expected, best.message, best.evaluation);
    }

    /** Turns problems into findings, in the words of the existing shape checks where those exist. */
    private static final class Writer {
        private final Mapping root;
        private final Compiled compiled;
        private final KnownFields known;
        private final String standard;

        Writer(Mapping root, Compiled compiled, KnownFields known) {
            this.root = root;
            this.compiled = compiled;
            this.known = known;
            this.standard = compiled.standard().label();
        }

        Finding finding(Problem problem) {
            String path = YamlPath.text(problem.at);
            YamlNode node = YamlPath.node(root, problem.at);
            return switch (problem.kind) {
                case REQUIRED -> {
                    List<String> values = known.values(problem.message.getSchemaLocation(), problem.field);
                    yield ReadRules.MISSING_FIELD.finding(
                            node.source(),
                            "`" + YamlPath.text(problem.at, problem.field) + "` is required by " + standard
                                    + " but is missing"
                                    + (values.isEmpty() ? "" : " (allowed: " + String.join(", ", values) + ")"),
                            "Add `" + problem.field + ": " + (values.isEmpty() ? "<value>" : values.get(0)) + "` "
                                    + (path.isEmpty() ? "at the top level" : "to `" + path + "`") + ".");
                }
                case REQUIRED_ONE_OF ->
                    ReadRules.MISSING_FIELD.finding(
                            node.source(),
                            where(path) + " needs one of " + quoted(problem.expected) + " but has none",
                            "Add one of them, for example `"
                                    + problem.expected.iterator().next() + ": <value>`.");
                case TYPE -> {
                    String expected = typeWords(problem.expected);
                    if (node instanceof Scalar empty && empty.type() == ScalarType.NULL) {
                        yield ReadRules.MISSING_FIELD.finding(
                                node.source(),
                                "`" + path + "` has no value (YAML reads an empty value as null), but " + standard
                                        + " needs " + expected + " here",
                                "Write " + expected + " after `" + path + ":`, or remove the line if the field is "
                                        + "optional.");
                    }
                    if (node instanceof Mapping && isOdcsThreeZeroTeam(path)) {
                        yield ReadRules.WRONG_TYPE.finding(
                                node.source(),
                                "`team` should be a list of members in ODCS " + compiled.version()
                                        + " but is a map; a map with `name` and `members` is the ODCS v3.1.0 form",
                                "Either declare `apiVersion: v3.1.0`, whose `team` is this map, or write `team` as"
                                        + " a list of members (`- username: <user>`), as ODCS "
                                        + compiled.version() + " defines it.");
                    }
                    yield ReadRules.WRONG_TYPE.finding(
                            node.source(),
                            "`" + path + "` should be " + expected + " but is " + node.kind(),
                            "Write `" + path + "` as " + expected + ", as " + standard + " defines it.");
                }
                case ENUM -> enumFinding(problem, path, node);
                case UNKNOWN_FIELD -> unknownFieldFinding(problem, path);
                case NOT_ALLOWED_HERE -> notAllowedHereFinding(problem, path);
                case CONSTRAINT ->
                    ReadRules.BROKEN_CONSTRAINT.finding(
                            node.source(),
                            where(path) + ": " + constraint(problem, node),
                            "Change the value so that it meets this rule of the " + standard + " " + compiled.version()
                                    + " schema.");
            };
        }

        private boolean isOdcsThreeZeroTeam(String path) {
            return path.equals("team")
                    && compiled.standard() == Standard.ODCS
                    && compiled.version().startsWith("v3.0");
        }

        private Finding enumFinding(Problem problem, String path, YamlNode node) {
            List<String> allowed = new ArrayList<>();
            JsonNode values = problem.message.getSchemaNode();
            if (values != null && values.isArray()) {
                values.forEach(value -> allowed.add(value.isTextual() ? value.asText() : value.toString()));
            }
            String list = String.join(", ", allowed);
            Optional<String> suggestion = node instanceof Scalar scalar && scalar.type() == ScalarType.STRING
                    ? DidYouMean.closest(scalar.text(), allowed)
                    : Optional.empty();
            Object last = problem.at.isEmpty() ? null : problem.at.get(problem.at.size() - 1);
            return ReadRules.ENUM_VALUE.finding(
                    node.source(),
                    where(path) + ": " + shown(node) + " is not one of " + list
                            + suggestion
                                    .map(s -> " (did you mean '" + s + "'?)")
                                    .orElse(""),
                    suggestion.isPresent() && last instanceof String key
                            ? "Write `" + key + ": " + suggestion.get() + "`."
                            : "Use one of the values " + standard + " allows: " + list + ".");
        }

        private Finding notAllowedHereFinding(Problem problem, String path) {
            Source at = YamlPath.keySource(root, problem.at, problem.field);
            String fields = quoted(problem.expected);
            boolean one = problem.expected.size() == 1;
            return ReadRules.UNKNOWN_FIELD.finding(
                    at,
                    where(path) + " has " + (one ? "a field " : "fields ") + fields
                            + " the standard does not allow here",
                    "Remove " + fields + ", or change the fields " + (one ? "it depends" : "they depend")
                            + " on (such as a `type`): " + standard + " " + compiled.version() + " allows "
                            + (one ? "it" : "them") + " here only together with other values.");
        }

        private Finding unknownFieldFinding(Problem problem, String path) {
            Source at = YamlPath.keySource(root, problem.at, problem.field);
            Set<String> defined =
                    problem.message == null ? Set.of() : known.around(problem.message.getSchemaLocation());
            Optional<String> suggestion = suggestion(problem);
            String hint = suggestion
                    .map(s -> "Rename `" + problem.field + "` to `" + s + "`.")
                    .orElse("Remove `" + problem.field + "`"
                            + (defined.contains("customProperties")
                                    ? ", or keep your own information under `customProperties`."
                                    : "."));
            return ReadRules.UNKNOWN_FIELD.finding(
                    at,
                    where(path) + " has a field `" + problem.field
                            + "` the standard does not define"
                            + suggestion
                                    .map(s -> " (did you mean `" + s + "`?)")
                                    .orElse(""),
                    hint);
        }

        /** The defined field an unknown field most likely means, among those the map does not have yet. */
        Optional<String> suggestion(Problem unknown) {
            Set<String> candidates = new LinkedHashSet<>(
                    unknown.message == null ? Set.of() : known.around(unknown.message.getSchemaLocation()));
            if (candidates.contains(unknown.field)) {
                return Optional.empty();
            }
            if (YamlPath.node(root, unknown.at) instanceof Mapping map) {
                candidates.removeAll(map.entries().keySet());
            }
            return DidYouMean.closest(unknown.field, candidates);
        }

        /** The validator's sentence without the JSON pointer it starts with, or a plainer one where it has none. */
        private String constraint(Problem problem, YamlNode node) {
            ValidationMessage message = problem.message;
            String key = message.getMessageKey() == null ? "" : message.getMessageKey();
            switch (key) {
                case "oneOf.indexes" -> {
                    return tooManyAlternatives(message, node);
                }
                case "oneOf" -> {
                    return "matches none of the forms " + standard + " allows here";
                }
                case "const" -> {
                    return "must be " + shown(message.getSchemaNode());
                }
                case "pattern" -> {
                    return shown(node) + " does not match the pattern `"
                            + message.getSchemaNode().asText() + "`";
                }
                default -> {
                    String text = message.getMessage();
                    String pointer = String.valueOf(message.getInstanceLocation());
                    return text.startsWith(pointer + ": ") ? text.substring(pointer.length() + 2) : text;
                }
            }
        }

        /** A oneOf of alternatives that each require a field ({@code mustBe}, {@code mustNotBe}): name them. */
        private String tooManyAlternatives(ValidationMessage message, YamlNode node) {
            JsonNode alternatives = message.getSchemaNode();
            Object[] arguments = message.getArguments();
            Set<String> fields = new LinkedHashSet<>();
            if (alternatives != null && arguments != null && arguments.length > 1 && node instanceof Mapping map) {
                for (String index : String.valueOf(arguments[1]).split(",\\s*")) {
                    if (index.matches("\\d+")) {
                        alternatives
                                .path(Integer.parseInt(index))
                                .path("required")
                                .forEach(required -> {
                                    if (map.get(required.asText()) != null) {
                                        fields.add(required.asText());
                                    }
                                });
                    }
                }
            }
            if (fields.size() > 1) {
                return "has " + quoted(fields) + ", but " + standard + " allows only one of them";
            }
            return "matches more than one of the forms " + standard + " allows here, and must match exactly one";
        }

        private static String where(String path) {
            return path.isEmpty() ? "the top level" : "`" + path + "`";
        }

        private static String shown(YamlNode node) {
            if (node instanceof Scalar scalar) {
                return switch (scalar.type()) {
                    case STRING -> "'" + scalar.text() + "'";
                    case NULL -> "null";
                    default -> scalar.text();
                };
            }
            return node.kind();
        }

        private static String shown(JsonNode value) {
            return value == null ? "?" : value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        }

        private static String quoted(Set<String> names) {
            List<String> quoted = names.stream().map(name -> "`" + name + "`").toList();
            return quoted.size() <= 2
                    ? String.join(" and ", quoted)
                    : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " and " + quoted.get(quoted.size() - 1);
        }

        /** "a map or a list", in the words people use for YAML; a number already admits integers. */
        static String typeWords(Set<String> types) {
            List<String> words = types.stream()
                    .filter(type -> !(type.equals("integer") && types.contains("number")))
                    .map(Writer::typeWord)
                    .distinct()
                    .toList();
            if (words.isEmpty()) {
                return "of another type";
            }
            return words.size() == 1
                    ? words.get(0)
                    : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
        }

        private static String typeWord(String type) {
            return switch (type) {
                case "object" -> "a map";
                case "array" -> "a list";
                case "string" -> "a string";
                case "number" -> "a number";
                case "integer" -> "an integer";
                case "boolean" -> "true or false";
                case "null" -> "null";
                default -> "a " + type;
            };
        }
    }
}
