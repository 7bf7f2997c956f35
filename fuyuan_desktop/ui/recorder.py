"""调解笔录 recorder: a large, calm editor that saves itself every few seconds and never loses a word.

The interval is the 设置 page's autosave preference (``ui.preferences.AUTOSAVE_SECONDS``, 2 s by default).

Saving is one short transaction on the GUI thread (``save_record`` with the revision the text was
based on). Whatever goes wrong — another window saved first, the disk is full, the database is
locked — the text stays in the editor, the user is told, and the next tick tries again.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QDialog, QListWidgetItem, QMessageBox, QWidget
from shiboken6 import isValid

from fuyuan_desktop.domain.court_time import COURT_TZ
from fuyuan_desktop.domain.enums import ParticipantRole, PartyRole
from fuyuan_desktop.domain.errors import ConflictError, FuyuanError
from fuyuan_desktop.services.cases import get_case
from fuyuan_desktop.services.sessions import attendance_of, check_in, mark_held, record_of, save_record
from fuyuan_desktop.services.workflow import mediators_of
from fuyuan_desktop.services.workspace import DataPaths, Workspace
from fuyuan_desktop.ui.crash import error_text
from fuyuan_desktop.ui.enum_labels import status_note_text
from fuyuan_desktop.ui.fit import fit_to_screen
from fuyuan_desktop.ui.forms.ui_recorder import Ui_RecorderWindow
from fuyuan_desktop.ui.forms.ui_recorder_conflict import Ui_RecordConflictDialog
from fuyuan_desktop.ui.forms.ui_recorder_readback import Ui_ReadBackView
from fuyuan_desktop.ui.preferences import AUTOSAVE_SECONDS

log = logging.getLogger("fuyuan.ui.recorder")

READBACK_DELAY_MS = 300
EDITOR_POINT_SIZE = 16
READBACK_POINT_SIZE = 28
# Ctrl+1…Ctrl+4: who speaks, by party role (PartyRole values). The mediator key names whoever sits for the
# mediation (judge included).
MEDIATOR = "mediator"
SPEAKER_KEYS = ((PartyRole.APPLICANT.value, "Ctrl+1"), (PartyRole.RESPONDENT.value, "Ctrl+2"), (MEDIATOR, "Ctrl+3"),
                (PartyRole.THIRD_PARTY.value, "Ctrl+4"))
SPEAKER_LABELS = {PartyRole.APPLICANT.value: PartyRole.APPLICANT.label,
                  PartyRole.RESPONDENT.value: PartyRole.RESPONDENT.label,
                  MEDIATOR: "调解员", PartyRole.THIRD_PARTY.value: PartyRole.THIRD_PARTY.label}


def court_now() -> datetime:
    return datetime.now(COURT_TZ)


# The recorders that are open, by session id. Weak references, checked against the C++ side before use: a
# window closed with WA_DeleteOnClose is gone from here by its ``destroyed`` signal, and an entry whose C++
# object is already deleted is never handed out. (Walking the main window's children with findChildren to find
# one converted every descendant — a finished wizard's included — to Python; see issue 14.)
_open_recorders: dict[str, weakref.ref[RecorderWindow]] = {}


def open_recorder_for(session_id: str) -> RecorderWindow | None:
    """The recorder window open on ``session_id`` (shown and not closing), or None."""
    ref = _open_recorders.get(session_id)
    window = ref() if ref is not None else None
    if window is None or not isValid(window):
        _open_recorders.pop(session_id, None)
        return None
    return window if window.isVisible() else None


def open_recorders() -> list[RecorderWindow]:
    """Every recorder window still alive (for the crash-recovery state and tests)."""
    alive = []
    for session_id in list(_open_recorders):
        ref = _open_recorders[session_id]
        window = ref()
        if window is None or not isValid(window):
            _open_recorders.pop(session_id, None)
        else:
            alive.append(window)
    return alive


def _forget(session_id: str, ref: weakref.ref[RecorderWindow]) -> None:
    if _open_recorders.get(session_id) is ref:
        del _open_recorders[session_id]


@dataclass(frozen=True)
class Participant:
    """Someone at the table: speaks in the record, signs in on the attendance list."""

    name: str
    role: str  # the label printed in the record: 申请人, 被申请人, 第三人, 代理人, 调解员, 法官…
    speaker_key: str  # which of SPEAKER_KEYS inserts this person ("" for nobody's key)
    party_id: str | None = None
    mediator_id: str | None = None
    roster_role: str = ""  # a mediator's exact role (特邀调解员…), as the attendance record needs it


def _is_mediator(role_code: str) -> bool:
    try:
        return ParticipantRole.of(role_code).is_mediator
    except ValueError:
        return False


def participants(ctx: Workspace, case_id: str) -> list[Participant]:
    case = get_case(ctx, case_id)
    people = [
        Participant(p.name, p.role, p.role_code if p.role_code in SPEAKER_LABELS else "", party_id=p.id)
        for p in case.parties
    ]
    for m in mediators_of(ctx, case_id):
        if m.role_code == ParticipantRole.CLERK.value:
            continue  # the clerk writes the record; they are not a speaker in it
        role = SPEAKER_LABELS[MEDIATOR] if _is_mediator(m.role_code) else m.role
        people.append(Participant(m.name, role, MEDIATOR, mediator_id=m.id, roster_role=m.role_code or m.role))
    return people


class ReadBackView(QWidget):
    """The record in large type, read-only, for the parties to check (F11 full screen, Esc closes)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ui = Ui_ReadBackView()
        self.ui.setupUi(self)
        fit_to_screen(self, 1100, 760, anchor=parent)
        font = QFont(self.font())
        font.setPointSize(READBACK_POINT_SIZE)
        self.ui.readback_edit.setFont(font)
        self.ui.readback_edit.document().setDocumentMargin(32)
        full = QAction(self.tr("全屏"), self)
        full.setShortcut(QKeySequence(Qt.Key.Key_F11))
        full.triggered.connect(self.toggle_full_screen)
        self.addAction(full)

    def show_text(self, text: str) -> None:
        self.ui.readback_edit.setPlainText(text)
        bar = self.ui.readback_edit.verticalScrollBar()
        bar.setValue(bar.maximum())

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.showNormal() if self.isFullScreen() else self.close()
            return
        super().keyPressEvent(event)


class RecordConflictDialog(QDialog):
    """Both texts side by side; either choice keeps every saved revision, so nothing is lost."""

    resolved = Signal(str)  # "both" | "mine"

    def __init__(self, parent: QWidget, message: str, mine: str, theirs: str, revision: int) -> None:
        super().__init__(parent)
        self.ui = Ui_RecordConflictDialog()
        self.ui.setupUi(self)
        fit_to_screen(self, 1000, 600, anchor=parent)
        self.ui.explanation_label.setText(
            message + "\n" + self.tr("“合并”把已保存的第 {n} 版接在本窗口文字之后；“另存”以本窗口文字保存为新一版。"
                                      "两种做法都保留所有已保存的版本。").format(n=revision))
        self.ui.mine_edit.setPlainText(mine)
        self.ui.theirs_edit.setPlainText(theirs)
        self.ui.theirs_group.setTitle(self.tr("已保存的第 {n} 版").format(n=revision))
        self.ui.keep_both_button.clicked.connect(lambda: self._choose("both"))
        self.ui.keep_mine_button.clicked.connect(lambda: self._choose("mine"))
        self._chosen = False

    def _choose(self, choice: str) -> None:
        self._chosen = True
        self.resolved.emit(choice)
        self.accept()

    def reject(self) -> None:
        # Closing without a choice keeps both texts: the option that loses nothing on screen either.
        if not self._chosen:
            self._chosen = True
            self.resolved.emit("both")
        super().reject()


def autosave_interval_ms(paths: DataPaths) -> int:
    """The interval chosen in 设置, read from the workbench's settings file (its default and range are declared
    once, with the preference)."""
    seconds = AUTOSAVE_SECONDS.read(QSettings(str(paths.root / "ui.ini"), QSettings.Format.IniFormat))
    return int(seconds) * 1000


class RecorderWindow(QWidget):
    """The record of one session; its own window so the judge can keep it open beside the case."""

    saved = Signal(int)  # the revision just saved
    held = Signal()

    def __init__(self, ctx: Workspace, paths: DataPaths, case_id: str, session_id: str,
                 parent: QWidget | None = None, *, clock: Callable[[], datetime] | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.paths = paths
        self.case_id = case_id
        self.session_id = session_id
        self.clock = clock or court_now
        self.ui = Ui_RecorderWindow()
        self.ui.setupUi(self)
        fit_to_screen(self, 1200, 780, anchor=parent)
        state = record_of(ctx, session_id)
        case = get_case(ctx, case_id)
        when = state.scheduled_at.astimezone(COURT_TZ)
        self.setWindowTitle(self.tr("调解笔录") + f" · {case.summary.number} · {when:%Y-%m-%d %H:%M}")
        self.ui.title_label.setWordWrap(True)  # a long case number and place wrap, not widen the window
        self.ui.header_row.setStretchFactor(self.ui.title_label, 1)  # the title takes the width, not the spacer
        day = when.strftime(self.tr("%Y年%m月%d日 %H:%M"))
        self.ui.title_label.setText(
            "<span style='font-size:15pt'><b>" + self.tr("调解笔录") + f"</b></span>\u3000{case.summary.number}\u3000"
            f"{case.summary.parties}\u3000{day}\u3000{state.place}")
        self.people = participants(ctx, case_id)
        self._revision = state.revision
        self._dirty = False
        self.status_note = ""  # the automatic status change a save of this window made
        self._failing = False
        self._conflict: RecordConflictDialog | None = None
        self._last_speaker: tuple[str, int, int, int] | None = None  # key, person index, start, end
        self.readback: ReadBackView | None = None

        editor = self.ui.record_edit
        font = QFont(self.font())
        font.setPointSize(EDITOR_POINT_SIZE)
        editor.setFont(font)
        editor.document().setDocumentMargin(24)
        editor.setPlainText(state.text)
        editor.moveCursor(QTextCursor.MoveOperation.End)
        editor.textChanged.connect(self._changed)
        editor.installEventFilter(self)
        self._update_count()

        self.timer = QTimer(self)
        self.timer.setInterval(autosave_interval_ms(paths))
        every = self.autosave_seconds()
        self.ui.save_button.setToolTip(self.tr("Ctrl+S；平时每 {seconds} 秒自动保存").format(seconds=every))
        self.ui.record_edit.setPlaceholderText(self.tr(
            "在这里记录。Ctrl+1 申请人、Ctrl+2 被申请人、Ctrl+3 调解员、Ctrl+4 第三人、Ctrl+T 时间。每 {seconds} 秒自动保存。"
        ).format(seconds=every))
        self.timer.timeout.connect(self._tick)
        self.timer.start()
        self._show_saved_status(state.revision, state.saved_at)
        self._readback_timer = QTimer(self)
        self._readback_timer.setSingleShot(True)
        self._readback_timer.setInterval(READBACK_DELAY_MS)
        self._readback_timer.timeout.connect(self._push_readback)

        buttons = (self.ui.applicant_button, self.ui.respondent_button, self.ui.mediator_button,
                   self.ui.third_party_button)
        for (key, shortcut), button in zip(SPEAKER_KEYS, buttons, strict=True):
            self._action(self.tr("插入{who}").format(who=QCoreApplication.translate("Enums", SPEAKER_LABELS[key])), shortcut, partial(self.insert_speaker, key))
            button.clicked.connect(partial(self.insert_speaker, key))
        self._action(self.tr("插入时间"), "Ctrl+T", self.insert_timestamp)
        self.ui.timestamp_button.clicked.connect(self.insert_timestamp)
        self._action(self.tr("立即保存"), "Ctrl+S", self.save_now)
        self.ui.save_button.clicked.connect(self.save_now)
        self._action(self.tr("给当事人看（全屏）"), "F11", self.show_readback_full_screen)
        self.ui.readback_button.clicked.connect(self.show_readback)
        self.ui.held_button.clicked.connect(self.finish_session)
        self._fill_attendance()
        self.ui.attendance_list.itemChanged.connect(self._attendance_changed)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self._save_before_quit)
        editor.setFocus()
        ref = _open_recorders[session_id] = weakref.ref(self)
        self.destroyed.connect(lambda _obj=None, sid=session_id, r=ref: _forget(sid, r))

    def autosave_seconds(self) -> int:
        """How often this window saves, in whole seconds (what its words tell the user)."""
        return max(1, self.timer.interval() // 1000)

    def _action(self, text: str, shortcut: str, slot: Callable[[], object]) -> None:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.addAction(action)

    # --- typing helpers -------------------------------------------------------------------------------

    def text(self) -> str:
        return self.ui.record_edit.toPlainText()

    def is_dirty(self) -> bool:
        return self._dirty

    def insert_speaker(self, key: str) -> None:
        """Start a new line with "申请人张三："; pressing the same key again moves on to the next such person."""
        people = [p for p in self.people if p.speaker_key == key]
        editor = self.ui.record_edit
        cursor = editor.textCursor()
        last = self._last_speaker
        index = 0
        if last is not None and last[0] == key and cursor.position() == last[3] and people:
            index = (last[1] + 1) % len(people)
            cursor.setPosition(last[2])
            cursor.setPosition(last[3], QTextCursor.MoveMode.KeepAnchor)
            prefix = ""
        else:
            prefix = "" if cursor.atBlockStart() else "\n"
        label = f"{people[index].role}{people[index].name}：" if people else f"{SPEAKER_LABELS[key]}："
        cursor.insertText(prefix + label)
        end = cursor.position()
        editor.setTextCursor(cursor)
        self._last_speaker = (key, index, end - len(label), end)
        editor.setFocus()

    def insert_timestamp(self) -> None:
        self.ui.record_edit.insertPlainText(f"[{self.clock().astimezone(COURT_TZ):%H:%M}]")
        self.ui.record_edit.setFocus()

    # --- saving ---------------------------------------------------------------------------------------

    def _changed(self) -> None:
        # Per keystroke: keep this to a flag; the count and the save wait for the tick.
        self._dirty = True
        if self.readback is not None and self.readback.isVisible():
            self._readback_timer.start()

    def _update_count(self) -> None:
        self.ui.chars_label.setText(self.tr("{n} 字").format(n=max(self.ui.record_edit.document().characterCount() - 1, 0)))

    def _tick(self) -> None:
        if self._dirty:
            self._update_count()
            self.save_now()

    def save_now(self) -> bool:
        """Save if there is anything new; False leaves the text in the editor (and tries again next tick)."""
        if self._conflict is not None:
            return False
        if not self._dirty:
            return True
        text = self.text()
        try:
            saved = save_record(self.ctx, self.session_id, text, base_revision=self._revision)
        except ConflictError as exc:
            self._open_conflict(text, str(exc))
            return False
        except FuyuanError as exc:
            self._show_failure(error_text(exc))
            return False
        except Exception as exc:  # disk full, database locked, I/O error: nothing is lost, retry next tick
            log.warning("record save failed: %s", type(exc).__name__, exc_info=True)
            self._show_failure(f"{type(exc).__name__}：{str(exc)[:200]}")
            return False
        self._revision = saved.revision
        self._dirty = False
        if saved.status_note:  # the first 笔录 moved the case to 调解中: say so while the window is open
            self.status_note = status_note_text(saved.status_note)
        if self._failing:
            self._failing = False
            self.ui.warning_label.hide()
        self._show_saved_status(saved.revision, saved.saved_at)
        self.saved.emit(saved.revision)
        return True

    def _show_saved_status(self, revision: int, saved_at: datetime | None) -> None:
        if saved_at is None or revision == 0:
            self.ui.save_status.setText(self.tr("尚未保存过（输入后每 {n} 秒自动保存）").format(n=self.autosave_seconds()))
            return
        note = f"　{self.status_note}" if self.status_note else ""
        self.ui.save_status.setText(self.tr("已保存 {t}（第{n}版）").format(t=f"{saved_at.astimezone(COURT_TZ):%H:%M:%S}",
                                                                       n=revision) + note)

    def _show_failure(self, reason: str) -> None:
        self._failing = True
        self.ui.warning_label.setText(
            self.tr("笔录保存失败：{reason}\n文字仍在本窗口中，没有丢失；每 {n} 秒会自动重试。"
                    "在恢复之前请不要关闭本窗口。").format(reason=reason, n=self.autosave_seconds()))
        self.ui.warning_label.show()
        self.ui.save_status.setText(self.tr("未保存 — 正在重试"))

    def _open_conflict(self, mine: str, message: str) -> None:
        latest = record_of(self.ctx, self.session_id)
        dialog = RecordConflictDialog(self, message, mine, latest.text, latest.revision)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # answered, then deleted
        self._conflict = dialog
        dialog.resolved.connect(self._resolve_conflict)
        self.ui.save_status.setText(self.tr("与已保存的第{n}版冲突 — 请选择如何保存（文字未丢失）").format(n=latest.revision))
        dialog.open()

    def _resolve_conflict(self, choice: str) -> None:
        latest = record_of(self.ctx, self.session_id)
        if choice == "both" and latest.text and latest.text not in self.text():
            cursor = self.ui.record_edit.textCursor()
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(f"\n\n——以下为另一处保存的第{latest.revision}版——\n{latest.text}")
        self._revision = latest.revision
        self._conflict = None
        self._dirty = True
        self.save_now()

    def conflict_dialog(self) -> RecordConflictDialog | None:
        return self._conflict

    def recovery_file(self) -> Path:
        """Write the editor's text next to the database when it cannot be saved into it."""
        folder = self.paths.root / "recovery"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"笔录-{self.session_id}-{self.clock().astimezone(COURT_TZ):%Y%m%d-%H%M%S}.txt"
        path.write_text(self.text(), encoding="utf-8")
        return path

    def _save_before_quit(self) -> None:
        if not self.save_now():
            try:
                log.warning("record unsaved at quit; recovery copy at %s", self.recovery_file())
            except OSError:
                log.error("record unsaved at quit and no recovery copy could be written")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.record_edit and event.type() == QEvent.Type.FocusOut:
            self.save_now()
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_now():
            try:
                where = self.tr("文字已另存到：\n{path}").format(path=self.recovery_file())
            except OSError as exc:
                where = self.tr("连另存文件也失败了（{e}）。").format(e=exc)
            if not self.confirm_close(self.tr("笔录未能保存到数据库。{where}\n\n仍要关闭笔录窗口吗？").format(where=where)):
                event.ignore()
                return
        self.timer.stop()
        if self.readback is not None:
            self.readback.close()
        super().closeEvent(event)

    def confirm_close(self, text: str) -> bool:
        answer = QMessageBox.warning(self, self.tr("笔录尚未保存"), text,
                                     QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                     QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- attendance, read-back, end of session -------------------------------------------------------

    def _fill_attendance(self) -> None:
        done = {(a.party_id, a.mediator_id, a.name): a for a in attendance_of(self.ctx, self.session_id)}
        self.ui.attendance_list.clear()
        for person in self.people:
            item = QListWidgetItem(f"{QCoreApplication.translate('Enums', person.role)}\u3000{person.name}")
            item.setData(Qt.ItemDataRole.UserRole, person)
            record = done.get((person.party_id, person.mediator_id, person.name))
            if record is not None and record.present:
                self._mark_checked_in(item, record.checked_in_at)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.attendance_list.addItem(item)

    def _mark_checked_in(self, item: QListWidgetItem, when: datetime | None) -> None:
        person: Participant = item.data(Qt.ItemDataRole.UserRole)
        at = "\u3000" + (self.tr("{t} 到").format(t=f"{when.astimezone(COURT_TZ):%H:%M}") if when else self.tr("已到"))
        item.setText(f"{QCoreApplication.translate('Enums', person.role)}\u3000{person.name}{at}")
        item.setCheckState(Qt.CheckState.Checked)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)

    def _attendance_changed(self, item: QListWidgetItem) -> None:
        person = item.data(Qt.ItemDataRole.UserRole)
        if not isinstance(person, Participant) or item.checkState() != Qt.CheckState.Checked:
            return
        if not item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
            return  # already checked in
        try:
            check_in(self.ctx, self.session_id, person.name, person.roster_role or person.role,
                     party_id=person.party_id, mediator_id=person.mediator_id)
        except FuyuanError as exc:
            self.ui.attendance_list.blockSignals(True)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.ui.attendance_list.blockSignals(False)
            self._show_failure(error_text(exc))
            return
        self.ui.attendance_list.blockSignals(True)
        self._mark_checked_in(item, self.clock())
        self.ui.attendance_list.blockSignals(False)

    def check_in_person(self, name: str) -> None:
        """Tick someone on the attendance list (the keyboard and tests use this path too)."""
        for row in range(self.ui.attendance_list.count()):
            item = self.ui.attendance_list.item(row)
            person = item.data(Qt.ItemDataRole.UserRole)
            if isinstance(person, Participant) and person.name == name:
                item.setCheckState(Qt.CheckState.Checked)
                return

    def show_readback(self) -> ReadBackView:
        if self.readback is None:
            self.readback = ReadBackView(self)
            self.readback.setWindowTitle(self.windowTitle() + self.tr("（供当事人核对）"))
        self.readback.show_text(self.text())
        self.readback.show()
        self.readback.raise_()
        return self.readback

    def show_readback_full_screen(self) -> None:
        self.show_readback().showFullScreen()

    def _push_readback(self) -> None:
        if self.readback is not None and self.readback.isVisible():
            self.readback.show_text(self.text())

    def finish_session(self) -> None:
        """Save, then mark the session as held (本次调解结束); the window stays open for corrections."""
        self.save_now()
        try:
            mark_held(self.ctx, self.session_id)
        except FuyuanError as exc:
            self._show_failure(error_text(exc))
            return
        self.ui.held_button.setEnabled(False)
        self.ui.held_button.setText(self.tr("本次调解已结束"))
        self.held.emit()
