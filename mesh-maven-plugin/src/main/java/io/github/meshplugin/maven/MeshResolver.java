package io.github.meshplugin.maven;

import io.github.meshplugin.build.BuildSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.transfer.ArtifactNotFoundException;

/**
 * Resolves the catalogs of the meshes a mesh reads with Maven's own resolver: the project's remote repositories
 * with the mirrors, proxies and credentials of settings.xml, offline mode, the local repository and its update
 * policy for snapshots. What cannot be resolved is handed to the build as a problem naming the coordinates and
 * the repositories tried; the build reports it as a finding.
 */
final class MeshResolver {

    /** The classifier and type a mesh's catalog is deployed under (see {@code mesh:publish}). */
    static final String CATALOG_CLASSIFIER = "mesh-catalog";

    static final String CATALOG_TYPE = "json";

    private final RepositorySystem system;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    MeshResolver(RepositorySystem system, RepositorySystemSession session, List<RemoteRepository> repositories) {
        this.system = system;
        this.session = session;
        this.repositories = system.newResolutionRepositories(session, repositories);
    }

    List<BuildSettings.ExternalMesh> resolve(List<MeshCoordinates> meshes) {
        List<BuildSettings.ExternalMesh> resolved = new ArrayList<>();
        for (MeshCoordinates mesh : meshes) {
            resolved.add(resolve(mesh));
        }
        return resolved;
    }

    private BuildSettings.ExternalMesh resolve(MeshCoordinates mesh) {
        String asked = mesh.toString();
        if (blank(mesh.groupId) || blank(mesh.artifactId) || blank(mesh.version)) {
            return new BuildSettings.ExternalMesh(
                    asked, null, mesh.siteUrl, "a <mesh> needs a groupId, an artifactId and a version");
        }
        Artifact artifact = new DefaultArtifact(
                mesh.groupId.trim(), mesh.artifactId.trim(), CATALOG_CLASSIFIER, CATALOG_TYPE, mesh.version.trim());
        try {
            if (isRange(artifact.getVersion())) {
                VersionRangeResult range =
                        system.resolveVersionRange(session, new VersionRangeRequest(artifact, repositories, null));
                if (range.getHighestVersion() == null) {
                    return new BuildSettings.ExternalMesh(
                            asked,
                            null,
                            mesh.siteUrl,
                            "no version in " + artifact.getVersion() + " was found" + tried());
                }
                artifact = artifact.setVersion(range.getHighestVersion().toString());
            }
            ArtifactResult result = system.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null));
            Artifact found = result.getArtifact();
            return new BuildSettings.ExternalMesh(
                    found.getGroupId() + ":" + found.getArtifactId() + ":" + found.getBaseVersion(),
                    found.getFile().toPath(),
                    mesh.siteUrl,
                    null);
        } catch (ArtifactResolutionException missing) {
            return new BuildSettings.ExternalMesh(
                    asked, null, mesh.siteUrl, artifact + " was not found" + tried() + why(missing));
        } catch (VersionRangeResolutionException | IllegalArgumentException wrong) {
            return new BuildSettings.ExternalMesh(
                    asked,
                    null,
                    mesh.siteUrl,
                    artifact + " cannot be resolved" + tried() + " (" + firstLine(wrong.getMessage()) + ")");
        }
    }

    /**
     * Nothing when every repository simply lacks it; otherwise what went wrong with a repository that may have
     * it (refused credentials, a server down), which is what the user must fix.
     */
    private static String why(ArtifactResolutionException missing) {
        return missing.getResults().stream()
                .flatMap(result -> result.getExceptions().stream())
                .filter(problem -> !(problem instanceof ArtifactNotFoundException))
                .map(problem -> " (" + firstLine(problem.getMessage()) + ")")
                .findFirst()
                .orElse("");
    }

    /** "; repositories tried: central (https://...), ..." and whether the build is offline. */
    private String tried() {
        String list = repositories.isEmpty()
                ? "none"
                : repositories.stream()
                        .map(repository -> repository.getId() + " (" + repository.getUrl() + ")")
                        .collect(Collectors.joining(", "));
        return "; repositories tried: the local repository, " + list + (session.isOffline() ? " (offline)" : "");
    }

    private static boolean isRange(String version) {
        return version.startsWith("[") || version.startsWith("(");
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no detail";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
