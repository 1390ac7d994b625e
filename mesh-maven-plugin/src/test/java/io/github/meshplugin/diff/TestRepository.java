package io.github.meshplugin.diff;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;

/** A git repository made with JGit in a test folder; each commit takes everything and a fixed, later date. */
public final class TestRepository {

    private final Path root;
    private int commits;

    public TestRepository(Path root) {
        this.root = root;
    }

    public void commit(String message) throws Exception {
        try (Git git = Files.exists(root.resolve(".git"))
                ? Git.open(root.toFile())
                : Git.init()
                        .setDirectory(root.toFile())
                        .setInitialBranch("main")
                        .call()) {
            git.add().addFilepattern(".").call();
            git.add().addFilepattern(".").setUpdate(true).call();
            PersonIdent author = new PersonIdent(
                    "Mesh Test",
                    "mesh@example.com",
                    Instant.parse("2026-01-01T10:00:00Z").plusSeconds(86_400L * commits++),
                    ZoneOffset.UTC);
            git.commit()
                    .setMessage(message)
                    .setAuthor(author)
                    .setCommitter(author)
                    .setSign(false)
                    .call();
        }
    }
}
