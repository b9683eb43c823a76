package io.bellamy.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bellamy.model.BellamyModel;
import io.bellamy.model.TrainingReport;

/** What {@code GET /v1/models} says of one model: when, on how much data, how well. */
final class ModelDocument {

    private ModelDocument() {
    }

    static ObjectNode of(ObjectMapper json, BellamyModel model, String version) {
        ObjectNode doc = json.createObjectNode();
        doc.put("training_target", model.provenance().target());
        doc.put("algorithm", model.algorithm());
        doc.put("url", "/v1/models/" + model.provenance().target() + "/" + model.algorithm());
        doc.put("model_version", version);
        doc.put("created_at", model.provenance().createdAt());
        doc.put("code_version", model.provenance().codeVersion());
        doc.put("seed", model.provenance().seed());
        doc.put("data_digest", model.provenance().dataDigest());
        TrainingReport t = model.training();
        doc.put("records", t.records());
        doc.put("validation_records", t.validationRecords());
        doc.put("trials", t.trials());
        doc.put("best_epoch", t.bestEpoch());
        doc.put("validation_loss", t.validationLoss());
        doc.put("validation_mae_s", t.validationMae());
        doc.put("validation_mse", t.validationMse());
        ObjectNode rel = doc.putObject("validation_relative_errors");
        rel.put("q50", t.relativeErrors().q50());
        rel.put("q90", t.relativeErrors().q90());
        rel.put("q95", t.relativeErrors().q95());
        rel.put("q99", t.relativeErrors().q99());
        doc.put("pretrain_seconds", t.seconds());
        ObjectNode hp = doc.putObject("hyperparameters");
        hp.put("dropout", model.hyperparameters().dropout());
        hp.put("lr", model.hyperparameters().lr());
        hp.put("weight_decay", model.hyperparameters().weightDecay());
        return doc;
    }
}
