package io.github.meshplugin;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256, the content digest every cache and fingerprint of the plugin decides sameness by. */
public final class Sha256 {

    private Sha256() {
    }

    /** A fresh digest; every JVM has SHA-256. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is required of every JVM", impossible);
        }
    }
}
