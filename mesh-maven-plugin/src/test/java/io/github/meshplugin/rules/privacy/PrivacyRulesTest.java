package io.github.meshplugin.rules.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.Severity;
import io.github.meshplugin.rules.Models;
import io.github.meshplugin.rules.TestMesh;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrivacyRulesTest {

    @TempDir
    Path dir;

    @Test
    void personalDataWithoutAClassificationIsReportedAtTheProperty() {
        TestMesh mesh = new TestMesh(dir)
                .team("crm")
                .file("domains/customer/profiles/profiles.odps.yaml", """
                apiVersion: v1.0.0
                kind: DataProduct
                id: customer.profiles
                status: draft
                team: {name: crm}
                outputPorts:
                  - {name: customers, version: 1.0.0, contractId: customer.profiles.customers}
                """)
                .file("domains/customer/profiles/customers.odcs.yaml", """
                apiVersion: v3.1.0
                kind: DataContract
                id: customer.profiles.customers
                version: 1.0.0
                status: active
                schema:
                  - name: customers
                    properties:
                      - name: email
                        logicalType: string
                        tags: [pii]
                      - name: segment
                        logicalType: string
                        classification: confidential
                      - name: address
                        logicalType: object
                        classification: restricted
                        tags: [pii]
                        properties:
                          - name: street
                            logicalType: string
                            tags: [personal-data, contact]
                          - name: country
                            logicalType: string
                """);

        List<Finding> findings = mesh.findings("MESH-PII-001");

        assertThat(findings)
                .extracting(Finding::severity, f -> f.source().location(), Finding::message)
                .containsExactly(
                        tuple(
                                Severity.ERROR,
                                "domains/customer/profiles/customers.odcs.yaml:9:9",
                                "property `customers.email` of contract `customer.profiles.customers` is personal "
                                        + "data (tags: pii) but has no `classification`, so no access policy "
                                        + "applies to it"),
                        tuple(
                                Severity.ERROR,
                                "domains/customer/profiles/customers.odcs.yaml:20:13",
                                "property `customers.address.street` of contract `customer.profiles.customers` is "
                                        + "personal data (tags: personal-data, contact) but has no "
                                        + "`classification`, so no access policy applies to it"));
        assertThat(findings).allSatisfy(f -> assertThat(f.hint()).contains("classification:"));
        assertThat(findings).extracting(Finding::subject).containsOnly("customer.profiles");
    }

    @Test
    void classifiedPersonalDataAndRestrictedDataThatIsNotPersonalAreFine() {
        PiiPropertyClassified rule = new PiiPropertyClassified();
        var schema = List.of(Models.object(
                "customers",
                Models.property("email", "restricted", true, List.of("pii"), 9),
                Models.property("birth_date", "personal", true, List.of(), 12),
                Models.property("credit_limit", "confidential", false, List.of(), 15),
                Models.property("internal_note", "restricted", false, List.of("free-text"), 18)));

        assertThat(Models.check(rule, List.of(), List.of(Models.contract("c", "1.0.0", schema))))
                .isEmpty();
    }

    @Test
    void whatCountsAsPersonalDataIsTheReadersVerdictNotTheRules() {
        var schema = List.of(Models.object(
                "customers", Models.property("loyalty_id", null, true, List.of("customer-identifier"), 9)));

        assertThat(Models.check(new PiiPropertyClassified(), List.of(), List.of(Models.contract("c", "1.0.0", schema))))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).startsWith("property `customers.loyalty_id`"));
    }
}
