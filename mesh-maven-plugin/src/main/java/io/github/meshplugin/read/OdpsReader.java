package io.github.meshplugin.read;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.model.DataProduct;
import io.github.meshplugin.model.InputPort;
import io.github.meshplugin.model.OutputPort;
import io.github.meshplugin.model.Owner;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.model.Status;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.read.YamlNode.Mapping;
import java.util.List;
import java.util.Set;

/** Reads an ODPS product descriptor ({@code *.odps.yaml}) into a {@link DataProduct}. */
public final class OdpsReader {

    /** v0.9.0 is still what the standard's own examples declare; v1.0.0 accepts it. */
    static final Set<String> API_VERSIONS = Set.of("v0.9.0", "v1.0.0", "v1.1.0");

    /** A product and the team its descriptor declares inline, if any (not yet matched to the teams folder). */
    public record ReadProduct(DataProduct product, Team inlineTeam) {}

    /**
     * @param fallbackId the id used when the descriptor has none (a finding), so the product is still listed
     */
    public ReadProduct read(
            Mapping root,
            String fallbackId,
            String folder,
            String folderDomain,
            String readme,
            List<Finding> findings) {
        Fields fields = new Fields(findings, "ODPS");
        checkStandard(root, fields, findings);
        String declaredId = fields.requiredText(root, "", "id");
        String id = declaredId != null ? declaredId : fallbackId;
        Status status = status(root, fields, findings);
        String domain = fields.text(root, "", "domain");

        Fields.Description description = fields.description(root);

        List<InputPort> inputs = fields.each(
                root,
                "",
                "inputPorts",
                (port, path) -> new InputPort(
                        fields.requiredText(port, path, "name"),
                        fields.requiredText(port, path, "version"),
                        fields.requiredText(port, path, "contractId"),
                        port.source(),
                        fields.customPropertyList(port, path, InputPort.USED_PROPERTIES),
                        valueSource(port, "contractId")));
        List<OutputPort> outputs = fields.each(
                root,
                "",
                "outputPorts",
                (port, path) -> new OutputPort(
                        fields.requiredText(port, path, "name"),
                        fields.text(port, path, "description"),
                        fields.text(port, path, "type"),
                        fields.requiredText(port, path, "version"),
                        fields.text(port, path, "contractId"),
                        port.source(),
                        fields.customProperties(port, path),
                        valueSource(port, "contractId")));

        Mapping teamMap = fields.mapping(root, "", "team");
        Team inlineTeam = TeamReader.inline(teamMap, "team", fields);
        Owner owner = inlineTeam == null ? null : new Owner(inlineTeam.id(), false, valueSource(teamMap, "name"));
        DataProduct product = new DataProduct(
                id,
                fields.text(root, "", "name"),
                folderDomain != null ? folderDomain : domain,
                status,
                fields.text(root, "", "version"),
                fields.text(root, "", "apiVersion"),
                description.purpose(),
                description.limitations(),
                description.usage(),
                fields.texts(root, "", "tags"),
                owner,
                inputs,
                outputs,
                fields.contacts(root, "", "support"),
                fields.customProperties(root, ""),
                folder,
                readme,
                root.source());
        return new ReadProduct(product, inlineTeam);
    }

    /** Where the value of {@code key} is written, or where the map is when it has no such key. */
    private static Source valueSource(Mapping map, String key) {
        YamlNode value = map.get(key);
        return value == null ? map.source() : value.source();
    }

    private static void checkStandard(Mapping root, Fields fields, List<Finding> findings) {
        String apiVersion = fields.requiredText(root, "", "apiVersion");
        if (apiVersion != null && !API_VERSIONS.contains(apiVersion)) {
            findings.add(ReadRules.UNKNOWN_STANDARD.finding(
                    root.get("apiVersion").source(),
                    "ODPS apiVersion `" + apiVersion + "` is not supported (supported: v0.9.0, v1.0.0, v1.1.0)",
                    "Set `apiVersion: v1.0.0`."));
        }
        String kind = fields.requiredText(root, "", "kind");
        if (kind != null && !"DataProduct".equals(kind)) {
            findings.add(ReadRules.UNKNOWN_STANDARD.finding(
                    root.get("kind").source(),
                    "a `.odps.yaml` file must have `kind: DataProduct` but has `kind: " + kind + "`",
                    "Set `kind: DataProduct`, or rename the file if it is not a product descriptor."));
        }
    }

    static Status status(Mapping root, Fields fields, List<Finding> findings) {
        String text = fields.requiredText(root, "", "status");
        Status status = Status.parse(text);
        if (text != null && status == Status.UNKNOWN) {
            findings.add(ReadRules.UNKNOWN_STATUS.finding(
                    root.get("status").source(), "`status: " + text + "` is not a lifecycle status the catalog knows"));
        }
        return status;
    }
}
