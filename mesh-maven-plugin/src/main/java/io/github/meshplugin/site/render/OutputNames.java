package io.github.meshplugin.site.render;

import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.model.Source;
import io.github.meshplugin.site.view.Hrefs;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The last guard of the rule that one file of the catalog belongs to one entry of the mesh: {@link Hrefs} maps
 * ids to names that cannot meet, but should two different ids ever get one file (a hash collision), the build
 * stops and names both, rather than one page silently replacing the other. Names are compared without case, as
 * a case-insensitive file system would. The same id twice is not a collision: the identity rules report it.
 */
final class OutputNames {

    /** The entry that claimed a file: its kind, id and where it was written. */
    private record Claim(String kind, String id, Source source) {
        String describe() {
            return kind + " `" + id + "` (" + (source == null ? "no file" : source.location()) + ")";
        }
    }

    private final Map<String, Claim> claims = new HashMap<>();

    private OutputNames() {}

    /** @throws IOException naming the file and both entries when two different ids would share a file */
    static void check(Mesh mesh) throws IOException {
        OutputNames names = new OutputNames();
        for (var product : mesh.products()) {
            names.claim(Hrefs::product, "product", product.id(), product.source());
        }
        for (var contract : mesh.contracts()) {
            names.claim(Hrefs::contract, "contract", contract.id(), contract.source());
        }
        for (var domain : mesh.domains()) {
            names.claim(Hrefs::domain, "domain", domain.id(), domain.source());
        }
        for (var team : mesh.teams()) {
            names.claim(Hrefs::team, "team", team.id(), team.source());
        }
    }

    private void claim(Function<String, String> href, String kind, String id, Source source) throws IOException {
        if (id == null) {
            return;
        }
        String file = href.apply(id);
        Claim claim = new Claim(kind, id, source);
        Claim earlier = claims.putIfAbsent(file.toLowerCase(Locale.ROOT), claim);
        if (earlier != null && !earlier.id().equals(id)) {
            throw new IOException("two entries of the mesh would be written to the same file " + file + ": "
                    + earlier.describe() + " and " + claim.describe() + "; rename one of them");
        }
    }
}
