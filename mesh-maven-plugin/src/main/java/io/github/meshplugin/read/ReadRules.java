package io.github.meshplugin.read;

import io.github.meshplugin.finding.RuleInfo;
import io.github.meshplugin.finding.Severity;
import java.util.List;

/** The rules checked while files are read: whether a file can be read at all and has the standard's shape. */
public final class ReadRules {

    public static final RuleInfo YAML_SYNTAX = new RuleInfo("MESH-YAML-001", Severity.ERROR,
            "YAML syntax error",
            "A file that does not parse cannot be read at all: everything it declares is missing from the catalog.",
            "Fix the YAML at the position shown: check indentation, unclosed quotes and brackets, and tabs "
                    + "(YAML allows only spaces for indentation).");
    public static final RuleInfo DUPLICATE_KEY = new RuleInfo("MESH-YAML-002", Severity.ERROR,
            "Duplicate key in a YAML map",
            "When a key appears twice, one value silently wins; readers of the file see the other.",
            "Remove one of the two entries, or merge them.");
    public static final RuleInfo YAML_ALIASES = new RuleInfo("MESH-YAML-003", Severity.ERROR,
            "Too many or unknown YAML aliases",
            "Aliases that expand without bound (the 'billion laughs' pattern) can exhaust memory; an alias to an "
                    + "undefined anchor has no value.",
            "Write the values out instead of aliasing them, or define the anchor before using it.");
    public static final RuleInfo UNREADABLE_FILE = new RuleInfo("MESH-FILE-001", Severity.ERROR,
            "File cannot be read as YAML or markdown text",
            "Binary, oversized or wrongly encoded files are skipped, so what they declare is missing.",
            "Save the file as UTF-8 text and keep it under the size limit.");
    public static final RuleInfo MISSING_FIELD = new RuleInfo("MESH-SCHEMA-001", Severity.ERROR,
            "Required field missing",
            "The ODPS and ODCS standards require these fields; tools that read the file rely on them.",
            "Add the field with a value.");
    public static final RuleInfo WRONG_TYPE = new RuleInfo("MESH-SCHEMA-002", Severity.ERROR,
            "Field has the wrong type",
            "A value of the wrong shape (a list where a map belongs, a map where a text belongs) is ignored.",
            "Write the value in the shape the standard defines.");
    public static final RuleInfo UNKNOWN_STANDARD = new RuleInfo("MESH-SCHEMA-003", Severity.ERROR,
            "Unknown apiVersion or kind",
            "The plugin reads ODPS (kind DataProduct) and ODCS v3 (kind DataContract) files; another version or "
                    + "kind would be read by the wrong rules.",
            "Set apiVersion and kind to a supported value.");
    public static final RuleInfo UNKNOWN_STATUS = new RuleInfo("MESH-SCHEMA-004", Severity.WARNING,
            "Unknown lifecycle status",
            "The catalog groups and badges products and contracts by status; an unknown one is shown as unknown.",
            "Use one of proposed, draft, active, deprecated, retired.");
    public static final RuleInfo MISPLACED_FILE = new RuleInfo("MESH-LAYOUT-001", Severity.WARNING,
            "File or folder outside the mesh layout",
            "Only descriptors at domains/<domain>/<product>/ are read as products; anything else is left out of "
                    + "the catalog without this warning.",
            "Move the file to domains/<domain>/<product>/, or give the product folder a `<product>.odps.yaml`.");
    public static final RuleInfo DOMAIN_MISMATCH = new RuleInfo("MESH-LAYOUT-002", Severity.WARNING,
            "Product declares another domain than its folder",
            "The folder decides the domain; a `domain` field that says otherwise misleads readers of the file.",
            "Make the `domain` field match the domain folder, or move the product.");
    public static final RuleInfo TWO_DESCRIPTORS = new RuleInfo("MESH-LAYOUT-003", Severity.ERROR,
            "Two product descriptors in one folder",
            "A product folder holds one product: its contracts and README belong to it. With two descriptors, "
                    + "nobody can tell which product owns what.",
            "Move the second product into a folder of its own.");

    public static final List<RuleInfo> ALL = List.of(YAML_SYNTAX, DUPLICATE_KEY, YAML_ALIASES, UNREADABLE_FILE,
            MISSING_FIELD, WRONG_TYPE, UNKNOWN_STANDARD, UNKNOWN_STATUS, MISPLACED_FILE, DOMAIN_MISMATCH, TWO_DESCRIPTORS);

    private ReadRules() {
    }
}
