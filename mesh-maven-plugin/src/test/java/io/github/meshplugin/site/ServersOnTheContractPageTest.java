package io.github.meshplugin.site;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.TestFiles;
import io.github.meshplugin.build.MeshBuild;
import io.github.meshplugin.result.MeshResult;
import io.github.meshplugin.site.render.SiteRenderer;
import io.github.meshplugin.site.render.Theme;
import io.github.meshplugin.site.view.Hrefs;
import io.github.meshplugin.site.view.ServerSecrets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A contract's servers on its page: where the data lives, with the secrets of its connection hidden by default. */
class ServersOnTheContractPageTest {

    private static final String SERVERS = """
            servers:
              - server: orders-prod
                type: postgres
                environment: prod
                description: Primary database, read as report:descr1pt10n-pw@orders-db
                host: orders-db.internal.example.com
                port: 5432
                database: sales
                password: pl41n-t3xt-pw
                roles:
                  - role: reporting
                    access: read
                customProperties:
                  - property: connectionUrl
                    value: postgresql://report:url-s3cret@orders-db.internal.example.com:5432/sales
                  - property: serviceToken
                    value: tok-9f8e7d
            """;
    private static final List<String> SECRETS = List.of("pl41n-t3xt-pw", "url-s3cret", "tok-9f8e7d", "descr1pt10n-pw");

    @TempDir
    Path temp;

    private Path mesh;

    @BeforeEach
    void aMeshWhoseContractDeclaresServers() throws IOException {
        mesh = temp.resolve("mesh");
        TestFiles.copyTree(Path.of("src/test/resources/meshes/valid"), mesh);
        Path contract = mesh.resolve("domains/shop/orders/orders.odcs.yaml");
        Files.writeString(contract, Files.readString(contract).replace("schema:\n", SERVERS + "schema:\n"));
    }

    @Test
    void theContractPageShowsEachServerWithItsSettingsAndHidesItsSecrets() throws IOException {
        Path site = render(false);
        Document page =
                Jsoup.parse(site.resolve(Hrefs.contract("shop.orders.orders")).toFile(), "UTF-8");

        String servers = page.select("section.servers").text();
        assertThat(servers)
                .contains(
                        "orders-prod",
                        "postgres",
                        "prod",
                        "orders-db.internal.example.com",
                        "5432",
                        "roles[0].role",
                        "reporting",
                        "connectionUrl",
                        "postgresql://" + ServerSecrets.HIDDEN + "@orders-db.internal.example.com:5432/sales",
                        "3 secrets are hidden");
        assertThat(page.select("section.servers tr:has(code:containsOwn(password)) td")
                        .text())
                .isEqualTo(ServerSecrets.HIDDEN);
    }

    @Test
    void noFileOfTheCatalogCarriesASecretByDefault() throws IOException {
        Path site = render(false);

        try (Stream<Path> files = Files.walk(site)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                String content = read(file);
                assertThat(SECRETS).as(site.relativize(file).toString()).noneMatch(content::contains);
            });
        }
        assertThat(read(site.resolve("catalog.json"))).contains("orders-db.internal.example.com", "\"servers\"");
    }

    @Test
    void withShowServerSecretsThePageShowsThemButCatalogJsonStillDoesNot() throws IOException {
        Path site = render(true);

        String page = read(site.resolve(Hrefs.contract("shop.orders.orders")));
        assertThat(page).contains("pl41n-t3xt-pw", "url-s3cret", "tok-9f8e7d").doesNotContain("secrets are hidden");
        assertThat(read(site.resolve("catalog.json"))).doesNotContain("pl41n-t3xt-pw", "url-s3cret", "tok-9f8e7d");
    }

    private Path render(boolean showSecrets) throws IOException {
        Path site = temp.resolve(showSecrets ? "site-shown" : "site");
        MeshResult result = MeshBuild.defaults().run(mesh);
        new SiteRenderer(Theme.standard())
                .render(
                        new CatalogViewBuilder(result, "Shop")
                                .showServerSecrets(showSecrets)
                                .build(),
                        result,
                        site);
        return site;
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
