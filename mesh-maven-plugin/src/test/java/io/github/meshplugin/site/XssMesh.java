package io.github.meshplugin.site;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A mesh whose every user-written field holds a cross-site scripting payload: names, descriptions, tags, ids,
 * property names, classifications, quality rules and queries, SLAs, support channels and their URLs, team
 * members and emails, custom properties (names and values), input ports (the version read, the properties
 * used), servers and READMEs. Payloads are taken in turn from
 * {@code xss/payloads.txt}, so each one lands in several kinds of field.
 */
final class XssMesh {

    static final int PRODUCTS = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<String> payloads;
    private int next;

    private XssMesh(List<String> payloads) {
        this.payloads = payloads;
    }

    static List<String> payloads() {
        try (InputStream in = XssMesh.class.getClassLoader().getResourceAsStream("xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Writes the mesh under {@code root}; returns how many fields got a payload. */
    static int write(Path root, List<String> payloads) throws IOException {
        XssMesh mesh = new XssMesh(payloads);
        mesh.files(root);
        return mesh.next;
    }

    /** The next payload as a YAML scalar (a JSON string is one). */
    private String p() {
        String payload = payloads.get(next++ % payloads.size());
        try {
            return JSON.writeValueAsString(payload);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private void files(Path root) throws IOException {
        Path domain = Files.createDirectories(root.resolve("domains/xss"));
        Files.writeString(
                domain.resolve("domain.yaml"), "name: " + p() + "\ndescription: " + p() + "\nowner: xss-team\n");
        Files.createDirectories(root.resolve("teams"));
        Files.writeString(
                root.resolve("teams/xss-team.yaml"), """
                id: xss-team
                name: %s
                description: %s
                members:
                  - username: %s
                    name: %s
                    role: %s
                    email: %s
                support:
                  - channel: %s
                    tool: %s
                    url: %s
                  - channel: email
                    url: %s
                """.formatted(p(), p(), p(), p(), p(), p(), p(), p(), p(), p()));
        for (int k = 0; k < PRODUCTS; k++) {
            Path folder = Files.createDirectories(domain.resolve("p" + k));
            Files.writeString(folder.resolve("product.odps.yaml"), product(k));
            Files.writeString(folder.resolve("contract.odcs.yaml"), contract(k));
            Files.writeString(folder.resolve("README.md"), readme());
        }
        Path odd = Files.createDirectories(domain.resolve("odd-id"));
        Files.writeString(odd.resolve("odd.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: %s
                name: %s
                status: draft
                version: 1.0.0
                domain: xss
                description:
                  purpose: %s
                team:
                  name: %s
                """.formatted(p(), p(), p(), p()));
    }

    private String product(int k) {
        String input = k == 0 ? "" : """
                inputPorts:
                  - name: %s
                    contractId: xss.c%d
                    version: %s
                    customProperties:
                      - property: usedProperties
                        value: [%s, id]
                """.formatted(p(), k - 1, p(), p());
        String lifecycle = k == 1 ? "deprecated" : "active";
        return """
                apiVersion: v1.0.0
                kind: DataProduct
                id: xss.p%d
                name: %s
                status: %s
                version: 1.0.0
                domain: xss
                description:
                  purpose: %s
                  limitations: %s
                  usage: %s
                tags: [%s, %s]
                team:
                  name: xss-team
                support:
                  - channel: %s
                    tool: %s
                    url: %s
                    description: %s
                  - channel: mail
                    url: %s
                %soutputPorts:
                  - name: %s
                    description: %s
                    type: %s
                    version: 1.0.0
                    contractId: xss.c%d
                customProperties:
                  - property: %s
                    value: %s
                  - property: replacedBy
                    value: %s
                  - property: sunsetDate
                    value: %s
                """.formatted(
                        k, p(), lifecycle, p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), input, p(), p(), p(), k,
                        p(), p(), p(), p());
    }

    private String contract(int k) {
        return """
                apiVersion: v3.1.0
                kind: DataContract
                id: xss.c%d
                name: %s
                version: 1.0.0
                status: active
                domain: xss
                description:
                  purpose: %s
                  usage: %s
                  limitations: %s
                tags: [%s]
                servers:
                  - server: %s
                    type: postgres
                    environment: %s
                    description: %s
                    host: %s
                    password: %s
                    customProperties:
                      - property: %s
                        value: %s
                schema:
                  - name: %s
                    physicalName: %s
                    physicalType: %s
                    description: %s
                    properties:
                      - name: %s
                        logicalType: string
                        physicalType: %s
                        description: %s
                        classification: %s
                        tags: [%s]
                        quality:
                          - type: library
                            metric: nullValues
                            mustBe: %s
                            name: %s
                            description: %s
                      - name: id
                        logicalType: string
                        required: true
                    quality:
                      - type: sql
                        query: %s
                        description: %s
                        dimension: %s
                slaProperties:
                  - property: %s
                    value: %s
                    unit: %s
                support:
                  - channel: %s
                    url: %s
                customProperties:
                  - property: %s
                    value: %s
                """.formatted(
                        k, p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(),
                        p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p(), p());
    }

    private String readme() {
        String one = raw();
        String two = raw();
        String three = raw();
        return "# " + one + "\n\n" + two + "\n\n- " + three + "\n\n[a link](" + raw() + ")\n\n![an image](" + raw()
                + ")\n\n<" + raw() + ">\n\n| a | b |\n|---|---|\n| " + raw().replace("|", "\\|") + " | x |\n\n"
                + raw() + "\n";
    }

    private String raw() {
        return payloads.get(next++ % payloads.size());
    }
}
