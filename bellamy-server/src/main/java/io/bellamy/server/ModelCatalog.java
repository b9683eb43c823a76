package io.bellamy.server;

import io.bellamy.model.BellamyModel;
import io.bellamy.model.ModelFile;
import io.bellamy.model.ModelRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The models of the registry, loaded once and reloaded when their file changes (a pre-training
 * job of this server or a {@code bellamy pretrain} elsewhere replaces it atomically), so that
 * new models are served without a restart. Thread-safe.
 */
final class ModelCatalog {

    /** A loaded model and the file state it was loaded from. */
    record Loaded(BellamyModel model, String version, Object fileKey, long modified, long size) {
    }

    private final ModelRegistry registry;
    private final ConcurrentHashMap<String, Loaded> loaded = new ConcurrentHashMap<>();

    ModelCatalog(ModelRegistry registry) {
        this.registry = registry;
    }

    ModelRegistry registry() {
        return registry;
    }

    /**
     * The model of a target and algorithm, or {@code null} when there is none.
     *
     * @throws IllegalStateException when the file exists but cannot be loaded (a server fault)
     */
    Loaded find(String target, String algorithm) {
        Path file = registry.file(target, algorithm);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            loaded.remove(target + "/" + algorithm);
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attributes of " + file, e);
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Object fileKey = attributes.fileKey();
        return loaded.compute(target + "/" + algorithm, (key, old) -> {
            if (old != null && old.modified() == modified && old.size() == attributes.size()
                    && java.util.Objects.equals(old.fileKey(), fileKey)) {
                return old;
            }
            try {
                BellamyModel model = ModelFile.load(file);
                return new Loaded(model, model.version(), fileKey, modified, attributes.size());
            } catch (NoSuchFileException e) {
                return null;
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalStateException("cannot load the model file " + file + ": "
                        + e.getMessage(), e);
            }
        });
    }

    /** The model of a target and algorithm; 404 when there is none. */
    Loaded get(String target, String algorithm) {
        Loaded found = find(target, algorithm);
        if (found == null) {
            throw ApiProblem.notFound("unknown-model", "no pre-trained model for algorithm '"
                    + algorithm + "' on training target '" + target + "'; start one with POST /v1/"
                    + "models/" + target + "/" + algorithm + "/pretrain");
        }
        return found;
    }

    /** Every (target, algorithm) with a model file, sorted. */
    List<String[]> list() {
        return registry.list();
    }

    /** Forgets a loaded model so that the next request reads its file again. */
    void invalidate(String target, String algorithm) {
        loaded.remove(target + "/" + algorithm);
    }
}
