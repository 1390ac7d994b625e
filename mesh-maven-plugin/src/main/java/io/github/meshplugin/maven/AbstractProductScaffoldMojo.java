package io.github.meshplugin.maven;

import org.apache.maven.plugins.annotations.Parameter;

/** What the goals that write a new product share: its domain, its name and the team that owns it. */
abstract class AbstractProductScaffoldMojo extends AbstractScaffoldMojo {

    /** The product's domain: an existing one for {@code add-product}, the mesh's first for {@code init}. */
    @Parameter(property = "mesh.domain")
    String domain;

    /** The product's name: lower-case words joined by hyphens; its id is {@code <domain>.<product>}. */
    @Parameter(property = "mesh.product")
    String product;

    /**
     * The team that owns the product: by default the domain's owner for {@code add-product}, and
     * {@code <domain>-team}, which {@code init} writes, as the owner of the first domain.
     */
    @Parameter(property = "mesh.team")
    String team;
}
