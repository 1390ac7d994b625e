package io.github.meshplugin.read.baseline;

import io.github.meshplugin.io.SlashPaths;
import io.github.meshplugin.model.Mesh;
import io.github.meshplugin.read.MeshReader;
import io.github.meshplugin.read.ReadOptions;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * Reads the mesh as it was at a git commit, with JGit (no git binary needed): the mesh's files are copied from
 * the commit's tree into a scratch folder and read by the same {@link MeshReader} as the working tree, so a
 * baseline is understood exactly like the current mesh. Only the domains and teams folders are copied.
 */
public final class GitSnapshots implements AutoCloseable {

    /** One commit of the mesh's history: what a catalog shows about it, and the mesh it held. */
    public record Snapshot(String commit, String date, String subject, ObjectId meshTree, Mesh mesh) {}

    private final Repository repository;
    private final String prefix;
    private final ReadOptions options;

    private GitSnapshots(Repository repository, String prefix, ReadOptions options) {
        this.repository = repository;
        this.prefix = prefix;
        this.options = options;
    }

    /** Opens the repository that holds {@code meshRoot}. */
    public static GitSnapshots open(Path meshRoot, ReadOptions options) throws BaselineException {
        FileRepositoryBuilder builder =
                new FileRepositoryBuilder().readEnvironment().findGitDir(meshRoot.toFile());
        if (builder.getGitDir() == null) {
            throw new BaselineException(
                    "the mesh root " + meshRoot + " is not inside a git repository, so a git " + "ref cannot be read",
                    "Run the build in a git clone, or set `baseline` to a catalog.json "
                            + "file from an earlier build.");
        }
        try {
            Repository repository = builder.build();
            File workTree = repository.isBare() ? null : repository.getWorkTree();
            String prefix = "";
            if (workTree != null) {
                prefix = SlashPaths.relative(workTree.toPath().toRealPath(), meshRoot.toRealPath());
            }
            return new GitSnapshots(repository, prefix, options);
        } catch (IOException | IllegalArgumentException unreadable) {
            throw new BaselineException(
                    "the git repository at " + builder.getGitDir() + " cannot be opened: " + unreadable.getMessage(),
                    "Check that the clone is complete and readable.");
        }
    }

    /** The mesh at {@code ref} (a branch, tag, commit, {@code HEAD~1}, {@code origin/main}). */
    public Snapshot at(String ref) throws BaselineException {
        ObjectId commitId;
        try {
            commitId = repository.resolve(ref + "^{commit}");
        } catch (RevisionSyntaxException | IOException unresolvable) {
            commitId = null;
        }
        if (commitId == null) {
            throw new BaselineException(
                    "git ref `" + ref + "` is not in this clone, so the mesh cannot be compared " + "with it"
                            + (shallow() ? " (the clone is shallow)" : ""),
                    fetchHint(ref));
        }
        try (RevWalk walk = new RevWalk(repository)) {
            return snapshot(walk.parseCommit(commitId));
        } catch (IOException missing) {
            throw new BaselineException(
                    "git ref `" + ref + "` names a commit whose files are not in this clone: " + missing.getMessage(),
                    fetchHint(ref));
        }
    }

    /**
     * The last {@code count} commits reachable from HEAD along first parents, newest first, plus the parent of
     * the oldest so each of them can be compared with its predecessor. A mesh is read once per distinct tree of
     * the mesh's folder, so commits that left the mesh untouched cost nothing.
     */
    public List<Snapshot> history(int count) throws BaselineException {
        List<Snapshot> snapshots = new ArrayList<>();
        Map<ObjectId, Mesh> meshes = new HashMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve(Constants.HEAD);
            RevCommit commit = head == null ? null : walk.parseCommit(head);
            for (int seen = 0; commit != null && seen <= count; seen++) {
                ObjectId tree = meshTree(commit);
                Mesh mesh = meshes.get(tree);
                if (mesh == null) {
                    mesh = read(commit);
                    meshes.put(tree, mesh);
                }
                snapshots.add(snapshot(commit, tree, mesh));
                commit = commit.getParentCount() == 0 ? null : walk.parseCommit(commit.getParent(0));
            }
        } catch (IOException unreadable) {
            throw new BaselineException(
                    "the git history cannot be read: " + unreadable.getMessage(),
                    "In a shallow clone, fetch more history (`git fetch --deepen=" + count + "`).");
        }
        return snapshots;
    }

    private Snapshot snapshot(RevCommit commit, ObjectId tree, Mesh mesh) {
        String date = Instant.ofEpochSecond(commit.getCommitTime())
                .atOffset(ZoneOffset.UTC)
                .toLocalDate()
                .toString();
        return new Snapshot(commit.abbreviate(7).name(), date, commit.getShortMessage(), tree, mesh);
    }

    private Snapshot snapshot(RevCommit commit) throws IOException {
        return snapshot(commit, meshTree(commit), read(commit));
    }

    private ObjectId meshTree(RevCommit commit) throws IOException {
        if (prefix.isEmpty()) {
            return commit.getTree().getId();
        }
        try (TreeWalk at = TreeWalk.forPath(repository, prefix, commit.getTree())) {
            return at == null ? ObjectId.zeroId() : at.getObjectId(0);
        }
    }

    private Mesh read(RevCommit commit) throws IOException {
        Path scratch = Files.createTempDirectory("mesh-baseline-");
        try {
            try (TreeWalk walk = new TreeWalk(repository)) {
                walk.addTree(commit.getTree());
                walk.setRecursive(true);
                if (!prefix.isEmpty()) {
                    walk.setFilter(PathFilter.create(prefix));
                }
                while (walk.next()) {
                    FileMode mode = walk.getFileMode(0);
                    if (mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) {
                        continue;
                    }
                    String path = walk.getPathString();
                    String relative = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                    if (!relative.startsWith(options.domainsDirectory() + "/")
                            && !relative.startsWith(options.teamsDirectory() + "/")) {
                        continue;
                    }
                    Path target = scratch.resolve(relative).normalize();
                    if (!target.startsWith(scratch)) {
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        walk.getObjectReader().open(walk.getObjectId(0)).copyTo(out);
                    }
                }
            }
            return new MeshReader(options).modelOnly().read(scratch).mesh();
        } finally {
            deleteTree(scratch);
        }
    }

    private boolean shallow() {
        return new File(repository.getDirectory(), "shallow").isFile();
    }

    /** What to fetch so that the ref exists: a deeper history for HEAD~n, the branch for a remote ref. */
    static String fetchHint(String ref) {
        Matcher back = Pattern.compile("HEAD(~(\\d+)|\\^+)?").matcher(ref);
        if (back.matches()) {
            int depth = back.group(2) != null
                    ? Integer.parseInt(back.group(2))
                    : back.group(1) == null ? 0 : back.group(1).length();
            return "Fetch enough history for it: `git fetch --deepen=" + Math.max(depth, 1) + "` (in CI, check out "
                    + "with a fetch depth of at least " + (depth + 1) + ").";
        }
        int slash = ref.indexOf('/');
        if (slash > 0 && !ref.startsWith("refs/")) {
            return "Fetch it first: `git fetch " + ref.substring(0, slash) + " " + ref.substring(slash + 1) + "`.";
        }
        return "Fetch it first (`git fetch origin " + ref + "`), or check the spelling of the ref.";
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public void close() {
        repository.close();
    }
}
