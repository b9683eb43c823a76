package io.bellamy.data;

import java.net.URI;
import java.nio.file.Path;

/**
 * Progress of {@link DatasetFetcher#fetch}; every method has an empty default. Called on the
 * fetching thread, in file order.
 */
public interface FetchListener {

    /** A listener that ignores everything. */
    FetchListener NONE = new FetchListener() {
    };

    /** The file is already present with the right checksum and is left alone. */
    default void skipped(PublicDataset file, Path target) {
    }

    /** A download of the file starts. */
    default void downloading(PublicDataset file, URI url) {
    }

    /** The file was downloaded, verified and moved into place. */
    default void downloaded(PublicDataset file, Path target, long bytes) {
    }
}
