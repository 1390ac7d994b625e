package io.github.meshplugin.read.baseline;

import io.github.meshplugin.io.SlashPaths;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Where the mesh's files come from, when the mesh is in a git repository: the commit checked out, its time (the
 * catalog's "built" time, so the same commit always gives the same catalog), the branch, the {@code origin}
 * remote and the mesh's folder inside the repository. Read with JGit; a mesh outside git, or a repository that
 * cannot be read, has none.
 *
 * @param prefix the mesh root relative to the repository's root ("" when it is the root), forward slashes
 */
public record MeshRepository(String commit, Instant commitTime, String branch, String remoteUrl, String prefix) {

    public static Optional<MeshRepository> of(Path meshRoot) {
        FileRepositoryBuilder builder =
                new FileRepositoryBuilder().readEnvironment().findGitDir(meshRoot.toFile());
        if (builder.getGitDir() == null) {
            return Optional.empty();
        }
        try (Repository repository = builder.build();
                RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            if (head == null) {
                return Optional.empty();
            }
            RevCommit commit = walk.parseCommit(head);
            File workTree = repository.isBare() ? null : repository.getWorkTree();
            String prefix = workTree == null
                    ? ""
                    : SlashPaths.relative(workTree.toPath().toRealPath(), meshRoot.toRealPath());
            String branch = repository.getBranch();
            return Optional.of(new MeshRepository(
                    commit.name(),
                    Instant.ofEpochSecond(commit.getCommitTime()),
                    branch == null || branch.equals(commit.name()) ? null : branch,
                    repository.getConfig().getString("remote", "origin", "url"),
                    prefix));
        } catch (IOException | RuntimeException unreadable) {
            // A damaged or unusual repository costs the catalog its provenance line, never the build.
            return Optional.empty();
        }
    }
}
