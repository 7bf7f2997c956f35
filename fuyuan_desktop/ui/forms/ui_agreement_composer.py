# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'agreement_composer.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFrame, QGridLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QListWidget, QListWidgetItem,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QVBoxLayout,
    QWidget)

class Ui_AgreementComposer(object):
    def setupUi(self, AgreementComposer):
        if not AgreementComposer.objectName():
            AgreementComposer.setObjectName(u"AgreementComposer")
        AgreementComposer.resize(1180, 720)
        self.composer_layout = QVBoxLayout(AgreementComposer)
        self.composer_layout.setObjectName(u"composer_layout")
        self.top_row = QHBoxLayout()
        self.top_row.setObjectName(u"top_row")
        self.version_label = QLabel(AgreementComposer)
        self.version_label.setObjectName(u"version_label")
        self.version_label.setTextFormat(Qt.TextFormat.RichText)

        self.top_row.addWidget(self.version_label)

        self.top_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.top_row.addItem(self.top_spacer)

        self.kind_label = QLabel(AgreementComposer)
        self.kind_label.setObjectName(u"kind_label")

        self.top_row.addWidget(self.kind_label)

        self.kind_combo = QComboBox(AgreementComposer)
        self.kind_combo.setObjectName(u"kind_combo")

        self.top_row.addWidget(self.kind_combo)

        self.confirmation_check = QCheckBox(AgreementComposer)
        self.confirmation_check.setObjectName(u"confirmation_check")
        self.confirmation_check.setChecked(True)

        self.top_row.addWidget(self.confirmation_check)


        self.composer_layout.addLayout(self.top_row)

        self.composer_splitter = QSplitter(AgreementComposer)
        self.composer_splitter.setObjectName(u"composer_splitter")
        self.composer_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.composer_splitter.setChildrenCollapsible(False)
        self.editor_scroll = QScrollArea(self.composer_splitter)
        self.editor_scroll.setObjectName(u"editor_scroll")
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.editor_scroll.setMinimumSize(QSize(560, 0))
        self.editor_panel = QWidget()
        self.editor_panel.setObjectName(u"editor_panel")
        self.editor_layout = QVBoxLayout(self.editor_panel)
        self.editor_layout.setObjectName(u"editor_layout")
        self.facts_label = QLabel(self.editor_panel)
        self.facts_label.setObjectName(u"facts_label")

        self.editor_layout.addWidget(self.facts_label)

        self.facts_edit = QPlainTextEdit(self.editor_panel)
        self.facts_edit.setObjectName(u"facts_edit")
        self.facts_edit.setTabChangesFocus(True)
        self.facts_edit.setMinimumSize(QSize(0, 70))
        self.facts_edit.setMaximumSize(QSize(16777215, 110))

        self.editor_layout.addWidget(self.facts_edit)

        self.responsibilities_label = QLabel(self.editor_panel)
        self.responsibilities_label.setObjectName(u"responsibilities_label")

        self.editor_layout.addWidget(self.responsibilities_label)

        self.responsibilities_edit = QPlainTextEdit(self.editor_panel)
        self.responsibilities_edit.setObjectName(u"responsibilities_edit")
        self.responsibilities_edit.setTabChangesFocus(True)
        self.responsibilities_edit.setMinimumSize(QSize(0, 44))
        self.responsibilities_edit.setMaximumSize(QSize(16777215, 70))

        self.editor_layout.addWidget(self.responsibilities_edit)

        self.clauses_group = QGroupBox(self.editor_panel)
        self.clauses_group.setObjectName(u"clauses_group")
        self.clauses_layout = QVBoxLayout(self.clauses_group)
        self.clauses_layout.setObjectName(u"clauses_layout")
        self.clause_buttons = QHBoxLayout()
        self.clause_buttons.setObjectName(u"clause_buttons")
        self.add_clause_button = QPushButton(self.clauses_group)
        self.add_clause_button.setObjectName(u"add_clause_button")

        self.clause_buttons.addWidget(self.add_clause_button)

        self.remove_clause_button = QPushButton(self.clauses_group)
        self.remove_clause_button.setObjectName(u"remove_clause_button")

        self.clause_buttons.addWidget(self.remove_clause_button)

        self.up_button = QPushButton(self.clauses_group)
        self.up_button.setObjectName(u"up_button")

        self.clause_buttons.addWidget(self.up_button)

        self.down_button = QPushButton(self.clauses_group)
        self.down_button.setObjectName(u"down_button")

        self.clause_buttons.addWidget(self.down_button)

        self.clause_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.clause_buttons.addItem(self.clause_spacer)

        self.snippet_label = QLabel(self.clauses_group)
        self.snippet_label.setObjectName(u"snippet_label")

        self.clause_buttons.addWidget(self.snippet_label)

        self.snippet_combo = QComboBox(self.clauses_group)
        self.snippet_combo.setObjectName(u"snippet_combo")

        self.clause_buttons.addWidget(self.snippet_combo)

        self.insert_snippet_button = QPushButton(self.clauses_group)
        self.insert_snippet_button.setObjectName(u"insert_snippet_button")

        self.clause_buttons.addWidget(self.insert_snippet_button)


        self.clauses_layout.addLayout(self.clause_buttons)

        self.clause_list = QListWidget(self.clauses_group)
        self.clause_list.setObjectName(u"clause_list")
        self.clause_list.setMinimumSize(QSize(0, 72))
        self.clause_list.setMaximumSize(QSize(16777215, 120))
        self.clause_list.setWordWrap(True)

        self.clauses_layout.addWidget(self.clause_list)

        self.clause_form = QGridLayout()
        self.clause_form.setObjectName(u"clause_form")
        self.clause_form.setHorizontalSpacing(10)
        self.obligor_label = QLabel(self.clauses_group)
        self.obligor_label.setObjectName(u"obligor_label")

        self.clause_form.addWidget(self.obligor_label, 0, 0, 1, 1)

        self.obligor_combo = QComboBox(self.clauses_group)
        self.obligor_combo.setObjectName(u"obligor_combo")
        self.obligor_combo.setEditable(True)
        self.obligor_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.clause_form.addWidget(self.obligor_combo, 0, 1, 1, 1)

        self.amount_label = QLabel(self.clauses_group)
        self.amount_label.setObjectName(u"amount_label")

        self.clause_form.addWidget(self.amount_label, 0, 2, 1, 1)

        self.amount_edit = QLineEdit(self.clauses_group)
        self.amount_edit.setObjectName(u"amount_edit")

        self.clause_form.addWidget(self.amount_edit, 0, 3, 1, 1)

        self.clause_text_label = QLabel(self.clauses_group)
        self.clause_text_label.setObjectName(u"clause_text_label")

        self.clause_form.addWidget(self.clause_text_label, 1, 0, 1, 1)

        self.clause_text_edit = QPlainTextEdit(self.clauses_group)
        self.clause_text_edit.setObjectName(u"clause_text_edit")
        self.clause_text_edit.setTabChangesFocus(True)
        self.clause_text_edit.setMinimumSize(QSize(0, 52))
        self.clause_text_edit.setMaximumSize(QSize(16777215, 80))

        self.clause_form.addWidget(self.clause_text_edit, 1, 1, 1, 3)

        self.method_label = QLabel(self.clauses_group)
        self.method_label.setObjectName(u"method_label")

        self.clause_form.addWidget(self.method_label, 2, 0, 1, 1)

        self.method_combo = QComboBox(self.clauses_group)
        self.method_combo.setObjectName(u"method_combo")
        self.method_combo.setEditable(True)
        self.method_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.clause_form.addWidget(self.method_combo, 2, 1, 1, 1)

        self.deadline_label = QLabel(self.clauses_group)
        self.deadline_label.setObjectName(u"deadline_label")

        self.clause_form.addWidget(self.deadline_label, 2, 2, 1, 1)

        self.deadline_edit = QDateEdit(self.clauses_group)
        self.deadline_edit.setObjectName(u"deadline_edit")
        self.deadline_edit.setCalendarPopup(True)

        self.clause_form.addWidget(self.deadline_edit, 2, 3, 1, 1)


        self.clauses_layout.addLayout(self.clause_form)


        self.editor_layout.addWidget(self.clauses_group)

        self.breach_label = QLabel(self.editor_panel)
        self.breach_label.setObjectName(u"breach_label")

        self.editor_layout.addWidget(self.breach_label)

        self.breach_edit = QPlainTextEdit(self.editor_panel)
        self.breach_edit.setObjectName(u"breach_edit")
        self.breach_edit.setTabChangesFocus(True)
        self.breach_edit.setMinimumSize(QSize(0, 44))
        self.breach_edit.setMaximumSize(QSize(16777215, 70))

        self.editor_layout.addWidget(self.breach_edit)

        self.problems_label = QLabel(self.editor_panel)
        self.problems_label.setObjectName(u"problems_label")

        self.editor_layout.addWidget(self.problems_label)

        self.problems_list = QListWidget(self.editor_panel)
        self.problems_list.setObjectName(u"problems_list")
        self.problems_list.setMinimumSize(QSize(0, 60))
        self.problems_list.setMaximumSize(QSize(16777215, 110))
        self.problems_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.editor_layout.addWidget(self.problems_list)

        self.editor_scroll.setWidget(self.editor_panel)
        self.composer_splitter.addWidget(self.editor_scroll)
        self.preview_frame = QFrame(self.composer_splitter)
        self.preview_frame.setObjectName(u"preview_frame")
        self.preview_frame.setMinimumSize(QSize(420, 0))
        self.preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview_layout = QVBoxLayout(self.preview_frame)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_hint = QLabel(self.preview_frame)
        self.preview_hint.setObjectName(u"preview_hint")
        self.preview_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_hint.setWordWrap(True)

        self.preview_layout.addWidget(self.preview_hint)

        self.composer_splitter.addWidget(self.preview_frame)

        self.composer_layout.addWidget(self.composer_splitter)

        self.action_row = QHBoxLayout()
        self.action_row.setObjectName(u"action_row")
        self.save_button = QPushButton(AgreementComposer)
        self.save_button.setObjectName(u"save_button")

        self.action_row.addWidget(self.save_button)

        self.preview_button = QPushButton(AgreementComposer)
        self.preview_button.setObjectName(u"preview_button")

        self.action_row.addWidget(self.preview_button)

        self.finalize_button = QPushButton(AgreementComposer)
        self.finalize_button.setObjectName(u"finalize_button")

        self.action_row.addWidget(self.finalize_button)

        self.correct_button = QPushButton(AgreementComposer)
        self.correct_button.setObjectName(u"correct_button")

        self.action_row.addWidget(self.correct_button)

        self.composer_status = QLabel(AgreementComposer)
        self.composer_status.setObjectName(u"composer_status")

        self.action_row.addWidget(self.composer_status)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_row.addItem(self.action_spacer)

        self.copies_label = QLabel(AgreementComposer)
        self.copies_label.setObjectName(u"copies_label")

        self.action_row.addWidget(self.copies_label)

        self.copies_spin = QSpinBox(AgreementComposer)
        self.copies_spin.setObjectName(u"copies_spin")
        self.copies_spin.setMinimum(1)
        self.copies_spin.setMaximum(20)
        self.copies_spin.setValue(4)

        self.action_row.addWidget(self.copies_spin)

        self.print_button = QPushButton(AgreementComposer)
        self.print_button.setObjectName(u"print_button")

        self.action_row.addWidget(self.print_button)


        self.composer_layout.addLayout(self.action_row)

        self.composer_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.facts_label.setBuddy(self.facts_edit)
        self.responsibilities_label.setBuddy(self.responsibilities_edit)
        self.snippet_label.setBuddy(self.snippet_combo)
        self.obligor_label.setBuddy(self.obligor_combo)
        self.amount_label.setBuddy(self.amount_edit)
        self.clause_text_label.setBuddy(self.clause_text_edit)
        self.method_label.setBuddy(self.method_combo)
        self.deadline_label.setBuddy(self.deadline_edit)
        self.breach_label.setBuddy(self.breach_edit)
        self.copies_label.setBuddy(self.copies_spin)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kind_combo, self.confirmation_check)
        QWidget.setTabOrder(self.confirmation_check, self.facts_edit)
        QWidget.setTabOrder(self.facts_edit, self.responsibilities_edit)
        QWidget.setTabOrder(self.responsibilities_edit, self.add_clause_button)
        QWidget.setTabOrder(self.add_clause_button, self.remove_clause_button)
        QWidget.setTabOrder(self.remove_clause_button, self.up_button)
        QWidget.setTabOrder(self.up_button, self.down_button)
        QWidget.setTabOrder(self.down_button, self.snippet_combo)
        QWidget.setTabOrder(self.snippet_combo, self.insert_snippet_button)
        QWidget.setTabOrder(self.insert_snippet_button, self.clause_list)
        QWidget.setTabOrder(self.clause_list, self.obligor_combo)
        QWidget.setTabOrder(self.obligor_combo, self.amount_edit)
        QWidget.setTabOrder(self.amount_edit, self.clause_text_edit)
        QWidget.setTabOrder(self.clause_text_edit, self.method_combo)
        QWidget.setTabOrder(self.method_combo, self.deadline_edit)
        QWidget.setTabOrder(self.deadline_edit, self.breach_edit)
        QWidget.setTabOrder(self.breach_edit, self.save_button)
        QWidget.setTabOrder(self.save_button, self.preview_button)
        QWidget.setTabOrder(self.preview_button, self.finalize_button)
        QWidget.setTabOrder(self.finalize_button, self.correct_button)
        QWidget.setTabOrder(self.correct_button, self.copies_spin)
        QWidget.setTabOrder(self.copies_spin, self.print_button)

        self.retranslateUi(AgreementComposer)

        QMetaObject.connectSlotsByName(AgreementComposer)
    # setupUi

    def retranslateUi(self, AgreementComposer):
        self.version_label.setText("")
        self.kind_label.setText(QCoreApplication.translate("AgreementComposer", u"\u534f\u8bae\u7c7b\u578b(&K)", None))
        self.confirmation_check.setText(QCoreApplication.translate("AgreementComposer", u"\u542b\u53f8\u6cd5\u786e\u8ba4\u6761\u6b3e(&I)", None))
        self.facts_label.setText(QCoreApplication.translate("AgreementComposer", u"\u7ea0\u7eb7\u4e3b\u8981\u4e8b\u5b9e\u3001\u4e89\u8bae\u4e8b\u9879(&E)", None))
        self.responsibilities_label.setText(QCoreApplication.translate("AgreementComposer", u"\u5404\u65b9\u8d23\u4efb\uff08\u53ef\u7a7a\uff09(&Z)", None))
        self.clauses_group.setTitle(QCoreApplication.translate("AgreementComposer", u"\u534f\u8bae\u6761\u6b3e", None))
        self.add_clause_button.setText(QCoreApplication.translate("AgreementComposer", u"\u6dfb\u52a0\u6761\u6b3e(&A)", None))
        self.remove_clause_button.setText(QCoreApplication.translate("AgreementComposer", u"\u5220\u9664\u6761\u6b3e(&R)", None))
        self.up_button.setText(QCoreApplication.translate("AgreementComposer", u"\u4e0a\u79fb", None))
#if QT_CONFIG(tooltip)
        self.up_button.setToolTip(QCoreApplication.translate("AgreementComposer", u"\u4e0a\u79fb\uff08Ctrl+\u2191\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.down_button.setText(QCoreApplication.translate("AgreementComposer", u"\u4e0b\u79fb", None))
#if QT_CONFIG(tooltip)
        self.down_button.setToolTip(QCoreApplication.translate("AgreementComposer", u"\u4e0b\u79fb\uff08Ctrl+\u2193\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.snippet_label.setText(QCoreApplication.translate("AgreementComposer", u"\u5e38\u7528\u8303\u672c(&T)", None))
        self.insert_snippet_button.setText(QCoreApplication.translate("AgreementComposer", u"\u63d2\u5165(&N)", None))
#if QT_CONFIG(accessibility)
        self.clause_list.setAccessibleName(QCoreApplication.translate("AgreementComposer", u"\u6761\u6b3e\u5217\u8868", None))
#endif // QT_CONFIG(accessibility)
        self.obligor_label.setText(QCoreApplication.translate("AgreementComposer", u"\u4e49\u52a1\u4eba(&O)", None))
        self.amount_label.setText(QCoreApplication.translate("AgreementComposer", u"\u91d1\u989d\uff08\u5143\uff09(&M)", None))
        self.amount_edit.setPlaceholderText(QCoreApplication.translate("AgreementComposer", u"\u53ef\u7a7a\uff0c\u5982 12000 \u6216 860.50", None))
        self.clause_text_label.setText(QCoreApplication.translate("AgreementComposer", u"\u534f\u8bae\u5185\u5bb9(&H)", None))
        self.method_label.setText(QCoreApplication.translate("AgreementComposer", u"\u5c65\u884c\u65b9\u5f0f(&Y)", None))
        self.deadline_label.setText(QCoreApplication.translate("AgreementComposer", u"\u5c65\u884c\u671f\u9650(&Q)", None))
        self.deadline_edit.setDisplayFormat(QCoreApplication.translate("AgreementComposer", u"yyyy\u5e74M\u6708d\u65e5", None))
        self.breach_label.setText(QCoreApplication.translate("AgreementComposer", u"\u8fdd\u7ea6\u8d23\u4efb\uff08\u53ef\u7a7a\uff09(&W)", None))
        self.problems_label.setText(QCoreApplication.translate("AgreementComposer", u"\u6838\u5bf9", None))
#if QT_CONFIG(accessibility)
        self.problems_list.setAccessibleName(QCoreApplication.translate("AgreementComposer", u"\u5b9a\u7a3f\u524d\u987b\u8865\u5168\u7684\u4e8b\u9879", None))
#endif // QT_CONFIG(accessibility)
        self.preview_hint.setText(QCoreApplication.translate("AgreementComposer", u"\u6309\u201c\u9884\u89c8\u201d\u67e5\u770b\u5c06\u8981\u6253\u5370\u7684\u534f\u8bae\u4e66\uff08\u4e0e\u6253\u5370\u4ef6\u5b8c\u5168\u4e00\u81f4\uff09\u3002", None))
        self.save_button.setText(QCoreApplication.translate("AgreementComposer", u"\u4fdd\u5b58\u8349\u7a3f(&S)", None))
#if QT_CONFIG(tooltip)
        self.save_button.setToolTip(QCoreApplication.translate("AgreementComposer", u"Ctrl+S", None))
#endif // QT_CONFIG(tooltip)
        self.preview_button.setText(QCoreApplication.translate("AgreementComposer", u"\u9884\u89c8(&V)", None))
        self.finalize_button.setText(QCoreApplication.translate("AgreementComposer", u"\u5b9a\u7a3f(&F)\u2026", None))
        self.correct_button.setText(QCoreApplication.translate("AgreementComposer", u"\u521b\u5efa\u66f4\u6b63\u7248\u672c(&C)", None))
        self.composer_status.setText("")
        self.copies_label.setText(QCoreApplication.translate("AgreementComposer", u"\u4efd\u6570(&U)", None))
        self.print_button.setText(QCoreApplication.translate("AgreementComposer", u"\u6253\u5370(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.print_button.setToolTip(QCoreApplication.translate("AgreementComposer", u"Ctrl+P", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

