package io.bellamy.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The model registry directory: {@code <root>/<target>/<algorithm>/model.json}, one model per
 * training target and algorithm, each replaced atomically.
 */
public final class ModelRegistry {

    private final Path root;

    /** @param root the registry directory (created on the first save) */
    public ModelRegistry(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The registry directory. */
    public Path root() {
        return root;
    }

    /** Where the model of a target and algorithm lives. */
    public Path file(String target, String algorithm) {
        if (!algorithm.matches("[A-Za-z0-9._-]+") || algorithm.startsWith(".")) {
            throw new IllegalArgumentException("algorithm name '" + algorithm
                    + "' may only contain letters, digits, '.', '_' and '-'");
        }
        return root.resolve(target).resolve(algorithm).resolve(ModelFile.FILE_NAME);
    }

    /** Saves a model under its provenance's target and algorithm; returns the file. */
    public Path save(BellamyModel model) throws IOException {
        Path file = file(model.provenance().target(), model.algorithm());
        ModelFile.save(model, file);
        return file;
    }

    /**
     * Loads the model of a target and algorithm.
     *
     * @throws IllegalArgumentException when there is none (naming the command that creates it)
     *     or it cannot be loaded
     */
    public BellamyModel load(String target, String algorithm) {
        Path file = file(target, algorithm);
        try {
            return ModelFile.load(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("no pre-trained model for " + algorithm + " on "
                    + target + " in " + root + "; create it with: bellamy pretrain -tt " + target
                    + " -a " + algorithm, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read model file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Every (target, algorithm) with a model file, sorted. */
    public List<String[]> list() {
        List<String[]> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(root, 3)) {
            files.filter(p -> p.getFileName().toString().equals(ModelFile.FILE_NAME))
                    .filter(p -> root.relativize(p).getNameCount() == 3)
                    .sorted()
                    .forEach(p -> {
                        Path rel = root.relativize(p);
                        found.add(new String[] {rel.getName(0).toString(), rel.getName(1).toString()});
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list models in " + root, e);
        }
        return found;
    }
}
