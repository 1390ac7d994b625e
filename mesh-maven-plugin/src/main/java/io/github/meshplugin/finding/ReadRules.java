package io.github.meshplugin.finding;

import java.util.List;

/** The rules checked while files are read: whether a file can be read at all and has the standard's shape. */
public final class ReadRules {

    public static final RuleInfo YAML_SYNTAX = new RuleInfo(
            "MESH-YAML-001",
            Severity.ERROR,
            "YAML syntax error",
            "A file that does not parse cannot be read at all: everything it declares is missing from the catalog.",
            "Fix the YAML at the position shown: check indentation, unclosed quotes and brackets, and tabs "
                    + "(YAML allows only spaces for indentation).",
            """
            schema:
              - name: orders
               properties: [        # one space less than `name`, and the bracket is never closed
            """);
    public static final RuleInfo DUPLICATE_KEY = new RuleInfo(
            "MESH-YAML-002",
            Severity.ERROR,
            "Duplicate key in a YAML map",
            "When a key appears twice, one value silently wins; readers of the file see the other.",
            "Remove one of the two entries, or merge them.",
            """
            id: sales.orders
            name: Orders
            name: Order lines       # `name` a second time: this value silently wins
            """);
    public static final RuleInfo YAML_ALIASES = new RuleInfo(
            "MESH-YAML-003",
            Severity.ERROR,
            "Too many or unknown YAML aliases",
            "Aliases that expand without bound (the 'billion laughs' pattern) can exhaust memory; an alias to an "
                    + "undefined anchor has no value.",
            "Write the values out instead of aliasing them, or define the anchor before using it.",
            """
            a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]    # nine times more at every level
            owner: *nobody                            # an alias to an anchor that is never defined
            """);
    public static final RuleInfo UNREADABLE_FILE = new RuleInfo(
            "MESH-FILE-001",
            Severity.ERROR,
            "File cannot be read as YAML or markdown text",
            "Binary, oversized or wrongly encoded files are skipped, so what they declare is missing.",
            "Save the file as UTF-8 text and keep it under the size limit.",
            """
            # domains/sales/orders/order-lines.odcs.yaml, saved as UTF-16 by an editor,
            # or a 50 MB data export, or an image renamed to .odcs.yaml
            """);
    public static final RuleInfo MISSING_FIELD = new RuleInfo(
            "MESH-SCHEMA-001",
            Severity.ERROR,
            "Required field missing",
            "The ODPS and ODCS standards require these fields; tools that read the file rely on them.",
            "Add the field with a value.",
            """
            apiVersion: v1.0.0
            kind: DataProduct
            id: sales.orders
            name: Orders
            # no `status`
            """);
    public static final RuleInfo WRONG_TYPE = new RuleInfo(
            "MESH-SCHEMA-002",
            Severity.ERROR,
            "Field has the wrong type",
            "A value of the wrong shape (a list where a map belongs, a map where a text belongs) is ignored.",
            "Write the value in the shape the standard defines.",
            """
            id: sales.orders
            tags: orders, checkout  # a string where a list belongs
            outputPorts:
              name: order-lines     # a map where a list of ports belongs
            """);
    public static final RuleInfo UNKNOWN_STANDARD = new RuleInfo(
            "MESH-SCHEMA-003",
            Severity.ERROR,
            "Unknown apiVersion or kind",
            "The plugin reads ODPS (kind DataProduct) and ODCS v3 (kind DataContract) files; another version or "
                    + "kind would be read by the wrong rules.",
            "Set apiVersion and kind to a supported value.",
            """
            apiVersion: v2.2.2      # an ODCS v2 contract
            kind: DataContract
            """);
    public static final RuleInfo UNKNOWN_STATUS = new RuleInfo(
            "MESH-SCHEMA-004",
            Severity.WARNING,
            "Unknown lifecycle status",
            "The catalog groups and badges products and contracts by status; an unknown one is shown as unknown.",
            "Use one of proposed, draft, active, deprecated, retired.",
            """
            id: sales.orders
            status: production      # expected proposed, draft, active, deprecated or retired
            """);
    public static final RuleInfo MISPLACED_FILE = new RuleInfo(
            "MESH-LAYOUT-001",
            Severity.WARNING,
            "File or folder outside the mesh layout",
            "Only descriptors at domains/<domain>/<product>/ are read as products; anything else is left out of "
                    + "the catalog without this warning.",
            "Move the file to domains/<domain>/<product>/, or give the product folder a `<product>.odps.yaml`.",
            """
            # domains/sales/orders.odps.yaml: directly in the domain folder,
            # where domains/sales/orders/orders.odps.yaml was meant
            """);
    public static final RuleInfo DOMAIN_MISMATCH = new RuleInfo(
            "MESH-LAYOUT-002",
            Severity.WARNING,
            "Product declares another domain than its folder",
            "The folder decides the domain; a `domain` field that says otherwise misleads readers of the file.",
            "Make the `domain` field match the domain folder, or move the product.",
            """
            # domains/sales/orders/orders.odps.yaml
            id: sales.orders
            domain: finance         # the folder says sales
            """);
    public static final RuleInfo TWO_DESCRIPTORS = new RuleInfo(
            "MESH-LAYOUT-003",
            Severity.ERROR,
            "Two product descriptors in one folder",
            "A product folder holds one product: its contracts and README belong to it. With two descriptors, "
                    + "nobody can tell which product owns what.",
            "Move the second product into a folder of its own.",
            """
            # both in domains/sales/orders/
            # orders.odps.yaml:         id: sales.orders
            # order-archive.odps.yaml:  id: sales.order-archive
            """);

    public static final RuleInfo ENUM_VALUE = new RuleInfo(
            "MESH-SCHEMA-005",
            Severity.ERROR,
            "Value is not one of the allowed values",
            "The standard lists the values this field may take; tools that read the file do not know any other.",
            "Use one of the values the message lists.",
            """
            schema:
              - name: orders
                properties:
                  - name: order_id
                    logicalType: strng      # string, date, timestamp, time, number, integer, ...
            """);
    public static final RuleInfo UNKNOWN_FIELD = new RuleInfo(
            "MESH-SCHEMA-006",
            Severity.ERROR,
            "Unknown field",
            "A field the standard does not define is usually a typo of one it does: the value is silently ignored.",
            "Fix the spelling, or keep your own information under `customProperties`.",
            """
            schema:
              - name: orders
                properties:
                  - name: order_id
                    logicalTyp: string      # logicalType
            """);
    public static final RuleInfo BROKEN_CONSTRAINT = new RuleInfo(
            "MESH-SCHEMA-007",
            Severity.ERROR,
            "Value breaks a constraint of the standard",
            "The standard's JSON Schema restricts this value (a pattern, a range, one of several forms); tools "
                    + "that validate against it reject the file.",
            "Change the value as the message says.",
            """
            quality:
              - type: library
                metric: rowCount
                mustBe: 1
                mustNotBe: 0              # a rule has one operator, not two
            """);

    public static final List<RuleInfo> ALL = List.of(
            YAML_SYNTAX,
            DUPLICATE_KEY,
            YAML_ALIASES,
            UNREADABLE_FILE,
            MISSING_FIELD,
            WRONG_TYPE,
            UNKNOWN_STANDARD,
            UNKNOWN_STATUS,
            MISPLACED_FILE,
            DOMAIN_MISMATCH,
            TWO_DESCRIPTORS,
            ENUM_VALUE,
            UNKNOWN_FIELD,
            BROKEN_CONSTRAINT);

    private ReadRules() {}
}
