"""Training orchestration: Retrain and Fine-tune, and what their endings do.

The trainer process (app/trainer.py, in the session) does the work; this
starts it with the panel's settings, and on success adopts the new model in
the session (every subscriber follows), or says in plain words why not.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from app.adoption import Adoption
from app.feedback import show_message, tell
from app.session import Session
from app.trainer import TrainingJob, TrainingResult
from app.training_panel import TrainingPanel

SNAPSHOT_EVERY = 200  # training steps between the weight copies "Look inside" follows


class Training(QObject):
    """Starts Retrain / Fine-tune and handles their ends; the trainer is ``session.trainer``."""

    def __init__(self, session: Session, panel: TrainingPanel, window: QMainWindow,
                 run_actions: tuple[QAction, ...], cancel_action: QAction) -> None:
        super().__init__(window)
        self.session, self.panel, self.window = session, panel, window
        self.run_actions, self.cancel_action = run_actions, cancel_action  # Retrain, Fine-tune
        self.adoption = Adoption(session, window)
        self._scrolled: tuple[int, int] | None = None  # the panel before and after a start
        self.adoption.decided.connect(panel.on_ended)
        trainer = session.trainer  # connected once, never per run: no signal can come too early
        panel.retrainRequested.connect(self.start_retrain)
        panel.fineTuneRequested.connect(self.start_fine_tune)
        panel.cancelRequested.connect(trainer.cancel)
        trainer.status.connect(panel.on_status)
        trainer.step.connect(panel.on_step)
        trainer.epochEnded.connect(panel.on_epoch)
        trainer.succeeded.connect(self._on_succeeded)
        trainer.cancelled.connect(self._on_cancelled)
        trainer.failed.connect(self._on_failed)
        trainer.finished.connect(self._on_finished)

    def training_config(self) -> object:
        """The panel's settings as a validated model.network.train.TrainConfig."""
        from model.network.recipe import PRESETS

        chosen = self.panel.settings()
        base = PRESETS["tutorial"] if chosen.tutorial else PRESETS["default"]
        return dataclasses.replace(
            base, epochs=chosen.epochs, batch_size=chosen.batch_size,
            learning_rate=chosen.learning_rate, augment=chosen.augment,
        ).validate()

    @Slot()
    def start_retrain(self) -> bool:
        """One click: train from scratch with the panel's settings (ignored while running)."""
        if self.session.trainer.is_running():
            return False
        try:
            config = self.training_config()
        except ValueError as exc:
            show_message(self.window, self.tr("Invalid training settings"), str(exc))
            return False
        extra = (self.session.training_drawings() if self.panel.settings().include_samples
                 else None)
        return self.start(TrainingJob(config, self.session.checkpoint_dir, extra=extra))

    @Slot()
    def start_fine_tune(self) -> bool:
        """A quick run on the person's drawings (mixed with MNIST) from the current model."""
        if self.session.trainer.is_running() or self.session.classifier is None:
            return False
        extra = self.session.training_drawings()
        if extra is None:
            show_message(self.window, self.tr("No drawings yet"),
                         self.tr("Correct a few predictions first: they are what fine-tuning "
                                 "learns from."), QMessageBox.Icon.Information)
            return False
        from model.network.recipe import fine_tune_config

        job = TrainingJob(fine_tune_config(len(extra[1])), self.session.checkpoint_dir,
                          start_from=self.session.classifier.params, extra=extra)
        return self.start(job)

    def start(self, job: TrainingJob) -> bool:
        """Run ``job`` in the trainer process (with snapshots for "Look inside")."""
        in_use = self.session.classifier.path if self.session.classifier else None
        job = dataclasses.replace(job, snapshot_every=SNAPSHOT_EVERY, compare_with=in_use,
                                  keep=self.session.store.keep)
        if self.session.trainer.start(job) is None:
            return False
        self.panel.on_started(job.config, fine_tune=job.start_from is not None)
        # The last run's "Use the new one anyway?" stayed through this one, and its end
        # put up the same words again: nothing seemed to have happened.
        self.adoption.withdraw_offer()
        # Started with Ctrl+R or the toolbar on a short screen: its progress and Cancel
        # were below the fold, and the only sign of a run a line in the status bar.
        bar = self.window.panel_area.verticalScrollBar()
        before = bar.value()
        self.window.bring_into_view(self.panel.progress)  # Cancel is just above it
        self._scrolled = (before, bar.value())
        for action in self.run_actions:
            action.setEnabled(False)
        self.cancel_action.setEnabled(True)
        return True

    @Slot(object)
    def _on_succeeded(self, result: TrainingResult) -> None:
        self.adoption.consider(result)  # used if no worse than the model in use, else offered

    @Slot()
    def _on_cancelled(self) -> None:
        message = self.tr("Cancelled: the model in use has not changed")
        self.panel.on_ended(message)
        self.panel.progress.reset()  # not frozen at the step it was cancelled at
        tell(self.window, message)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.panel.on_ended(self.tr("Failed: %1").replace("%1", message.splitlines()[0]))
        tell(self.window, self.tr("Training stopped: the model in use has not changed"), "error")
        box = show_message(self.window, self.tr("Training stopped"),
                           message + "\n\n" + self.tr("The model in use has not changed."))
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        job = self.session.trainer.job
        retry.clicked.connect(lambda: self.start(job) if job is not None else None)

    @Slot()
    def reset_to_bundled(self) -> None:
        """Use the bundled model again, and say so (trained checkpoints stay on disk)."""
        self.session.use_bundled()
        tell(self.window, self.tr("Using the bundled model again; your trained models are kept"),
             "positive")

    @Slot()
    def _on_finished(self) -> None:
        for action in self.run_actions:
            action.setEnabled(True)
        self.cancel_action.setEnabled(False)
        # Back where the person was (the answer), unless they scrolled meanwhile: after a
        # run, even a cancelled one, the answer stayed cut at the top of a short screen.
        # Not when the keyboard is in the panel: its button went out of sight.
        bar = self.window.panel_area.verticalScrollBar()
        focus = QApplication.focusWidget()
        in_panel = focus is not None and self.panel.isAncestorOf(focus)
        if self._scrolled is not None and bar.value() == self._scrolled[1] and not in_panel:
            bar.setValue(self._scrolled[0])
        self._scrolled = None
