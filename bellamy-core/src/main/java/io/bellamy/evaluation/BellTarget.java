package io.bellamy.evaluation;

import java.util.List;

/** How the cross-environment variant names the Bell data of an algorithm: one context. */
final class BellTarget {

    private BellTarget() {
    }

    /** {@code bell-<algorithm>}. */
    static String contextId(String algorithm) {
        return "bell-" + algorithm;
    }

    /** {@code [bell, <algorithm>]}. */
    static List<String> key(String algorithm) {
        return List.of("bell", algorithm);
    }
}
