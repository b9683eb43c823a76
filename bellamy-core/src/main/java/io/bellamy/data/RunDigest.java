package io.bellamy.data;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over run records in order: any change of a record or of the order changes it. */
public final class RunDigest {
    private RunDigest() {
    }

    /** The digest of the records, in hex. */
    public static String of(List<RunRecord> runs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (RunRecord r : runs) {
                md.update(r.toString().getBytes(StandardCharsets.UTF_8));
                md.update(ByteBuffer.allocate(8).putDouble(r.grossRuntime()).array());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
