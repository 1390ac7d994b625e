package io.github.meshplugin.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.meshplugin.build.BuildLog;
import io.github.meshplugin.build.BuildSettings;
import io.github.meshplugin.build.Goal;
import io.github.meshplugin.build.MeshBuild;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Credentials of well-known formats never reach a published page or export; ordinary prose stays as written. */
class SecretFormatsTest {

    private static final String BASIC = Base64.getEncoder().encodeToString("deploy:s3cr3t-pass".getBytes());

    /** Each entry is a credential that must not be published; none of them is a real one. */
    private static final List<String> SECRETS = List.of(
            "ghp_" + "a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8",
            "gho_" + "Z9y8X7w6V5u4T3s2R1q0P9o8N7m6L5k4J3i2",
            "github_pat_" + "11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz",
            "glpat-" + "xY12zW34vU56tS78rQ90",
            "xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
            "https://hooks.slack.com/services/" + "T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
            "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "AIza" + "SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q",
            "sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc",
            "eyJhbGciOiJIUzI1NiJ9" + ".eyJzdWIiOiIxMjM0NTY3ODkwIn0" + ".dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
            BASIC,
            "Bearer9f8e7d6c5b4a3210",
            "hunter2-very-secret");

    private static String hostileText() {
        return String.join(
                " ",
                "GitHub " + SECRETS.get(0),
                "OAuth " + SECRETS.get(1),
                "fine-grained " + SECRETS.get(2),
                "GitLab " + SECRETS.get(3),
                "Slack " + SECRETS.get(4),
                "hook " + SECRETS.get(5),
                "AWS key AKIAIOSFODNN7EXAMPLE secret " + SECRETS.get(6),
                "Google " + SECRETS.get(7),
                "Stripe " + SECRETS.get(8),
                "JWT " + SECRETS.get(9),
                "Authorization: Basic " + SECRETS.get(10),
                "Authorization: Bearer " + SECRETS.get(11),
                "pw: " + SECRETS.get(12));
    }

    @Test
    void eachFormatIsHiddenAloneInAPageAndInTheCaseItsFormatIgnores() {
        String page = "<p>Our setup: %s and nothing else.</p>";
        for (String line : hostileText()
                .split(" (?=GitHub|OAuth|fine-grained|GitLab|Slack|hook|AWS|Google|Stripe"
                        + "|JWT|Authorization|pw:)")) {
            String hidden = SecretFormats.hide(page.formatted(line));
            assertThat(SECRETS).allSatisfy(secret -> assertThat(hidden).doesNotContain(secret));
            assertThat(hidden).contains(ServerSecrets.HIDDEN);
        }
        assertThat(SecretFormats.hide("HOOK HTTPS://HOOKS.SLACK.COM/SERVICES/T00000000/B00000000/XXXXXXXX"))
                .isEqualTo("HOOK " + ServerSecrets.HIDDEN);
        assertThat(SecretFormats.hide("PASSWD=" + SECRETS.get(12))).isEqualTo("PASSWD=" + ServerSecrets.HIDDEN);
        assertThat(SecretFormats.hide("BEARER " + SECRETS.get(11).substring("Bearer".length()) + "0000000"))
                .startsWith("BEARER " + ServerSecrets.HIDDEN);
        String nextToPadding = "key=" + SECRETS.get(6) + "=";
        assertThat(SecretFormats.hide(nextToPadding)).isEqualTo(nextToPadding);
    }

    @Test
    void aCredentialIsFoundInThePublishedBytesAtTheEdgesAndBetweenLettersOfAnyScript() {
        for (String secret : SECRETS.subList(0, 10)) {
            for (String text : List.of(secret, "été " + secret, secret + " 日本", "«" + secret + "»")) {
                byte[] published = SecretFormats.hide(text.getBytes(StandardCharsets.UTF_8));
                assertThat(new String(published, StandardCharsets.UTF_8))
                        .as(text)
                        .doesNotContain(secret)
                        .contains(ServerSecrets.HIDDEN);
            }
        }
        byte[] prose = "Données: 40 caractères, 日本語, Bearer of news, pwn".getBytes(StandardCharsets.UTF_8);
        assertThat(SecretFormats.hide(prose)).isSameAs(prose);
    }

    @Test
    void everyKnownFormatIsHiddenAndProseIsNot() {
        String hidden = SecretFormats.hide(hostileText());

        assertThat(SECRETS).allSatisfy(secret -> assertThat(hidden).doesNotContain(secret));
        assertThat(hidden).contains("GitHub " + ServerSecrets.HIDDEN, "Authorization: Basic " + ServerSecrets.HIDDEN);

        String prose = "Basic information for analysts; the Bearer of this product is sales. Commit "
                + "3f786850e387550fdab836ed7e6dc881de23001b. Ordered by password reset date.";
        assertThat(SecretFormats.hide(prose)).isEqualTo(prose);
    }

    @Test
    void noPageOrExportOfTheCatalogPublishesThem(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("mesh/domains/d/p"));
        String text = hostileText();
        Files.writeString(folder.resolve("p.odps.yaml"), """
                apiVersion: v1.0.0
                kind: DataProduct
                id: d.p
                name: Orders
                status: active
                team: {name: t}
                description: {purpose: '%s', usage: '%s'}
                customProperties:
                  - {property: pw, value: '%s'}
                """.formatted(text, text, SECRETS.get(12)));
        Path site = temp.resolve("site");

        MeshBuild.run(BuildSettings.of(temp.resolve("mesh")).withSite(site, "Mesh"), Goal.SITE, BuildLog.SILENT);

        List<Path> files;
        try (Stream<Path> walk = Files.walk(site)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(site.resolve("assets")))
                    .toList();
        }
        assertThat(files).extracting(p -> site.relativize(p).toString()).contains("catalog.json", "llms.txt");
        String all = String.join(
                "\n",
                files.stream()
                        .map(p -> {
                            try {
                                return Files.readString(p, StandardCharsets.UTF_8);
                            } catch (IOException e) {
                                throw new IllegalStateException(e);
                            }
                        })
                        .toList());
        assertThat(all).contains("Orders");
        assertThat(SECRETS).allSatisfy(secret -> assertThat(all).doesNotContain(secret));
    }
}
