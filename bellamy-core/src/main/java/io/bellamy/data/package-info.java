/**
 * Run records, contexts and training targets, and the way data gets in: readers that turn
 * dataset files into run records, the data directory, and the download of the public datasets.
 *
 * <ul>
 *   <li>{@link io.bellamy.data.RunRecord}, {@link io.bellamy.data.ContextKey},
 *       {@link io.bellamy.data.TrainingTarget} — the values (SPEC §2, §8).</li>
 *   <li>{@link io.bellamy.data.RunRecordReader} — reads one file whole or fails with a
 *       {@link io.bellamy.data.DataFormatException} ({@code file:line:column: reason});
 *       implementations {@link io.bellamy.data.C3oReader}, {@link io.bellamy.data.BellReader}
 *       (SPEC §2.1 conversions) and {@link io.bellamy.data.GenericReader} (a user's own
 *       history as CSV, TSV or JSON Lines); {@link io.bellamy.data.DatasetFormat} picks one.</li>
 *   <li>{@link io.bellamy.data.DatasetCatalog} — the public dataset files of a data directory;
 *       {@link io.bellamy.data.DataDirResolver} — which directory that is.</li>
 *   <li>{@link io.bellamy.data.DatasetFetcher} — downloads and verifies the public datasets
 *       ({@link io.bellamy.data.PublicDataset}).</li>
 * </ul>
 */
package io.bellamy.data;
