package io.github.meshplugin.finding;

import java.util.List;

/**
 * The rules checked while the catalogs of other repositories' meshes are loaded: whether each could be resolved
 * and read, and whether two of them define the same contract.
 */
public final class FederationRules {

    public static final RuleInfo CATALOG_MISSING = new RuleInfo(
            "MESH-FED-001",
            Severity.ERROR,
            "The catalog of a mesh this mesh reads cannot be resolved",
            "Input ports that name that mesh's contracts cannot be checked, and its consumers are unknown here: the "
                    + "build would pass or fail for the wrong reasons.",
            "Check the coordinates in `<meshes>`, that the mesh's build deployed its catalog (`mesh:publish`), and "
                    + "that the repositories tried (and their credentials in settings.xml) are the ones it was "
                    + "deployed to. Offline, build once online so the local repository holds it.",
            """
            <meshes>
              <mesh><groupId>org.acme</groupId><artifactId>sales-mesh</artifactId><version>[1.0,2.0)</version></mesh>
            </meshes>
            """);
    public static final RuleInfo CATALOG_UNREADABLE = new RuleInfo(
            "MESH-FED-002",
            Severity.ERROR,
            "A resolved mesh catalog cannot be read",
            "A catalog written by a newer plugin, or one that is not a catalog.json at all, would be misread; "
                    + "nothing of it is used.",
            "Build with the plugin version that published the catalog (or newer), or depend on a version of the "
                    + "mesh whose catalog this plugin can read.",
            """
            {"formatVersion": "4", ...}     # written by a newer plugin than the one reading it
            """);
    public static final RuleInfo CONTRACT_IN_TWO_MESHES = new RuleInfo(
            "MESH-FED-003",
            Severity.ERROR,
            "One contract id is defined in two meshes",
            "A consumer of the id cannot know whose data it reads; the catalog would show one of them at random.",
            "Rename the contract in one of the meshes (ids are usually prefixed with the domain), or stop reading "
                    + "one of the two meshes.",
            """
            # org.acme:sales-mesh:1.0   defines sales.orders.order-lines
            # org.acme:legacy-mesh:3.2  defines sales.orders.order-lines too
            """);

    public static final List<RuleInfo> ALL = List.of(CATALOG_MISSING, CATALOG_UNREADABLE, CONTRACT_IN_TWO_MESHES);

    private FederationRules() {}
}
