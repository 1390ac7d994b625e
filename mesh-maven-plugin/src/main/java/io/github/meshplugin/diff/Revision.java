package io.github.meshplugin.diff;

/** One commit of the mesh's history and what it changed in the contracts, compared with its parent. */
public record Revision(String commit, String date, String subject, MeshChanges changes) {}
