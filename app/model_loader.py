"""Imports TensorFlow and loads the model in use in a background thread.

The window appears at once; predictions start when ``loaded`` arrives.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


class ModelLoader(QObject):
    """Loads the newest good user checkpoint, else the bundled model."""

    loaded = Signal(object, list)  # model.classifier.Classifier, warnings
    failed = Signal(str)
    done = Signal()

    def __init__(self, checkpoint_dir: Path, prefer_bundled: bool = False) -> None:
        super().__init__()
        self.checkpoint_dir = checkpoint_dir
        self.prefer_bundled = prefer_bundled

    @Slot()
    def run(self) -> None:
        """Import TensorFlow, restore, trace the predict function."""
        try:
            from model.checkpoints import BUNDLED_DIR, CheckpointStore, load_checkpoint
            from model.classifier import Classifier

            if self.prefer_bundled:
                loaded = load_checkpoint(BUNDLED_DIR)
            else:
                loaded = CheckpointStore(self.checkpoint_dir).load_newest()
            classifier = Classifier(loaded.model, loaded.metadata, loaded.path)
            self.loaded.emit(classifier, loaded.warnings)
        except Exception as exc:  # noqa: BLE001 - shown to the person; the app stays open
            log.exception("model loading failed")
            self.failed.emit(str(exc) or type(exc).__name__)
        finally:
            self.done.emit()


def start_loading(loader: ModelLoader, parent: QObject) -> QThread:
    """Run ``loader`` in a new thread that ends (and is deleted) when it is done."""
    thread = QThread(parent)
    thread.setObjectName("model-loader")
    loader.moveToThread(thread)
    thread.started.connect(loader.run)
    loader.done.connect(thread.quit, Qt.ConnectionType.DirectConnection)
    thread.start()
    return thread
