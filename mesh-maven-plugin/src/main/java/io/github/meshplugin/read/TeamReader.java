package io.github.meshplugin.read;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.model.Team;
import io.github.meshplugin.model.TeamMember;
import io.github.meshplugin.read.YamlNode.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads teams: a {@code teams/<id>.yaml} file, or the {@code team} block of an ODPS descriptor or ODCS contract
 * (ODCS 3.1 writes it as a map with members; ODCS 3.0 as a bare list of members).
 */
public final class TeamReader {

    public Team readFile(Mapping root, String fileId, List<Finding> findings) {
        Fields fields = new Fields(findings, "the team file format");
        String id = fields.text(root, "", "id");
        if (id != null && !id.equals(fileId)) {
            findings.add(ReadRules.WRONG_TYPE.finding(
                    root.get("id").source(),
                    "team file `" + fileId + ".yaml` declares `id: " + id + "`; the file name is the team id",
                    "Rename the file to `" + id + ".yaml` or change `id` to `" + fileId + "`."));
        }
        return new Team(
                fileId,
                fields.text(root, "", "name"),
                fields.text(root, "", "description"),
                members(fields.mappings(root, "", "members"), "members", fields),
                fields.contacts(root, "", "support"),
                true,
                root.source());
    }

    /** The inline team of a descriptor, identified by its name; null when the block is absent or nameless. */
    static Team inline(Mapping team, String path, Fields fields) {
        if (team == null) {
            return null;
        }
        String name = fields.text(team, path, "name");
        if (name == null) {
            return null;
        }
        return new Team(
                slug(name),
                name,
                fields.text(team, path, "description"),
                members(fields.mappings(team, path, "members"), path + ".members", fields),
                List.of(),
                false,
                team.source());
    }

    static List<TeamMember> members(List<Mapping> items, String path, Fields fields) {
        List<TeamMember> members = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Mapping member = items.get(i);
            String memberPath = path + "[" + i + "]";
            members.add(new TeamMember(
                    fields.requiredText(member, memberPath, "username"),
                    fields.text(member, memberPath, "name"),
                    fields.text(member, memberPath, "role"),
                    fields.text(member, memberPath, "email"),
                    fields.text(member, memberPath, "description")));
        }
        return members;
    }

    /** A team name as an id: "Data Team" and "data-team" name the same team. */
    public static String slug(String name) {
        String slug = name.trim()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "team" : slug;
    }
}
