"""Export the network as a SavedModel or a TFLite file that gives the app's answers.

The decision rule is part of the exported graph: ``probabilities`` are the
app's calibrated ones (softmax of logits / temperature) and ``is_digit`` applies
its not-a-digit threshold. A JSON file with the rule, the input format and the
model's figures goes with it (inside the SavedModel folder; beside the .tflite).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import tensorflow as tf

from model.network.convnet import ConvNet
from model.network.decision import RejectRule

FORMATS = ("savedmodel", "tflite")
SAVEDMODEL_METADATA = "digit_canvas.json"  # inside the SavedModel folder
OUTPUTS = {
    "logits": "(N, 10) float32, the network's raw outputs",
    "probabilities": "(N, 10) float32, softmax(logits / temperature): the app's histogram",
    "digit": "(N,) int64, the most likely digit",
    "is_digit": "(N,) bool, false when the rule says 'not a digit'",
}


class ExportError(Exception):
    """The export could not be written (one line for the person)."""


class Serving(tf.Module):
    """The network and its decision rule behind one signature: 28x28x1 float images."""

    def __init__(self, model: ConvNet, rule: RejectRule) -> None:
        super().__init__()
        self.model = model
        self.rule = rule

    @tf.function(input_signature=[tf.TensorSpec([None, 28, 28, 1], tf.float32, name="images")])
    def serve(self, images: tf.Tensor) -> dict[str, tf.Tensor]:
        """The outputs of :data:`OUTPUTS` for images in [0, 1], ink light on dark."""
        logits = self.model(images, training=False)
        probabilities = tf.nn.softmax(logits / self.rule.temperature)
        chosen = logits if self.rule.score == "max_logit" else probabilities
        is_digit = tf.reduce_max(chosen, axis=1) >= self.rule.threshold
        return {"logits": logits, "probabilities": probabilities,
                "digit": tf.argmax(probabilities, axis=1), "is_digit": is_digit}


def describe_export(fmt: str, rule: RejectRule, metadata: dict) -> dict:
    """What the JSON beside the exported model says: input, outputs, rule, source figures."""
    return {
        "format": fmt,
        "input": {"name": "images", "shape": [None, 28, 28, 1], "dtype": "float32",
                  "values": "0 (background) to 1 (ink), a digit centred by its centre of mass "
                            "in 20x20 as in MNIST (the app's model/data/preprocess.py)"},
        "outputs": OUTPUTS,
        "decision": rule.as_metadata(),
        "model": {key: metadata[key] for key in ("test_accuracy", "date", "recipe",
                                                 "calibration", "weights_npz_sha256")
                  if key in metadata},
    }


def export(model: ConvNet, out: str | os.PathLike[str], fmt: str = "savedmodel",
           metadata: dict | None = None) -> Path:
    """Write the model (and its metadata JSON) in ``fmt``; return the JSON's path.

    Raises:
        ExportError: an unknown format, or a path that cannot be written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    metadata = metadata or {}
    rule = RejectRule.from_metadata(metadata)
    module = Serving(model, rule)
    out = Path(out)
    info = out / SAVEDMODEL_METADATA if fmt == "savedmodel" else out.with_suffix(".json")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "savedmodel":
            tf.saved_model.save(module, os.fspath(out),
                                signatures={"serving_default": module.serve})
        else:
            out.write_bytes(tflite_bytes(module))
        info.write_text(json.dumps(describe_export(fmt, rule, metadata), indent=2) + "\n",
                        encoding="utf-8")
    except (OSError, tf.errors.OpError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ExportError(f"cannot write the export to {out}: {reason}") from exc
    return info


def tflite_bytes(module: Serving) -> bytes:
    """The serving function converted to TFLite (float32, no quantisation: same answers)."""
    function = module.serve.get_concrete_function()
    converter = tf.lite.TFLiteConverter.from_concrete_functions([function], module)
    return converter.convert()
