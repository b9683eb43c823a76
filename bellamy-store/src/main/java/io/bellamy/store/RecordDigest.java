package io.bellamy.store;

import io.bellamy.data.RunRecord;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 over a sequence of run records in an unambiguous binary form: every text as its UTF-8
 * length and bytes, numbers as IEEE 754 bits, absent optional numbers as a marker. Mutable; one
 * per digest.
 */
final class RecordDigest {

    private final MessageDigest sha256 = sha256();
    private final DataOutputStream out =
            new DataOutputStream(new DigestOutputStream(OutputStream.nullOutputStream(), sha256));

    /** Feeds one record. */
    void add(RunRecord r) {
        try {
            text(r.algorithm());
            out.writeInt(r.instanceCount());
            number(r.grossRuntime());
            text(r.machineType());
            text(r.jobArgs());
            number(r.dataSizeMB());
            text(r.dataCharacteristics());
            text(r.environment());
            text(r.jobType());
            optionalNumber(r.memory());
            optionalNumber(r.slots());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen: writing to a digest", e);
        }
    }

    /** The digest of the records fed so far, as 64 lowercase hex digits; ends this digest. */
    String hex() {
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** A fresh SHA-256 message digest. */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM lacks SHA-256, which every JVM must have", e);
        }
    }

    private void text(String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private void number(double d) throws IOException {
        out.writeDouble(d + 0.0); // + 0.0 turns -0.0 into 0.0, which the databases may do too
    }

    private void optionalNumber(Double d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) {
            number(d);
        }
    }
}
