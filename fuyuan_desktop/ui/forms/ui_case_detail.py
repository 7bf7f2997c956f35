# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_detail.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFormLayout,
    QFrame, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QPlainTextEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_CaseDetailPage(object):
    def setupUi(self, CaseDetailPage):
        if not CaseDetailPage.objectName():
            CaseDetailPage.setObjectName(u"CaseDetailPage")
        CaseDetailPage.resize(1180, 760)
        self.page_layout = QVBoxLayout(CaseDetailPage)
        self.page_layout.setObjectName(u"page_layout")
        self.header_row = QHBoxLayout()
        self.header_row.setObjectName(u"header_row")
        self.back_button = QPushButton(CaseDetailPage)
        self.back_button.setObjectName(u"back_button")

        self.header_row.addWidget(self.back_button)

        self.title_label = QLabel(CaseDetailPage)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.RichText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.header_row.addWidget(self.title_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_row.addItem(self.header_spacer)

        self.status_badge = QLabel(CaseDetailPage)
        self.status_badge.setObjectName(u"status_badge")
        self.status_badge.setStyleSheet(u"QLabel { background: #9b2c2c; color: white; border-radius: 4px; padding: 4px 10px; font-size: 12pt; }")

        self.header_row.addWidget(self.status_badge)


        self.page_layout.addLayout(self.header_row)

        self.tabs = QTabWidget(CaseDetailPage)
        self.tabs.setObjectName(u"tabs")
        self.tabs.setDocumentMode(True)
        self.summary_tab = QWidget()
        self.summary_tab.setObjectName(u"summary_tab")
        self.summary_layout = QHBoxLayout(self.summary_tab)
        self.summary_layout.setObjectName(u"summary_layout")
        self.summary_main = QVBoxLayout()
        self.summary_main.setObjectName(u"summary_main")
        self.summary_form = QFormLayout()
        self.summary_form.setObjectName(u"summary_form")
        self.summary_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.summary_form.setHorizontalSpacing(14)
        self.summary_form.setVerticalSpacing(8)
        self.number_caption = QLabel(self.summary_tab)
        self.number_caption.setObjectName(u"number_caption")

        self.summary_form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_caption)

        self.number_value = QLabel(self.summary_tab)
        self.number_value.setObjectName(u"number_value")
        self.number_value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.summary_form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_value)

        self.category_caption = QLabel(self.summary_tab)
        self.category_caption.setObjectName(u"category_caption")

        self.summary_form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.category_caption)

        self.category_value = QLabel(self.summary_tab)
        self.category_value.setObjectName(u"category_value")

        self.summary_form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.category_value)

        self.status_caption = QLabel(self.summary_tab)
        self.status_caption.setObjectName(u"status_caption")

        self.summary_form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.status_caption)

        self.status_value = QLabel(self.summary_tab)
        self.status_value.setObjectName(u"status_value")

        self.summary_form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.status_value)

        self.tribunal_caption = QLabel(self.summary_tab)
        self.tribunal_caption.setObjectName(u"tribunal_caption")

        self.summary_form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.tribunal_caption)

        self.tribunal_value = QLabel(self.summary_tab)
        self.tribunal_value.setObjectName(u"tribunal_value")

        self.summary_form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.tribunal_value)

        self.place_caption = QLabel(self.summary_tab)
        self.place_caption.setObjectName(u"place_caption")

        self.summary_form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.place_caption)

        self.place_row = QHBoxLayout()
        self.place_row.setObjectName(u"place_row")
        self.place_value = QLabel(self.summary_tab)
        self.place_value.setObjectName(u"place_value")
        self.place_value.setWordWrap(True)

        self.place_row.addWidget(self.place_value)

        self.place_button = QPushButton(self.summary_tab)
        self.place_button.setObjectName(u"place_button")

        self.place_row.addWidget(self.place_button)

        self.place_row.setStretch(0, 1)

        self.summary_form.setLayout(4, QFormLayout.ItemRole.FieldRole, self.place_row)

        self.source_caption = QLabel(self.summary_tab)
        self.source_caption.setObjectName(u"source_caption")

        self.summary_form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.source_caption)

        self.source_value = QLabel(self.summary_tab)
        self.source_value.setObjectName(u"source_value")

        self.summary_form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.source_value)

        self.registered_caption = QLabel(self.summary_tab)
        self.registered_caption.setObjectName(u"registered_caption")

        self.summary_form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.registered_caption)

        self.registered_value = QLabel(self.summary_tab)
        self.registered_value.setObjectName(u"registered_value")

        self.summary_form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.registered_value)

        self.amount_caption = QLabel(self.summary_tab)
        self.amount_caption.setObjectName(u"amount_caption")

        self.summary_form.setWidget(7, QFormLayout.ItemRole.LabelRole, self.amount_caption)

        self.amount_value = QLabel(self.summary_tab)
        self.amount_value.setObjectName(u"amount_value")

        self.summary_form.setWidget(7, QFormLayout.ItemRole.FieldRole, self.amount_value)

        self.mediators_caption = QLabel(self.summary_tab)
        self.mediators_caption.setObjectName(u"mediators_caption")

        self.summary_form.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mediators_caption)

        self.mediators_row = QHBoxLayout()
        self.mediators_row.setObjectName(u"mediators_row")
        self.mediators_value = QLabel(self.summary_tab)
        self.mediators_value.setObjectName(u"mediators_value")
        self.mediators_value.setWordWrap(True)

        self.mediators_row.addWidget(self.mediators_value)

        self.mediators_button = QPushButton(self.summary_tab)
        self.mediators_button.setObjectName(u"mediators_button")

        self.mediators_row.addWidget(self.mediators_button)

        self.mediators_row.setStretch(0, 1)

        self.summary_form.setLayout(8, QFormLayout.ItemRole.FieldRole, self.mediators_row)

        self.outcome_caption = QLabel(self.summary_tab)
        self.outcome_caption.setObjectName(u"outcome_caption")

        self.summary_form.setWidget(9, QFormLayout.ItemRole.LabelRole, self.outcome_caption)

        self.outcome_value = QLabel(self.summary_tab)
        self.outcome_value.setObjectName(u"outcome_value")
        self.outcome_value.setWordWrap(True)

        self.summary_form.setWidget(9, QFormLayout.ItemRole.FieldRole, self.outcome_value)

        self.dispute_caption = QLabel(self.summary_tab)
        self.dispute_caption.setObjectName(u"dispute_caption")

        self.summary_form.setWidget(10, QFormLayout.ItemRole.LabelRole, self.dispute_caption)

        self.dispute_text = QPlainTextEdit(self.summary_tab)
        self.dispute_text.setObjectName(u"dispute_text")
        self.dispute_text.setReadOnly(True)
        self.dispute_text.setMinimumSize(QSize(380, 120))
        self.dispute_text.setMaximumSize(QSize(16777215, 260))

        self.summary_form.setWidget(10, QFormLayout.ItemRole.FieldRole, self.dispute_text)


        self.summary_main.addLayout(self.summary_form)

        self.summary_main_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summary_main.addItem(self.summary_main_spacer)


        self.summary_layout.addLayout(self.summary_main)

        self.summary_side = QVBoxLayout()
        self.summary_side.setObjectName(u"summary_side")
        self.deadlines_group = QGroupBox(self.summary_tab)
        self.deadlines_group.setObjectName(u"deadlines_group")
        self.deadlines_layout = QVBoxLayout(self.deadlines_group)
        self.deadlines_layout.setObjectName(u"deadlines_layout")
        self.deadlines_label = QLabel(self.deadlines_group)
        self.deadlines_label.setObjectName(u"deadlines_label")
        self.deadlines_label.setTextFormat(Qt.TextFormat.RichText)
        self.deadlines_label.setWordWrap(True)
        self.deadlines_label.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.deadlines_layout.addWidget(self.deadlines_label)


        self.summary_side.addWidget(self.deadlines_group)

        self.moves_group = QGroupBox(self.summary_tab)
        self.moves_group.setObjectName(u"moves_group")
        self.moves_group_layout = QVBoxLayout(self.moves_group)
        self.moves_group_layout.setObjectName(u"moves_group_layout")
        self.moves_layout = QHBoxLayout()
        self.moves_layout.setObjectName(u"moves_layout")

        self.moves_group_layout.addLayout(self.moves_layout)

        self.moves_hint = QLabel(self.moves_group)
        self.moves_hint.setObjectName(u"moves_hint")
        self.moves_hint.setWordWrap(True)

        self.moves_group_layout.addWidget(self.moves_hint)


        self.summary_side.addWidget(self.moves_group)

        self.summary_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.summary_side.addItem(self.summary_spacer)


        self.summary_layout.addLayout(self.summary_side)

        self.summary_layout.setStretch(0, 3)
        self.summary_layout.setStretch(1, 2)
        self.tabs.addTab(self.summary_tab, "")
        self.parties_tab = QWidget()
        self.parties_tab.setObjectName(u"parties_tab")
        self.parties_layout = QVBoxLayout(self.parties_tab)
        self.parties_layout.setObjectName(u"parties_layout")
        self.parties_table = QTableWidget(self.parties_tab)
        self.parties_table.setObjectName(u"parties_table")
        self.parties_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parties_table.setAlternatingRowColors(True)
        self.parties_table.setWordWrap(True)

        self.parties_layout.addWidget(self.parties_table)

        self.parties_buttons = QHBoxLayout()
        self.parties_buttons.setObjectName(u"parties_buttons")
        self.edit_party_button = QPushButton(self.parties_tab)
        self.edit_party_button.setObjectName(u"edit_party_button")

        self.parties_buttons.addWidget(self.edit_party_button)

        self.unmask_button = QPushButton(self.parties_tab)
        self.unmask_button.setObjectName(u"unmask_button")
        self.unmask_button.setCheckable(True)

        self.parties_buttons.addWidget(self.unmask_button)

        self.unmask_note = QLabel(self.parties_tab)
        self.unmask_note.setObjectName(u"unmask_note")
        self.unmask_note.setWordWrap(True)

        self.parties_buttons.addWidget(self.unmask_note)

        self.parties_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.parties_buttons.addItem(self.parties_spacer)


        self.parties_layout.addLayout(self.parties_buttons)

        self.tabs.addTab(self.parties_tab, "")
        self.sessions_tab = QWidget()
        self.sessions_tab.setObjectName(u"sessions_tab")
        self.sessions_layout = QVBoxLayout(self.sessions_tab)
        self.sessions_layout.setObjectName(u"sessions_layout")
        self.sessions_table = QTableWidget(self.sessions_tab)
        self.sessions_table.setObjectName(u"sessions_table")
        self.sessions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessions_table.setAlternatingRowColors(True)

        self.sessions_layout.addWidget(self.sessions_table)

        self.sessions_buttons = QHBoxLayout()
        self.sessions_buttons.setObjectName(u"sessions_buttons")
        self.schedule_button = QPushButton(self.sessions_tab)
        self.schedule_button.setObjectName(u"schedule_button")

        self.sessions_buttons.addWidget(self.schedule_button)

        self.open_record_button = QPushButton(self.sessions_tab)
        self.open_record_button.setObjectName(u"open_record_button")

        self.sessions_buttons.addWidget(self.open_record_button)

        self.held_button = QPushButton(self.sessions_tab)
        self.held_button.setObjectName(u"held_button")

        self.sessions_buttons.addWidget(self.held_button)

        self.reschedule_button = QPushButton(self.sessions_tab)
        self.reschedule_button.setObjectName(u"reschedule_button")

        self.sessions_buttons.addWidget(self.reschedule_button)

        self.cancel_session_button = QPushButton(self.sessions_tab)
        self.cancel_session_button.setObjectName(u"cancel_session_button")

        self.sessions_buttons.addWidget(self.cancel_session_button)

        self.sessions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessions_buttons.addItem(self.sessions_spacer)


        self.sessions_layout.addLayout(self.sessions_buttons)

        self.tabs.addTab(self.sessions_tab, "")
        self.agreement_tab = QWidget()
        self.agreement_tab.setObjectName(u"agreement_tab")
        self.agreement_layout = QVBoxLayout(self.agreement_tab)
        self.agreement_layout.setObjectName(u"agreement_layout")
        self.agreement_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.agreement_tab, "")
        self.documents_tab = QWidget()
        self.documents_tab.setObjectName(u"documents_tab")
        self.documents_layout = QHBoxLayout(self.documents_tab)
        self.documents_layout.setObjectName(u"documents_layout")
        self.documents_side = QVBoxLayout()
        self.documents_side.setObjectName(u"documents_side")
        self.print_row = QHBoxLayout()
        self.print_row.setObjectName(u"print_row")
        self.kind_label = QLabel(self.documents_tab)
        self.kind_label.setObjectName(u"kind_label")

        self.print_row.addWidget(self.kind_label)

        self.kind_combo = QComboBox(self.documents_tab)
        self.kind_combo.setObjectName(u"kind_combo")
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.print_row.addWidget(self.kind_combo)

        self.print_button = QPushButton(self.documents_tab)
        self.print_button.setObjectName(u"print_button")

        self.print_row.addWidget(self.print_button)


        self.documents_side.addLayout(self.print_row)

        self.kind_needs = QLabel(self.documents_tab)
        self.kind_needs.setObjectName(u"kind_needs")
        self.kind_needs.setWordWrap(True)

        self.documents_side.addWidget(self.kind_needs)

        self.documents_label = QLabel(self.documents_tab)
        self.documents_label.setObjectName(u"documents_label")

        self.documents_side.addWidget(self.documents_label)

        self.documents_table = QTableWidget(self.documents_tab)
        self.documents_table.setObjectName(u"documents_table")
        self.documents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_table.setAlternatingRowColors(True)

        self.documents_side.addWidget(self.documents_table)

        self.print_status = QLabel(self.documents_tab)
        self.print_status.setObjectName(u"print_status")
        self.print_status.setWordWrap(True)

        self.documents_side.addWidget(self.print_status)


        self.documents_layout.addLayout(self.documents_side)

        self.document_preview_frame = QFrame(self.documents_tab)
        self.document_preview_frame.setObjectName(u"document_preview_frame")
        self.document_preview_frame.setMinimumSize(QSize(480, 0))
        self.document_preview_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.document_preview_layout = QVBoxLayout(self.document_preview_frame)
        self.document_preview_layout.setObjectName(u"document_preview_layout")
        self.document_preview_layout.setContentsMargins(0, 0, 0, 0)

        self.documents_layout.addWidget(self.document_preview_frame)

        self.tabs.addTab(self.documents_tab, "")
        self.attachments_tab = QWidget()
        self.attachments_tab.setObjectName(u"attachments_tab")
        self.attachments_layout = QVBoxLayout(self.attachments_tab)
        self.attachments_layout.setObjectName(u"attachments_layout")
        self.attachments_layout.setContentsMargins(0, 0, 0, 0)
        self.tabs.addTab(self.attachments_tab, "")
        self.log_tab = QWidget()
        self.log_tab.setObjectName(u"log_tab")
        self.log_layout = QVBoxLayout(self.log_tab)
        self.log_layout.setObjectName(u"log_layout")
        self.log_table = QTableView(self.log_tab)
        self.log_table.setObjectName(u"log_table")
        self.log_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.log_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.log_table.setAlternatingRowColors(True)
        self.log_table.setWordWrap(False)

        self.log_layout.addWidget(self.log_table)

        self.log_note = QLabel(self.log_tab)
        self.log_note.setObjectName(u"log_note")

        self.log_layout.addWidget(self.log_note)

        self.tabs.addTab(self.log_tab, "")

        self.page_layout.addWidget(self.tabs)

        self.page_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.documents_label.setBuddy(self.documents_table)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.back_button, self.tabs)
        QWidget.setTabOrder(self.tabs, self.dispute_text)
        QWidget.setTabOrder(self.dispute_text, self.parties_table)
        QWidget.setTabOrder(self.parties_table, self.edit_party_button)
        QWidget.setTabOrder(self.edit_party_button, self.unmask_button)
        QWidget.setTabOrder(self.unmask_button, self.sessions_table)
        QWidget.setTabOrder(self.sessions_table, self.schedule_button)
        QWidget.setTabOrder(self.schedule_button, self.open_record_button)
        QWidget.setTabOrder(self.open_record_button, self.held_button)
        QWidget.setTabOrder(self.held_button, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.print_button)
        QWidget.setTabOrder(self.print_button, self.documents_table)
        QWidget.setTabOrder(self.documents_table, self.log_table)

        self.retranslateUi(CaseDetailPage)

        self.tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(CaseDetailPage)
    # setupUi

    def retranslateUi(self, CaseDetailPage):
        self.back_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u2190 \u8fd4\u56de\u6848\u4ef6\u5217\u8868(&B)", None))
#if QT_CONFIG(tooltip)
        self.back_button.setToolTip(QCoreApplication.translate("CaseDetailPage", u"\u8fd4\u56de\u6848\u4ef6\u5217\u8868\uff08Esc\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.title_label.setText("")
        self.status_badge.setText("")
        self.number_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u6848\u4ef6\u7f16\u53f7", None))
        self.category_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u7ea0\u7eb7\u7c7b\u578b", None))
        self.status_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u72b6\u6001", None))
        self.tribunal_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u6cd5\u5ead", None))
        self.place_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u7ea0\u7eb7\u5730\u70b9", None))
        self.place_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u4fee\u6539\u5730\u70b9(&L)\u2026", None))
#if QT_CONFIG(tooltip)
        self.place_button.setToolTip(QCoreApplication.translate("CaseDetailPage", u"\u66f4\u6b63\u7ea0\u7eb7\u5730\u70b9\uff08\u5c1a\u672a\u8fdb\u884c\u7684\u8c03\u89e3\u968f\u4e4b\u6539\u5230\u65b0\u5730\u70b9\uff1b\u4fee\u6539\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.source_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u6765\u6e90 / \u65b9\u5f0f", None))
        self.registered_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u767b\u8bb0\u65e5\u671f", None))
        self.amount_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u4e89\u8bae\u91d1\u989d", None))
        self.mediators_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u8c03\u89e3\u5458", None))
        self.mediators_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u66f4\u6362\u8c03\u89e3\u5458(&J)\u2026", None))
#if QT_CONFIG(tooltip)
        self.mediators_button.setToolTip(QCoreApplication.translate("CaseDetailPage", u"\u589e\u52a0\u3001\u64a4\u6362\u6216\u66ff\u6362\u672c\u6848\u7684\u8c03\u89e3\u5458\uff08\u4fee\u6539\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.outcome_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u8c03\u89e3\u7ed3\u679c", None))
        self.dispute_caption.setText(QCoreApplication.translate("CaseDetailPage", u"\u7ea0\u7eb7\u6982\u8981", None))
#if QT_CONFIG(accessibility)
        self.dispute_text.setAccessibleName(QCoreApplication.translate("CaseDetailPage", u"\u7ea0\u7eb7\u6982\u8981\u4e0e\u8bf7\u6c42", None))
#endif // QT_CONFIG(accessibility)
        self.deadlines_group.setTitle(QCoreApplication.translate("CaseDetailPage", u"\u671f\u9650", None))
        self.deadlines_label.setText("")
        self.moves_group.setTitle(QCoreApplication.translate("CaseDetailPage", u"\u4e0b\u4e00\u6b65", None))
        self.moves_hint.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.summary_tab), QCoreApplication.translate("CaseDetailPage", u"&1 \u6982\u51b5", None))
#if QT_CONFIG(accessibility)
        self.parties_table.setAccessibleName(QCoreApplication.translate("CaseDetailPage", u"\u5f53\u4e8b\u4eba", None))
#endif // QT_CONFIG(accessibility)
        self.edit_party_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u7f16\u8f91\u5f53\u4e8b\u4eba(&E)\u2026", None))
#if QT_CONFIG(tooltip)
        self.edit_party_button.setToolTip(QCoreApplication.translate("CaseDetailPage", u"\u66f4\u6b63\u6240\u9009\u5f53\u4e8b\u4eba\u7684\u59d3\u540d\u3001\u8eab\u4efd\u8bc1\u53f7\u7801\u3001\u7535\u8bdd\u3001\u4f4f\u5740\uff08\u4fee\u6539\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.unmask_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u663e\u793a\u5b8c\u6574\u4fe1\u606f(&U)", None))
        self.unmask_note.setText(QCoreApplication.translate("CaseDetailPage", u"\u8eab\u4efd\u8bc1\u53f7\u3001\u7535\u8bdd\u9ed8\u8ba4\u906e\u853d\uff1b\u663e\u793a\u5b8c\u6574\u4fe1\u606f\u4f1a\u8bb0\u5165\u5ba1\u8ba1\u65e5\u5fd7\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.parties_tab), QCoreApplication.translate("CaseDetailPage", u"&2 \u5f53\u4e8b\u4eba", None))
#if QT_CONFIG(accessibility)
        self.sessions_table.setAccessibleName(QCoreApplication.translate("CaseDetailPage", u"\u8c03\u89e3\u573a\u6b21\uff08\u53cc\u51fb\u6253\u5f00\u7b14\u5f55\uff09", None))
#endif // QT_CONFIG(accessibility)
        self.schedule_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u5b89\u6392\u8c03\u89e3(&S)\u2026", None))
        self.open_record_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u6253\u5f00\u7b14\u5f55(&O)", None))
        self.held_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u6807\u8bb0\u5df2\u8fdb\u884c(&H)", None))
        self.reschedule_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u6539\u671f(&P)\u2026", None))
#if QT_CONFIG(tooltip)
        self.reschedule_button.setToolTip(QCoreApplication.translate("CaseDetailPage", u"\u6539\u52a8\u6240\u9009\u8c03\u89e3\u7684\u65f6\u95f4\u6216\u5730\u70b9\uff08\u5c1a\u65e0\u7b14\u5f55\u7684\u8c03\u89e3\u624d\u80fd\u6539\u671f\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.cancel_session_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u53d6\u6d88\u8c03\u89e3(&X)\u2026", None))
#if QT_CONFIG(tooltip)
        self.cancel_session_button.setToolTip(QCoreApplication.translate("CaseDetailPage", u"\u53d6\u6d88\u6240\u9009\u7684\u3001\u5c1a\u672a\u8fdb\u884c\u7684\u8c03\u89e3\uff08\u4fdd\u7559\u8bb0\u5f55\uff0c\u6807\u4e3a\u201c\u5df2\u53d6\u6d88\u201d\uff09", None))
#endif // QT_CONFIG(tooltip)
        self.tabs.setTabText(self.tabs.indexOf(self.sessions_tab), QCoreApplication.translate("CaseDetailPage", u"&3 \u8c03\u89e3\u8bb0\u5f55", None))
        self.tabs.setTabText(self.tabs.indexOf(self.agreement_tab), QCoreApplication.translate("CaseDetailPage", u"&4 \u534f\u8bae", None))
        self.kind_label.setText(QCoreApplication.translate("CaseDetailPage", u"\u6587\u4e66\u79cd\u7c7b(&K)", None))
        self.print_button.setText(QCoreApplication.translate("CaseDetailPage", u"\u6253\u5370\u5230\u6587\u4ef6(&P)\u2026", None))
        self.kind_needs.setText("")
        self.documents_label.setText(QCoreApplication.translate("CaseDetailPage", u"\u5df2\u5b58\u6863\u7684\u6587\u4e66\uff08\u53cc\u51fb\u9884\u89c8\uff09(&A)", None))
        self.print_status.setText("")
        self.tabs.setTabText(self.tabs.indexOf(self.documents_tab), QCoreApplication.translate("CaseDetailPage", u"&5 \u6587\u4e66", None))
        self.tabs.setTabText(self.tabs.indexOf(self.attachments_tab), QCoreApplication.translate("CaseDetailPage", u"&6 \u9644\u4ef6", None))
#if QT_CONFIG(accessibility)
        self.log_table.setAccessibleName(QCoreApplication.translate("CaseDetailPage", u"\u672c\u6848\u5ba1\u8ba1\u65e5\u5fd7", None))
#endif // QT_CONFIG(accessibility)
        self.log_note.setText(QCoreApplication.translate("CaseDetailPage", u"\u672c\u6848\u7684\u6bcf\u4e00\u6b21\u6539\u52a8\u90fd\u8bb0\u5728\u9632\u7be1\u6539\u7684\u5ba1\u8ba1\u94fe\u4e2d\uff08\u8c01\u3001\u4f55\u65f6\u3001\u6539\u4e86\u4ec0\u4e48\uff09\u3002", None))
        self.tabs.setTabText(self.tabs.indexOf(self.log_tab), QCoreApplication.translate("CaseDetailPage", u"&7 \u65e5\u5fd7", None))
        pass
    # retranslateUi

