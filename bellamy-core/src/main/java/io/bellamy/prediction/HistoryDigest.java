package io.bellamy.prediction;

import io.bellamy.data.RunRecord;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 over runs in order: a new run in a context changes its digest. */
final class HistoryDigest {
    private HistoryDigest() {
    }

    static String of(List<RunRecord> runs) {
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
