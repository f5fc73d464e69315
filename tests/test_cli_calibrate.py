import json

import pytest

import main
from model.network.checkpoints import write_checkpoint
from model.network.convnet import ConvNet
from tests.helpers import mnist


def _checkpoint(folder, validation):
    metadata = {"hidden": 32, "recipe": {"validation": validation}, "test_accuracy": 0.5}
    return write_checkpoint(folder, ConvNet(seed=1), metadata)


def test_calibrate_refits_the_rule_on_the_held_out_split(tmp_path, capsys):
    mnist()  # fetched once per session, where the command's loader finds it
    folder = _checkpoint(tmp_path / "ck", validation=1000)
    assert main.main(["calibrate", "--checkpoint", str(folder)]) == 0
    assert "temperature" in capsys.readouterr().out
    metadata = json.loads((folder / "metadata.json").read_text())
    assert metadata["calibration"]["validation"] == 1000
    assert metadata["decision"]["score"] == "max_logit"
    assert metadata["decision"]["threshold"] is not None
    assert metadata["test_accuracy"] == 0.5  # the rest of the metadata is kept


@pytest.mark.faults
def test_calibrate_refuses_a_model_trained_on_everything(tmp_path, capsys):
    folder = _checkpoint(tmp_path / "ck", validation=0)
    before = (folder / "metadata.json").read_bytes()
    assert main.main(["calibrate", "--checkpoint", str(folder)]) == 1
    assert "no held-out split" in capsys.readouterr().err
    assert (folder / "metadata.json").read_bytes() == before
