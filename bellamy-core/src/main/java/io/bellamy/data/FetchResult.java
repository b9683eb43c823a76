package io.bellamy.data;

import java.util.List;

/**
 * What a fetch did.
 *
 * @param downloaded the files downloaded and verified
 * @param skipped the files already present with the right checksum
 */
public record FetchResult(List<PublicDataset> downloaded, List<PublicDataset> skipped) {

    /** Copies the lists. */
    public FetchResult {
        downloaded = List.copyOf(downloaded);
        skipped = List.copyOf(skipped);
    }
}
