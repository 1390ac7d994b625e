package io.github.meshplugin.read;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.model.Domain;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.read.YamlNode.Mapping;
import java.util.List;

/** Reads a {@code domains/<id>/domain.yaml}: display name, description and owning team of a domain. */
public final class DomainReader {

    public Domain read(Mapping root, String id, List<Finding> findings) {
        Fields fields = new Fields(findings, "the domain file format");
        return new Domain(
                id,
                fields.text(root, "", "name"),
                fields.text(root, "", "description"),
                fields.text(root, "", "owner"),
                root.source());
    }

    public static Domain undescribed(String id, String folder) {
        return new Domain(id, null, null, null, Source.file(folder));
    }
}
