package io.github.meshplugin.read;

import io.github.meshplugin.finding.Finding;
import io.github.meshplugin.finding.ReadRules;
import io.github.meshplugin.model.Source;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a file as UTF-8 text, turning every way that can fail into a finding instead of an exception. */
public final class TextFiles {

    private final long maxBytes;

    public TextFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Optional<String> read(Path file, String relative, List<Finding> findings) {
        Source source = Source.file(relative);
        if (!Files.isRegularFile(file)) {
            // Opening a named pipe would wait for a writer forever, and a device may never end.
            findings.add(ReadRules.UNREADABLE_FILE.finding(
                    source,
                    "`" + relative + "` is " + FileProblems.kind(file) + ", not a regular file; it was not read",
                    "Replace it with a regular file, or move it out of the mesh."));
            return Optional.empty();
        }
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                findings.add(ReadRules.UNREADABLE_FILE.finding(
                        source,
                        "file is " + size + " bytes, over the limit of " + maxBytes + " bytes; it was not read",
                        "Split the file, or raise the limit with the `maxFileBytes` parameter."));
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<Charset> wide = wideEncoding(bytes);
            if (wide.isPresent()) {
                return decodeWide(bytes, wide.get(), source, findings);
            }
            for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
                if (bytes[i] == 0) {
                    findings.add(ReadRules.UNREADABLE_FILE.finding(
                            source,
                            "file is binary (it contains NUL bytes), not YAML or markdown text; it was not read"));
                    return Optional.empty();
                }
            }
            return Optional.of(decode(bytes, StandardCharsets.UTF_8));
        } catch (CharacterCodingException encoding) {
            findings.add(ReadRules.UNREADABLE_FILE.finding(source, "file is not valid UTF-8 text; it was not read"));
        } catch (IOException io) {
            findings.add(ReadRules.UNREADABLE_FILE.finding(
                    source,
                    "file cannot be read: " + FileProblems.reason(io),
                    "Make the file readable by the user running the build, or move it out of the mesh."));
        }
        return Optional.empty();
    }

    /**
     * UTF-16 or UTF-32, as named by the byte order mark editors on Windows write: such a file is full of NUL bytes,
     * yet it is text. Without a mark the encoding is UTF-8, as YAML assumes.
     */
    private static Optional<Charset> wideEncoding(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return Optional.of(Charset.forName("UTF-32BE"));
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return Optional.of(Charset.forName("UTF-32LE"));
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... mark) {
        if (bytes.length < mark.length) {
            return false;
        }
        for (int i = 0; i < mark.length; i++) {
            if ((bytes[i] & 0xFF) != mark[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> decodeWide(byte[] bytes, Charset charset, Source source, List<Finding> findings) {
        try {
            return Optional.of(decode(bytes, charset));
        } catch (CharacterCodingException encoding) {
            findings.add(ReadRules.UNREADABLE_FILE.finding(
                    source,
                    "file is " + charset.name() + " encoded (it starts with that byte order mark) but is not valid "
                            + charset.name() + " text; it was not read",
                    "Save the file as UTF-8."));
            return Optional.empty();
        }
    }

    /** The text, strictly decoded (a malformed byte is an error, not a replacement character), without its BOM. */
    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        String text = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
