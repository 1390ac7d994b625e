package io.github.meshplugin.diff;

/**
 * Every kind of contract or port change the diff reports, with its fixed classification. The order and the
 * descriptions are the table in the README's "Breaking changes" section; a test keeps the two in step.
 */
public enum ChangeType {
    CONTRACT_REMOVED(Impact.BREAKING, "contract removed"),
    OUTPUT_PORT_REMOVED(
            Impact.BREAKING, "output port removed (no port of the product publishes its contract any more)"),
    OUTPUT_PORT_CONTRACT_CHANGED(Impact.BREAKING, "output port now publishes another contract"),
    OBJECT_REMOVED(Impact.BREAKING, "schema object removed"),
    PROPERTY_REMOVED(Impact.BREAKING, "property removed"),
    TYPE_CHANGED(Impact.BREAKING, "logical or physical type changed to an incompatible one"),
    TYPE_WIDENED(
            Impact.NON_BREAKING,
            "type widened (integer to number; int to bigint/long; float to double; "
                    + "longer varchar/decimal; varchar or char to string/text)"),
    TYPE_REWRITTEN(Impact.NEEDS_REVIEW, "physical type rewritten in a form the diff cannot compare"),
    MADE_REQUIRED(Impact.BREAKING, "optional property made required"),
    NULLS_FORBIDDEN(Impact.BREAKING, "nullability tightened: a `nullValues` check with `mustBe: 0` added"),
    MADE_OPTIONAL(Impact.NEEDS_REVIEW, "required property made optional (values may now be null)"),
    MAX_LENGTH_REDUCED(Impact.BREAKING, "string length tightened (`maxLength` lowered or added, `minLength` raised)"),
    LENGTH_RELAXED(Impact.NON_BREAKING, "string length relaxed (`maxLength` raised or dropped, `minLength` lowered)"),
    FORMAT_CHANGED(Impact.NEEDS_REVIEW, "`format` or `pattern` of the type changed"),
    ENUM_VALUE_REMOVED(Impact.BREAKING, "valid value removed (or a value set added where there was none)"),
    ENUM_VALUE_ADDED(Impact.NEEDS_REVIEW, "valid value added"),
    PRIMARY_KEY_CHANGED(Impact.BREAKING, "primary key changed (a property joined or left it)"),
    SLA_WEAKENED(Impact.BREAKING, "SLA weakened: latency up, availability down, retention shorter"),
    SLA_REMOVED(Impact.BREAKING, "SLA promise removed (latency, availability or retention)"),
    SLA_STRENGTHENED(Impact.NON_BREAKING, "SLA strengthened: latency down, availability up, retention longer"),
    SLA_CHANGED(
            Impact.NEEDS_REVIEW, "other SLA change (frequency, time of availability, a unit the diff cannot compare)"),
    DEPRECATED(Impact.NEEDS_REVIEW, "contract or output port deprecated"),
    OPTIONAL_PROPERTY_ADDED(Impact.NON_BREAKING, "optional property added"),
    REQUIRED_PROPERTY_ADDED(Impact.NEEDS_REVIEW, "required property added"),
    OBJECT_ADDED(Impact.NON_BREAKING, "schema object added"),
    OUTPUT_PORT_ADDED(Impact.NON_BREAKING, "output port added"),
    SLA_ADDED(Impact.NON_BREAKING, "SLA promise added"),
    DOCUMENTATION_CHANGED(Impact.NON_BREAKING, "description, business name or tags changed");

    private final Impact impact;
    private final String description;

    ChangeType(Impact impact, String description) {
        this.impact = impact;
        this.description = description;
    }

    public Impact impact() {
        return impact;
    }

    public String description() {
        return description;
    }
}
