package io.github.meshplugin.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.result.MeshResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeshScaffoldTest {

    @TempDir
    Path root;

    private MeshScaffold scaffold() {
        return new MeshScaffold(
                new MeshScaffold.Layout(root, "domains", "teams", Pattern.compile(BuildSettings.DEFAULT_ID_PATTERN)));
    }

    private MeshScaffold.Result init() throws ScaffoldException {
        return scaffold()
                .init(new MeshScaffold.InitRequest(
                        "Acme Mesh",
                        "com.acme",
                        "acme-mesh",
                        "sales",
                        "orders",
                        "sales-team",
                        "alice",
                        Set.of(MeshScaffold.Ci.GITHUB, MeshScaffold.Ci.GITLAB),
                        "main",
                        new MeshScaffold.Plugin("io.github.meshplugin", "mesh-maven-plugin", "0.1.0-SNAPSHOT")));
    }

    private MeshResult validate() {
        return MeshBuild.run(BuildSettings.of(root)).result();
    }

    @Test
    void aNewMeshValidatesWithoutFindings() throws Exception {
        MeshScaffold.Result result = init();

        assertThat(result.created())
                .contains(
                        "pom.xml",
                        "mesh-rules.yaml",
                        ".github/workflows/mesh.yml",
                        ".gitlab-ci.yml",
                        "teams/sales-team.yaml",
                        "domains/sales/domain.yaml",
                        "domains/sales/orders/orders.odps.yaml",
                        "domains/sales/orders/orders.odcs.yaml",
                        "domains/sales/orders/README.md");
        MeshResult mesh = validate();
        assertThat(mesh.findings()).extracting(Finding::oneLine).isEmpty();
        assertThat(mesh.mesh().products()).extracting(p -> p.id()).containsExactly("sales.orders");
        assertThat(Files.readString(root.resolve(".github/workflows/mesh.yml")))
                .contains("-Dmesh.baseline=origin/${{ github.base_ref }}", "actions/deploy-pages");
        assertThat(Files.readString(root.resolve(".gitlab-ci.yml")))
                .contains("-Dmesh.baseline=\"origin/$CI_MERGE_REQUEST_TARGET_BRANCH_NAME\"", "pages:");
        assertThat(Files.readString(root.resolve("mesh-rules.yaml"))).contains("#   MESH-SLA-001: warning");
    }

    @Test
    void initInAnExistingRepositoryKeepsItsFiles() throws Exception {
        Files.writeString(root.resolve("pom.xml"), "<project/>");

        MeshScaffold.Result result = init();

        assertThat(result.kept()).containsExactly("pom.xml");
        assertThat(Files.readString(root.resolve("pom.xml"))).isEqualTo("<project/>");
    }

    @Test
    void addedDomainTeamProductAndConsumerValidateAndDependOnEachOther() throws Exception {
        init();
        MeshScaffold scaffold = scaffold();

        scaffold.addTeam("finance-team", null);
        scaffold.addDomain("finance", "finance-team");
        scaffold.addProduct("finance", "revenue", null, List.of("sales.orders.orders"));
        scaffold.addContract("sales.orders", "order-lines");

        MeshResult mesh = validate();
        assertThat(mesh.findings()).extracting(Finding::oneLine).isEmpty();
        assertThat(mesh.graph().crossDomainEdgeCount()).isEqualTo(1);
        assertThat(Files.readString(root.resolve("domains/sales/orders/orders.odps.yaml")))
                .contains("    contractId: sales.orders.order-lines\n");
    }

    @Test
    void addRefusesToOverwriteAProductAndWritesNothing() throws Exception {
        init();
        Map<String, String> before = TestFiles.digests(root);

        assertThatThrownBy(() -> scaffold().addProduct("sales", "orders", "sales-team", List.of()))
                .isInstanceOf(ScaffoldException.class)
                .hasMessageContaining("Nothing was written")
                .hasMessageContaining("sales.orders exists already");
        assertThatThrownBy(() -> scaffold().addContract("sales.orders", "orders"))
                .hasMessageContaining("sales.orders.orders is taken");
        assertThat(TestFiles.digests(root)).isEqualTo(before);
    }

    @Test
    void namesAndIdsOutsideTheConventionAreRefused() throws Exception {
        init();

        assertThatThrownBy(() -> scaffold().addDomain("Order_Lines", null)).hasMessageContaining("try `order-lines`");
        assertThatThrownBy(() -> new MeshScaffold(
                                new MeshScaffold.Layout(root, "domains", "teams", Pattern.compile("[a-z]+\\.[a-z]+")))
                        .addProduct("sales", "returns", null, List.of()))
                .hasMessageContaining("would not follow the mesh's id pattern");
        assertThatThrownBy(() -> scaffold().addProduct("sales", "returns", "nobody", List.of()))
                .hasMessageContaining("add it first with mvn mesh:add-team -Dmesh.team=nobody");
    }

    @Test
    void newFilesDeclareTheStandardVersionsTheMeshUses() throws Exception {
        init();
        Path contract = root.resolve("domains/sales/orders/orders.odcs.yaml");
        Files.writeString(contract, Files.readString(contract).replace("apiVersion: v3.1.0", "apiVersion: v3.0.2"));

        scaffold().addContract("sales.orders", "refunds");

        assertThat(Files.readString(root.resolve("domains/sales/orders/refunds.odcs.yaml")))
                .startsWith("apiVersion: v3.0.2\n");
        assertThat(validate().findings()).extracting(Finding::oneLine).isEmpty();
    }

    @Test
    void theSmallestDescriptorAndContractOfTheReadmeValidate() throws Exception {
        Files.createDirectories(root.resolve("teams"));
        Files.writeString(root.resolve("teams/sales-team.yaml"), "id: sales-team\nname: Sales Team\n");
        Path folder = Files.createDirectories(root.resolve("domains/sales/orders"));
        Files.writeString(folder.resolve("orders.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: sales.orders
                name: Orders
                status: draft
                team:
                  name: sales-team
                outputPorts:
                  - name: orders
                    version: 0.1.0
                    contractId: sales.orders.orders
                """);
        Files.writeString(folder.resolve("orders.odcs.yaml"), """
                apiVersion: v3.1.0
                kind: DataContract
                id: sales.orders.orders
                version: 0.1.0
                status: draft
                schema:
                  - name: orders
                    properties:
                      - name: order_id
                        logicalType: string
                        required: true
                        primaryKey: true
                """);

        assertThat(validate().findings()).extracting(Finding::oneLine).isEmpty();
    }
}
