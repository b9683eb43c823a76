package io.bellamy.config;

/** Range checks whose messages name the key and quote the value. */
final class Checks {
    private Checks() {
    }

    static void require(boolean condition, String key, String expected, Object value) {
        if (!condition) {
            throw new IllegalArgumentException(key + " must be " + expected + ", got " + value);
        }
    }
}
