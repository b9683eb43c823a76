package io.bellamy.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The bearer tokens the server accepts. Without a read token, reads need no token; without a
 * write token, writes need the read token (or nothing when neither is set). With a write token,
 * writes need exactly it, and it may also read. Tokens are compared in constant time.
 *
 * @param readToken the token for every non-public endpoint, or {@code null}
 * @param writeToken the token for writes (runs, pre-training), or {@code null}
 */
public record AccessTokens(String readToken, String writeToken) {

    /** Rejects blank tokens. */
    public AccessTokens {
        if (readToken != null && readToken.isBlank()) {
            throw new IllegalArgumentException("the read token must not be blank");
        }
        if (writeToken != null && writeToken.isBlank()) {
            throw new IllegalArgumentException("the write token must not be blank");
        }
    }

    /** No tokens: every endpoint is open (the server still binds to loopback by default). */
    public static AccessTokens none() {
        return new AccessTokens(null, null);
    }

    /**
     * Reads the tokens from files (first line, surrounding blanks removed).
     *
     * @param readFile the read token's file, or {@code null}
     * @param writeFile the write token's file, or {@code null}
     * @throws IllegalArgumentException naming the file when it is empty
     * @throws UncheckedIOException when a file cannot be read
     */
    public static AccessTokens fromFiles(Path readFile, Path writeFile) {
        return new AccessTokens(read(readFile), read(writeFile));
    }

    /** Whether any token is required anywhere. */
    public boolean enabled() {
        return readToken != null || writeToken != null;
    }

    /** The outcome of checking a request's credentials. */
    enum Verdict { ALLOWED, MISSING_OR_WRONG, READ_ONLY }

    /** Checks the {@code Authorization} header (may be {@code null}) against what access needs. */
    Verdict check(Access access, String authorization) {
        if (access == Access.PUBLIC) {
            return Verdict.ALLOWED;
        }
        String presented = bearer(authorization);
        boolean isWrite = presented != null && writeToken != null && same(presented, writeToken);
        boolean isRead = presented != null && readToken != null && same(presented, readToken);
        if (access == Access.WRITE && writeToken != null) {
            if (isWrite) {
                return Verdict.ALLOWED;
            }
            return isRead ? Verdict.READ_ONLY : Verdict.MISSING_OR_WRONG;
        }
        if (readToken == null) {
            return Verdict.ALLOWED;
        }
        return isRead || isWrite ? Verdict.ALLOWED : Verdict.MISSING_OR_WRONG;
    }

    private static String bearer(String authorization) {
        if (authorization == null) {
            return null;
        }
        String value = authorization.strip();
        if (value.length() < 7 || !value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return value.substring(7).strip();
    }

    /** Constant-time equality: digests first, so that neither content nor length leaks. */
    private static boolean same(String presented, String expected) {
        return MessageDigest.isEqual(sha256(presented), sha256(expected));
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static String read(Path file) {
        if (file == null) {
            return null;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read token file " + file + ": " + e.getMessage(), e);
        }
        String token = text.lines().findFirst().orElse("").strip();
        if (token.isEmpty()) {
            throw new IllegalArgumentException("token file " + file + " is empty");
        }
        return token;
    }

    @Override
    public String toString() {
        return "AccessTokens[read=" + (readToken != null) + ", write=" + (writeToken != null) + "]";
    }
}
